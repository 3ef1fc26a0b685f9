import { D as siteMeta, F as createComponent, I as __exportAll, O as getCollection, g as date, h as capitalise, o as sopHref, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
// site/src/pages/sops/index.astro
var sops_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const meta = await siteMeta();
	const sops = (await getCollection("sops")).sort((a, b) => a.data.title.localeCompare(b.data.title));
	const teams = Object.fromEntries((await getCollection("teams")).map((t) => [t.id, t.data.name]));
	const today = meta.now.slice(0, 10);
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": "SOP library",
		"section": "sops",
		"description": "Standard operating procedures: steps, timelines and roles."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1>SOP library</h1> <p class="lede">How we do the work: each procedure lists its steps with timelines and roles, the standards it helps meet, and every change since it was written.</p> <ul class="cards"> ${sops.map(({ data }) => {
		const s = data.definition;
		const overdue = s.review.due < today;
		return renderTemplate`<li class="card"> <h2 class="card-title"><a${addAttribute(sopHref(s.id), "href")}>${s.title}</a></h2> ${s.summary && renderTemplate`<p>${s.summary}</p>`} <p class="muted small"> <span class="tag">v${s.version}</span> <span${addAttribute(["tag", s.status !== "active" && "tag-changed"], "class:list")}>${capitalise(s.status)}</span> ${s.steps.length} steps · ${teams[s.owner] ?? s.owner} · ${overdue ? renderTemplate`<span class="tag tag-removed">review overdue</span>` : `review by ${date(s.review.due)}`} </p> </li>`;
	})} </ul> ` })}`;
}, "/work/wt/safety/site/src/pages/sops/index.astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/sops/index.astro";
var $$url = "/service-standards/sops";
// \0virtual:astro:page:src/pages/sops/index@_@astro
var page = () => sops_exports;
export { page };
