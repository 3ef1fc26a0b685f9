import { F as createComponent, P as createAstro, b as metricName, h as capitalise, n as filterHref, r as href, s as standardHref, x as metricValue } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$StatusBadge } from "./StatusBadge_DFVVWkJh.mjs";
import { r as measuredTeams } from "./site-status_4Zqo-8Z9.mjs";
// site/src/components/StandardTable.astro
createAstro("https://northwind.github.io");
var $$StandardTable = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StandardTable;
	const { standards, teamNames, caption } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div class="table-scroll" tabindex="0" role="region"${addAttribute(caption, "aria-label")}> <table class="standards-table" data-standards-table> <caption class="visually-hidden">${caption}</caption> <thead> <tr> <th scope="col">Status</th> <th scope="col">Standard</th> <th scope="col" class="num">Now</th> <th scope="col" class="hide-narrow">Goal</th> <th scope="col" class="hide-narrow">Dimension</th> <th scope="col" class="hide-narrow">Owner</th> </tr> </thead> <tbody> ${standards.map(({ data }) => renderTemplate`<tr${addAttribute(data.status, "data-status")}${addAttribute(data.dimension, "data-dimension")}${addAttribute([.../* @__PURE__ */ new Set([data.owner, ...measuredTeams(data.definition, data.result)])].join(" "), "data-team")}${addAttribute(data.metric, "data-metric")}> <td>${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": data.status })}</td> <td> <a${addAttribute(standardHref(data.id), "href")} class="row-title">${data.title}</a> <span class="row-meta">${metricName(data.metric)} · ${data.definition.window.text}<span class="show-narrow"> · goal ${data.result?.goal.text ?? "—"}</span></span> </td> <td class="num strong">${metricValue(data.metric, data.result?.value)}</td> <td class="hide-narrow">${data.result?.goal.text ?? "—"}</td> <td class="hide-narrow"><a${addAttribute(filterHref("dimension", data.dimension), "href")}>${capitalise(data.dimension)}</a></td> <td class="hide-narrow"><a${addAttribute(href(`teams/${data.owner}/`), "href")}>${teamNames[data.owner] ?? data.owner}</a></td> </tr>`)} </tbody> </table> </div> <p class="muted" data-filter-empty${addAttribute(standards.length > 0, "hidden")}>No standard matches these filters.</p>`;
}, "/work/wt/safety/site/src/components/StandardTable.astro", void 0);
export { $$StandardTable as t };
