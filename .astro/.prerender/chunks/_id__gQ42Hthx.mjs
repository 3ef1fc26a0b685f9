import { D as siteMeta, F as createComponent, I as __exportAll, O as getCollection, P as createAstro, g as date, h as capitalise, i as policyHref, n as filterHref, r as href, s as standardHref, t as $$Page, y as duration } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$Markdown } from "./Markdown_DgPVIrg9.mjs";
import { t as $$History } from "./History_C0N50QDw.mjs";
import { t as $$StatusBadge } from "./StatusBadge_DFVVWkJh.mjs";
// site/src/pages/sops/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://northwind.github.io");
async function getStaticPaths() {
	return (await getCollection("sops")).map((entry) => ({
		params: { id: entry.id },
		props: { entry }
	}));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { entry } = Astro.props;
	const s = entry.data.definition;
	const meta = await siteMeta();
	const teams = Object.fromEntries((await getCollection("teams")).map((t) => [t.id, t.data.name]));
	const standards = (await getCollection("standards")).filter((x) => s.serves.includes(x.id));
	const policies = (await getCollection("policies")).filter((x) => x.data.definition.sops.includes(s.id));
	const overdue = s.review.due < meta.now.slice(0, 10);
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": s.title,
		"section": "sops",
		"description": s.summary ?? `Standard operating procedure: ${s.title}`
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<nav class="crumbs" aria-label="Breadcrumb"><a${addAttribute(href("sops/"), "href")}>SOP library</a></nav> <article> <header class="doc-head"> <p class="eyebrow">Standard operating procedure · version ${s.version} · ${capitalise(s.status)}</p> <h1>${s.title}</h1> ${s.summary && renderTemplate`<p class="lede">${s.summary}</p>`} </header> <dl class="facts"> <dt>Owner</dt><dd><a${addAttribute(filterHref("team", s.owner), "href")}>${teams[s.owner] ?? s.owner}</a></dd> <dt>Version</dt><dd>${s.version}, ${s.changelog[0] ? `changed ${date(s.changelog[0].date)}` : ""}</dd> <dt>Review</dt><dd>${overdue ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<span class="tag tag-removed">overdue</span> was due ${date(s.review.due)}` })}` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`due ${date(s.review.due)}` })}`} <span class="muted">(every ${s.review.everyText})</span></dd> </dl> <section aria-labelledby="steps"> <h2 id="steps">Steps</h2> <ol class="steps"> ${s.steps.map((step) => renderTemplate`<li class="step"${addAttribute(`step-${step.id}`, "id")}> <div class="step-head"> <h3>${step.title}</h3> <p class="step-meta"> ${step.withinText && renderTemplate`<span class="tag" title="Done within this time of the ticket's creation">within ${step.withinMinutes !== null ? duration(step.withinMinutes) : step.withinText}</span>`} ${step.role && renderTemplate`<span class="tag tag-role">${step.role}</span>`} </p> </div> ${renderComponent($$result, "Markdown", $$Markdown, {
		"source": step.instructions,
		"headingLevel": 4
	})} </li>`)} </ol> </section> <section aria-labelledby="serves"> <h2 id="serves">Standards it serves</h2> ${standards.length === 0 ? renderTemplate`<p class="muted">None listed.</p>` : renderTemplate`<ul class="plain-list">${standards.map((x) => renderTemplate`<li>${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": x.data.status })} <a${addAttribute(standardHref(x.id), "href")}>${x.data.title}</a></li>`)}</ul>`} ${policies.length > 0 && renderTemplate`<p>Carries out: ${policies.map((p, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a${addAttribute(policyHref(p.id), "href")}>${p.data.title}</a>` })}`)}</p>`} </section> <section aria-labelledby="changelog"> <h2 id="changelog">Changelog</h2> <ol class="plain-list changelog"> ${s.changelog.map((c) => renderTemplate`<li><span class="tag">v${c.version}</span> <time${addAttribute(c.date, "datetime")}>${date(c.date)}</time> — ${c.summary}</li>`)} </ol> </section> </article> <section aria-labelledby="history"> <h2 id="history">What changed between versions</h2> ${renderComponent($$result, "History", $$History, {
		"history": entry.data.history,
		"file": s.origin.file
	})} </section> ` })}`;
}, "/work/wt/safety/site/src/pages/sops/[id].astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/sops/[id].astro";
var $$url = "/service-standards/sops/[id]";
// \0virtual:astro:page:src/pages/sops/[id]@_@astro
var page = () => _id__exports;
export { page };
