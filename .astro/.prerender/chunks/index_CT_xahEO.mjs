import { F as createComponent, I as __exportAll, O as getCollection, S as percent, a as scorecardHref, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
// site/src/pages/qa/index.astro
var qa_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const scorecards = (await getCollection("scorecards")).sort((a, b) => a.data.title.localeCompare(b.data.title));
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": "QA scorecards",
		"section": "qa",
		"description": "The behaviours our quality reviews look for."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1>QA scorecards</h1> <p class="lede">Coaches review conversations against these behaviours. A review passes at the pass mark; failing a critical behaviour fails the review.</p> <ul class="cards"> ${scorecards.map(({ data }) => renderTemplate`<li class="card"><h2 class="card-title"><a${addAttribute(scorecardHref(data.id), "href")}>${data.title}</a></h2><p class="muted small">${data.definition.behaviours.length} behaviours · pass mark ${percent(data.definition.passMark)}</p></li>`)} </ul> ` })}`;
}, "/work/wt/safety/site/src/pages/qa/index.astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/qa/index.astro";
var $$url = "/service-standards/qa";
// \0virtual:astro:page:src/pages/qa/index@_@astro
var page = () => qa_exports;
export { page };
