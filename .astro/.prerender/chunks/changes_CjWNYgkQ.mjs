import { D as siteMeta, F as createComponent, I as __exportAll, g as date, r as href, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$StatusBadge } from "./StatusBadge_DFVVWkJh.mjs";
// site/src/pages/changes.astro
var changes_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Changes,
	file: () => $$file,
	url: () => $$url
});
var $$Changes = createComponent(async ($$result, $$props, $$slots) => {
	const meta = await siteMeta();
	const folder = {
		Standard: "standards",
		SOP: "sops",
		Policy: "policies",
		Scorecard: "qa"
	};
	const byMonth = /* @__PURE__ */ new Map();
	for (const c of meta.changes.slice(0, 300)) {
		const month = c.date.slice(0, 7);
		byMonth.set(month, [...byMonth.get(month) ?? [], c]);
	}
	const monthName = new Intl.DateTimeFormat("en-IE", {
		month: "long",
		year: "numeric",
		timeZone: "UTC"
	});
	const SHOWN = 6;
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": "What changed",
		"section": "changes",
		"description": "Recent changes to standards, SOPs, policies and scorecards, and changes of status, newest first."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1>What changed</h1> <p class="lede">Changes to standards, procedures, policies and scorecards, and every change of a standard's status, newest first. SOP entries come from their changelogs; status changes from the nightly status log.</p> ${meta.changes.length === 0 ? renderTemplate`<p class="muted">No changes recorded yet.</p>` : [...byMonth].map(([month, items]) => renderTemplate`<section${addAttribute(`m-${month}`, "aria-labelledby")}> <h2${addAttribute(`m-${month}`, "id")}>${monthName.format(/* @__PURE__ */ new Date(`${month}-01T00:00:00Z`))}</h2> <ul class="timeline"> ${items.map((c) => renderTemplate`<li> <time${addAttribute(c.date, "datetime")}>${date(c.date)}</time> ${c.kind === "Status" && c.status ? renderTemplate`${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": c.status })}` : renderTemplate`<span class="tag">${c.kind}${c.version !== null ? ` v${c.version}` : ""}</span>`} <span class="timeline-docs"> ${c.documents.length > 1 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${c.documents.length} ${c.kind === "Standard" ? "standards" : `${c.kind === "Policy" ? "policies" : `${c.kind}s`}`}: ` })}`} ${c.documents.slice(0, SHOWN).map((d, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a${addAttribute(href(`${folder[d.kind]}/${d.id}/`), "href")}>${d.title}</a>` })}`)} ${c.documents.length > SHOWN && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` and ${c.documents.length - SHOWN} more` })}`} </span> <span class="timeline-what">${c.what}</span> </li>`)} </ul> </section>`)}` })}`;
}, "/work/wt/safety/site/src/pages/changes.astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/changes.astro";
var $$url = "/service-standards/changes";
// \0virtual:astro:page:src/pages/changes@_@astro
var page = () => changes_exports;
export { page };
