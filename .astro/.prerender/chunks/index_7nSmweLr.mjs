import { F as createComponent, I as __exportAll, O as getCollection, p as STATUS_ORDER, r as href, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$StatusBadge } from "./StatusBadge_DFVVWkJh.mjs";
import { r as measuredTeams } from "./site-status_4Zqo-8Z9.mjs";
// site/src/pages/teams/index.astro
var teams_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const teams = (await getCollection("teams")).sort((a, b) => a.data.name.localeCompare(b.data.name));
	const standards = await getCollection("standards");
	const rows = teams.map((t) => {
		const owned = standards.filter((s) => s.data.owner === t.id);
		const measured = standards.filter((s) => measuredTeams(s.data.definition, s.data.result).includes(t.id));
		return {
			t,
			owned,
			measured,
			worst: STATUS_ORDER.find((st) => [...owned, ...measured].some((s) => s.data.status === st)) ?? null
		};
	});
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": "Teams",
		"section": "teams",
		"description": "Every team: the standards it owns and the standards that measure its tickets."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1>Teams</h1> <p class="lede">Each team owns some standards and has its tickets measured by others. A team page shows both, with their status.</p> <div class="table-scroll" tabindex="0" role="region" aria-label="Teams"> <table> <thead><tr><th scope="col">Team</th><th scope="col">Leads</th><th scope="col" class="num">Owns</th><th scope="col" class="num">Measured by</th><th scope="col">Worst status</th></tr></thead> <tbody> ${rows.map(({ t, owned, measured, worst }) => renderTemplate`<tr> <th scope="row"><a${addAttribute(href(`teams/${t.id}/`), "href")}>${t.data.name}</a></th> <td>${t.data.definition.leads.join(", ") || "—"}</td> <td class="num">${owned.length}</td> <td class="num">${measured.length}</td> <td>${worst ? renderTemplate`${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": worst })}` : "—"}</td> </tr>`)} </tbody> </table> </div> ` })}`;
}, "/work/wt/safety/site/src/pages/teams/index.astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/teams/index.astro";
var $$url = "/service-standards/teams";
// \0virtual:astro:page:src/pages/teams/index@_@astro
var page = () => teams_exports;
export { page };
