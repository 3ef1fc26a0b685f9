import { D as siteMeta, F as createComponent, I as __exportAll, O as getCollection, P as createAstro, g as date, h as capitalise, n as filterHref, o as sopHref, r as href, s as standardHref, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$Markdown } from "./Markdown_DgPVIrg9.mjs";
import { t as $$History } from "./History_C0N50QDw.mjs";
import { t as $$StatusBadge } from "./StatusBadge_DFVVWkJh.mjs";
// site/src/pages/policies/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://northwind.github.io");
async function getStaticPaths() {
	return (await getCollection("policies")).map((entry) => ({
		params: { id: entry.id },
		props: { entry }
	}));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { entry } = Astro.props;
	const p = entry.data.definition;
	const meta = await siteMeta();
	const teams = Object.fromEntries((await getCollection("teams")).map((t) => [t.id, t.data.name]));
	const standards = (await getCollection("standards")).filter((x) => p.standards.includes(x.id));
	const sops = (await getCollection("sops")).filter((x) => p.sops.includes(x.id));
	const overdue = p.review.due < meta.now.slice(0, 10);
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": p.title,
		"section": "policies",
		"description": p.summary ?? p.title
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<nav class="crumbs" aria-label="Breadcrumb"><a${addAttribute(href("policies/"), "href")}>Policies</a></nav> <article> <header class="doc-head"> <p class="eyebrow">Policy · ${capitalise(p.status)}</p> <h1>${p.title}</h1> ${p.summary && renderTemplate`<p class="lede">${p.summary}</p>`} </header> ${renderComponent($$result, "Markdown", $$Markdown, { "source": p.body })} <dl class="facts"> <dt>Owner</dt><dd><a${addAttribute(filterHref("team", p.owner), "href")}>${teams[p.owner] ?? p.owner}</a></dd> <dt>In effect since</dt><dd>${date(p.effective)}</dd> <dt>Review</dt><dd>${overdue ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<span class="tag tag-removed">overdue</span> was due ${date(p.review.due)}` })}` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`due ${date(p.review.due)}` })}`}</dd> </dl> ${standards.length > 0 && renderTemplate`<section aria-labelledby="measured"><h2 id="measured">Measured by</h2><ul class="plain-list">${standards.map((x) => renderTemplate`<li>${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": x.data.status })} <a${addAttribute(standardHref(x.id), "href")}>${x.data.title}</a></li>`)}</ul></section>`} ${sops.length > 0 && renderTemplate`<section aria-labelledby="procedures"><h2 id="procedures">Carried out by</h2><ul class="plain-list">${sops.map((x) => renderTemplate`<li><a${addAttribute(sopHref(x.id), "href")}>${x.data.title}</a></li>`)}</ul></section>`} </article> <section aria-labelledby="history"><h2 id="history">Change history</h2>${renderComponent($$result, "History", $$History, {
		"history": entry.data.history,
		"file": p.origin.file
	})}</section> ` })}`;
}, "/work/wt/safety/site/src/pages/policies/[id].astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/policies/[id].astro";
var $$url = "/service-standards/policies/[id]";
// \0virtual:astro:page:src/pages/policies/[id]@_@astro
var page = () => _id__exports;
export { page };
