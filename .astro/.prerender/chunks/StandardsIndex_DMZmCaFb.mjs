import { C as sortByStatus, F as createComponent, N as renderScript, O as getCollection, P as createAstro, b as metricName, c as DIMENSIONS, f as STATUS_LABEL, h as capitalise, n as filterHref, p as STATUS_ORDER, r as href } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$StandardTable } from "./StandardTable_B3X_4vc3.mjs";
import { r as measuredTeams } from "./site-status_4Zqo-8Z9.mjs";
// site/src/components/StandardsIndex.astro
createAstro("https://northwind.github.io");
var $$StandardsIndex = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StandardsIndex;
	const { filter, value } = Astro.props;
	const all = sortByStatus((await getCollection("standards")).map((e) => ({
		...e,
		status: e.data.status,
		title: e.data.title
	})));
	const teams = await getCollection("teams");
	const teamNames = Object.fromEntries(teams.map((t) => [t.id, t.data.name]));
	const teamsOf = (e) => [.../* @__PURE__ */ new Set([e.data.owner, ...measuredTeams(e.data.definition, e.data.result)])];
	const field = (key) => (e) => key === "team" ? teamsOf(e) : [key === "dimension" ? e.data.dimension : key === "status" ? e.data.status : e.data.metric];
	const shown = filter && value ? all.filter((e) => field(filter)(e).includes(value)) : all;
	const count = (key, v) => all.filter((e) => field(key)(e).includes(v)).length;
	const groups = [
		{
			key: "status",
			label: "Status",
			values: STATUS_ORDER.map((s) => ({
				v: s,
				label: STATUS_LABEL[s]
			}))
		},
		{
			key: "dimension",
			label: "Dimension",
			values: DIMENSIONS.map((d) => ({
				v: d,
				label: capitalise(d)
			}))
		},
		{
			key: "team",
			label: "Team (owner or measured)",
			values: [...new Set(all.flatMap(teamsOf))].sort().map((t) => ({
				v: t,
				label: teamNames[t] ?? t
			}))
		},
		{
			key: "metric",
			label: "Metric",
			values: [...new Set(all.map((e) => e.data.metric))].sort().map((m) => ({
				v: m,
				label: metricName(m)
			}))
		}
	].map((g) => ({
		...g,
		values: g.values.filter((x) => count(g.key, x.v) > 0)
	}));
	return renderTemplate`${maybeRenderHead($$result)}<div class="standards-index"> <div class="filters" role="group" aria-label="Filter standards"> ${groups.map((g) => renderTemplate`<div class="filter-group"${addAttribute(g.key, "data-filter-group")}> <h2 class="filter-label"${addAttribute(`filter-${g.key}`, "id")}>${g.label}</h2> <ul class="chips"${addAttribute(`filter-${g.key}`, "aria-labelledby")}> <li><a class="chip"${addAttribute(href("standards/"), "href")} data-filter-value=""${addAttribute(filter !== g.key ? "true" : void 0, "aria-current")}>All</a></li> ${g.values.map((x) => renderTemplate`<li><a class="chip"${addAttribute(filterHref(g.key, x.v), "href")}${addAttribute(x.v, "data-filter-value")}${addAttribute(filter === g.key && value === x.v ? "true" : void 0, "aria-current")}>${x.label} <span class="chip-count">${count(g.key, x.v)}</span></a></li>`)} </ul> </div>`)} </div> <p class="result-count" aria-live="polite" data-result-count>${shown.length} of ${all.length} standards</p> ${renderComponent($$result, "StandardTable", $$StandardTable, {
		"standards": shown,
		"teamNames": teamNames,
		"caption": "Standards and their current status"
	})} </div> ${!filter && renderTemplate`${renderScript($$result, "/work/wt/safety/site/src/components/StandardsIndex.astro?astro&type=script&index=0&lang.ts")}`}`;
}, "/work/wt/safety/site/src/components/StandardsIndex.astro", void 0);
export { $$StandardsIndex as t };
