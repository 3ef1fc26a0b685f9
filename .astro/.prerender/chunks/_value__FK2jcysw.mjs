import { F as createComponent, I as __exportAll, O as getCollection, P as createAstro, b as metricName, f as STATUS_LABEL, h as capitalise, p as STATUS_ORDER, t as $$Page } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_fsqnYzC9.mjs";
import { t as $$StandardsIndex } from "./StandardsIndex_DMZmCaFb.mjs";
import { r as measuredTeams } from "./site-status_4Zqo-8Z9.mjs";
// site/src/pages/standards/[filter]/[value].astro
var _value__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Value,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://northwind.github.io");
async function getStaticPaths() {
	const standards = await getCollection("standards");
	const values = {
		status: new Set(STATUS_ORDER),
		dimension: /* @__PURE__ */ new Set(),
		team: /* @__PURE__ */ new Set(),
		metric: /* @__PURE__ */ new Set()
	};
	for (const { data } of standards) {
		values.status.add(data.status);
		values.dimension.add(data.dimension);
		values.team.add(data.owner);
		for (const t of measuredTeams(data.definition, data.result)) values.team.add(t);
		values.metric.add(data.metric);
	}
	return Object.entries(values).flatMap(([filter, set]) => [...set].map((value) => ({ params: {
		filter,
		value
	} })));
}
var $$Value = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Value;
	const { filter, value } = Astro.params;
	const teams = await getCollection("teams");
	const label = filter === "status" ? STATUS_LABEL[value] : filter === "team" ? teams.find((t) => t.id === value)?.data.name ?? value : filter === "metric" ? metricName(value) : capitalise(value);
	const heading = filter === "team" ? `Standards of ${label} (owned or measured)` : filter === "status" ? `Standards: ${label.toLowerCase()}` : `Standards: ${label}`;
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": heading,
		"section": "standards"
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1>${heading}</h1> ${renderComponent($$result, "StandardsIndex", $$StandardsIndex, {
		"filter": filter,
		"value": value
	})} ` })}`;
}, "/work/wt/safety/site/src/pages/standards/[filter]/[value].astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/standards/[filter]/[value].astro";
var $$url = "/service-standards/standards/[filter]/[value]";
// \0virtual:astro:page:src/pages/standards/[filter]/[value]@_@astro
var page = () => _value__exports;
export { page };
