import { F as createComponent, I as __exportAll, r as href, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
// site/src/pages/404.astro
var _404_exports = /* @__PURE__ */ __exportAll({
	default: () => $$404,
	file: () => $$file,
	url: () => $$url
});
var $$404 = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": "Page not found",
		"searchable": false
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1>Page not found</h1> <p>This page does not exist, or the document was renamed. Try the <a${addAttribute(href(), "href")}>overview</a> or <a${addAttribute(href("search/"), "href")}>search</a>.</p> ` })}`;
}, "/work/wt/safety/site/src/pages/404.astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/404.astro";
var $$url = "/service-standards/404";
// \0virtual:astro:page:src/pages/404@_@astro
var page = () => _404_exports;
export { page };
