import { C as sortByStatus, F as createComponent, I as __exportAll, O as getCollection, P as createAstro, o as sopHref, p as STATUS_ORDER, r as href, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$StandardTable } from "./StandardTable_B3X_4vc3.mjs";
import { t as $$StatusBadge } from "./StatusBadge_DFVVWkJh.mjs";
import { t as $$Markdown } from "./Markdown_DgPVIrg9.mjs";
import { r as measuredTeams } from "./site-status_4Zqo-8Z9.mjs";
// site/src/pages/teams/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://northwind.github.io");
async function getStaticPaths() {
	return (await getCollection("teams")).map((entry) => ({
		params: { id: entry.id },
		props: { entry }
	}));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { entry } = Astro.props;
	const team = entry.data.definition;
	const teams = await getCollection("teams");
	const teamNames = Object.fromEntries(teams.map((t) => [t.id, t.data.name]));
	const all = (await getCollection("standards")).map((e) => ({
		...e,
		status: e.data.status,
		title: e.data.title
	}));
	const owned = sortByStatus(all.filter((s) => s.data.owner === team.id));
	const measured = sortByStatus(all.filter((s) => measuredTeams(s.data.definition, s.data.result).includes(team.id)));
	const sops = (await getCollection("sops")).filter((s) => s.data.definition.owner === team.id);
	const calendars = await getCollection("calendars");
	const calendar = team.calendar ? calendars.find((c) => c.id === team.calendar)?.data.name ?? team.calendar : null;
	const tally = (list) => STATUS_ORDER.map((s) => ({
		s,
		n: list.filter((e) => e.status === s).length
	})).filter((x) => x.n > 0);
	const breached = [...new Set([...owned, ...measured].filter((s) => s.status === "breached").map((s) => s.id))].length;
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": team.name,
		"section": "teams",
		"description": `${team.name}: ${owned.length} standards owned, ${measured.length} measuring its tickets${breached ? `, ${breached} breached` : ""}.`
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<nav class="crumbs" aria-label="Breadcrumb"><a${addAttribute(href("teams/"), "href")}>Teams</a></nav> <article> <h1>${team.name}</h1> ${renderComponent($$result, "Markdown", $$Markdown, { "source": team.description })} <dl class="facts"> <dt>${team.leads.length === 1 ? "Lead" : "Leads"}</dt><dd>${team.leads.length ? team.leads.map((l, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a${addAttribute(`https://github.com/${encodeURIComponent(l)}`, "href")} rel="noopener">${l}</a>` })}`) : "—"}</dd> <dt>Members</dt><dd>${team.members.length}</dd> ${calendar && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>Business hours</dt><dd>${calendar}</dd>` })}`} ${sops.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>SOPs owned</dt><dd>${sops.map((s, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a${addAttribute(sopHref(s.id), "href")}>${s.data.title}</a>` })}`)}</dd>` })}`} </dl> <section aria-labelledby="owned"> <h2 id="owned">Standards it owns (${owned.length})</h2> ${owned.length > 0 && renderTemplate`<p class="tally-line">${tally(owned).map((x) => renderTemplate`<span>${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": x.s })} ${x.n}</span>`)}</p>`} ${owned.length === 0 ? renderTemplate`<p class="muted">None.</p>` : renderTemplate`${renderComponent($$result, "StandardTable", $$StandardTable, {
		"standards": owned,
		"teamNames": teamNames,
		"caption": `Standards owned by ${team.name}`
	})}`} </section> <section aria-labelledby="measured"> <h2 id="measured">Standards that measure its tickets (${measured.length})</h2> ${measured.length > 0 && renderTemplate`<p class="tally-line">${tally(measured).map((x) => renderTemplate`<span>${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": x.s })} ${x.n}</span>`)}</p>`} ${measured.length === 0 ? renderTemplate`<p class="muted">No standard counts this team's tickets yet.</p>` : renderTemplate`${renderComponent($$result, "StandardTable", $$StandardTable, {
		"standards": measured,
		"teamNames": teamNames,
		"caption": `Standards measuring the tickets of ${team.name}`
	})}`} </section> </article> ` })}`;
}, "/work/wt/safety/site/src/pages/teams/[id].astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/teams/[id].astro";
var $$url = "/service-standards/teams/[id]";
// \0virtual:astro:page:src/pages/teams/[id]@_@astro
var page = () => _id__exports;
export { page };
