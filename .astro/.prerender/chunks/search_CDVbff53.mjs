import { F as createComponent, I as __exportAll, r as href, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
// site/src/pages/search.astro
var search_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Search,
	file: () => $$file,
	url: () => $$url
});
var $$Search = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": "Search",
		"section": "search",
		"description": "Search standards, SOPs and policies.",
		"searchable": false
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1>Search</h1> <form class="search-page-form"${addAttribute(href("search/"), "action")} method="get" role="search" aria-label="Search page" data-search-form> <label for="search-query">Search standards, SOPs and policies</label> <div class="search-row"> <input id="search-query" name="q" type="search" autocomplete="off" data-search-input> <button type="submit">Search</button> </div> </form> <p aria-live="polite" class="result-count" data-search-status></p> <ol class="search-results" data-search-results></ol> <noscript><p>Search needs JavaScript. Browse the <a${addAttribute(href("standards/"), "href")}>standards</a>, the <a${addAttribute(href("sops/"), "href")}>SOP library</a> or the <a${addAttribute(href("policies/"), "href")}>policies</a> instead.</p></noscript> <script type="module"${addAttribute(href("pagefind/pagefind.js"), "data-pagefind")}${addAttribute(href("search.js"), "src")}><\/script>` })}`;
}, "/work/wt/safety/site/src/pages/search.astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/search.astro";
var $$url = "/service-standards/search";
// \0virtual:astro:page:src/pages/search@_@astro
var page = () => search_exports;
export { page };
