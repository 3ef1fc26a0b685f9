import { F as createComponent, I as __exportAll, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_fsqnYzC9.mjs";
import { t as $$StandardsIndex } from "./StandardsIndex_DMZmCaFb.mjs";
// site/src/pages/standards/index.astro
var standards_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": "Standards",
		"section": "standards",
		"description": "Every service standard, its goal and whether it is met."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1>Standards</h1> <p class="lede">Each standard is one promise to customers, measured every night over its window. Filter by status, service dimension, team (owning or measured) or metric.</p> ${renderComponent($$result, "StandardsIndex", $$StandardsIndex, {})} ` })}`;
}, "/work/wt/safety/site/src/pages/standards/index.astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/standards/index.astro";
var $$url = "/service-standards/standards";
// \0virtual:astro:page:src/pages/standards/index@_@astro
var page = () => standards_exports;
export { page };
