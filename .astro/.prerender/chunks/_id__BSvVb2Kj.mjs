import { F as createComponent, I as __exportAll, O as getCollection, P as createAstro, S as percent, g as date, n as filterHref, r as href, s as standardHref, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$Markdown } from "./Markdown_DgPVIrg9.mjs";
import { t as $$History } from "./History_C0N50QDw.mjs";
// site/src/pages/qa/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://northwind.github.io");
async function getStaticPaths() {
	return (await getCollection("scorecards")).map((entry) => ({
		params: { id: entry.id },
		props: { entry }
	}));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { entry } = Astro.props;
	const q = entry.data.definition;
	const teams = Object.fromEntries((await getCollection("teams")).map((t) => [t.id, t.data.name]));
	const standards = (await getCollection("standards")).filter((x) => x.data.definition.scorecard === q.id);
	const totalWeight = q.behaviours.reduce((a, b) => a + b.weight, 0);
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": q.title,
		"section": "qa",
		"description": `QA scorecard: ${q.title}`
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<nav class="crumbs" aria-label="Breadcrumb"><a${addAttribute(href("qa/"), "href")}>QA scorecards</a></nav> <h1>${q.title}</h1> ${renderComponent($$result, "Markdown", $$Markdown, { "source": q.description })} <dl class="facts"> <dt>Pass mark</dt><dd>${percent(q.passMark)}</dd> <dt>Owner</dt><dd><a${addAttribute(filterHref("team", q.owner), "href")}>${teams[q.owner] ?? q.owner}</a></dd> <dt>Next review</dt><dd>${date(q.review.due)}</dd> </dl> <div class="table-scroll" tabindex="0" role="region"${addAttribute(`Behaviours of ${q.title}`, "aria-label")}> <table> <caption class="visually-hidden">Behaviours scored</caption> <thead><tr><th scope="col">#</th><th scope="col">Behaviour</th><th scope="col" class="num">Weight</th><th scope="col">Critical</th></tr></thead> <tbody> ${q.behaviours.map((b, i) => renderTemplate`<tr><td>${i + 1}</td><th scope="row"><span class="strong">${b.title}</span>${renderComponent($$result, "Markdown", $$Markdown, {
		"source": b.description,
		"class": "small"
	})}</th><td class="num">${percent(b.weight / totalWeight, 0)}</td><td>${b.critical ? renderTemplate`<span class="tag tag-removed">critical</span>` : "no"}</td></tr>`)} </tbody> </table> </div> ${standards.length > 0 && renderTemplate`<p>Measured by ${standards.map((x, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a${addAttribute(standardHref(x.id), "href")}>${x.data.title}</a>` })}`)}.</p>`}<h2>Change history</h2> ${renderComponent($$result, "History", $$History, {
		"history": entry.data.history,
		"file": q.origin.file
	})} ` })}`;
}, "/work/wt/safety/site/src/pages/qa/[id].astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/qa/[id].astro";
var $$url = "/service-standards/qa/[id]";
// \0virtual:astro:page:src/pages/qa/[id]@_@astro
var page = () => _id__exports;
export { page };
