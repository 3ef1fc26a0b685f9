import { F as createComponent, I as __exportAll, O as getCollection, g as date, h as capitalise, i as policyHref, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
// site/src/pages/policies/index.astro
var policies_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const policies = (await getCollection("policies")).sort((a, b) => a.data.title.localeCompare(b.data.title));
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": "Policies",
		"section": "policies",
		"description": "Customer-service policies and the standards that measure them."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1>Policies</h1> <p class="lede">What we commit to, in words. Each policy links to the standards that measure it and the procedures that carry it out.</p> <ul class="cards"> ${policies.map(({ data }) => renderTemplate`<li class="card"> <h2 class="card-title"><a${addAttribute(policyHref(data.id), "href")}>${data.title}</a></h2> ${data.definition.summary && renderTemplate`<p>${data.definition.summary}</p>`} <p class="muted small"><span class="tag">${capitalise(data.definition.status)}</span> in effect since ${date(data.definition.effective)}</p> </li>`)} </ul> ` })}`;
}, "/work/wt/safety/site/src/pages/policies/index.astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/policies/index.astro";
var $$url = "/service-standards/policies";
// \0virtual:astro:page:src/pages/policies/index@_@astro
var page = () => policies_exports;
export { page };
