import { D as siteMeta, F as createComponent, I as __exportAll, O as getCollection, P as createAstro, S as percent, T as METRICS, _ as dateTime, b as metricName, f as STATUS_LABEL, g as date, h as capitalise, i as policyHref, m as budgetText, n as filterHref, o as sopHref, r as href, t as $$Page, u as METRIC_ABBREVIATION, w as formatDuration, x as metricValue, y as duration } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$StatusBadge } from "./StatusBadge_DFVVWkJh.mjs";
import { t as $$Markdown } from "./Markdown_DgPVIrg9.mjs";
import { t as $$History } from "./History_C0N50QDw.mjs";
import { a as statusStrip, i as statusSince, n as directionOverWeek, r as measuredTeams, t as burnDown } from "./site-status_4Zqo-8Z9.mjs";
// site/src/lib/trend-chart.ts
var MONTH = new Intl.DateTimeFormat("en-IE", {
	day: "numeric",
	month: "short",
	timeZone: "UTC"
});
function trendGeometry(result, width = 720, height = 240) {
	const nps = result.metric === "nps";
	const plot = {
		left: 48,
		right: width - 12,
		top: 12,
		bottom: height - 28
	};
	const values = result.series.flatMap((d) => [d.windowValue, d.value]).filter((v) => v !== null);
	values.push(result.goal.value);
	let lo = Math.min(...values);
	let hi = Math.max(...values);
	if (nps) {
		lo = Math.max(-100, Math.floor((lo - 5) / 10) * 10);
		hi = Math.min(100, Math.ceil((hi + 5) / 10) * 10);
	} else {
		lo = Math.max(0, Math.floor((lo - .02) * 20) / 20);
		hi = Math.min(1, Math.ceil((hi + .02) * 20) / 20);
	}
	if (hi - lo < 1e-9) hi = lo + (nps ? 10 : .05);
	const n = Math.max(1, result.series.length - 1);
	const x = (i) => plot.left + (plot.right - plot.left) * i / n;
	const y = (v) => plot.bottom - (plot.bottom - plot.top) * (v - lo) / (hi - lo);
	let windowPath = "";
	let pen = false;
	let lastPoint = null;
	result.series.forEach((d, i) => {
		if (d.windowValue === null) {
			pen = false;
			return;
		}
		const px = x(i).toFixed(1);
		const py = y(d.windowValue).toFixed(1);
		windowPath += `${pen ? "L" : "M"}${px} ${py}`;
		pen = true;
		lastPoint = {
			x: x(i),
			y: y(d.windowValue)
		};
	});
	const dailyDots = result.series.flatMap((d, i) => d.value === null ? [] : [{
		x: x(i),
		y: y(d.value)
	}]);
	const steps = 4;
	const yTicks = Array.from({ length: 5 }, (_, k) => {
		const v = lo + (hi - lo) * k / steps;
		return {
			y: y(v),
			label: nps ? String(Math.round(v)) : `${Math.round(v * 100)}%`
		};
	});
	const xTicks = [];
	const every = Math.max(1, Math.round(result.series.length / 6));
	result.series.forEach((d, i) => {
		if (i % every === 0) xTicks.push({
			x: x(i),
			label: MONTH.format(/* @__PURE__ */ new Date(`${d.date}T00:00:00Z`))
		});
	});
	return {
		width,
		height,
		plot,
		windowPath,
		dailyDots,
		goalY: y(result.goal.value),
		yTicks,
		xTicks,
		lastPoint,
		versionChanges: versionChanges(result, x)
	};
}
/** Series days whose judging version differs from the day before's (history-aware evaluation). */
function versionChanges(result, x) {
	const out = [];
	result.series.forEach((d, i) => {
		const before = result.series[i - 1];
		if (i === 0 || d.version == null || before?.version == null || before.version === d.version) return;
		const goal = result.versions?.find((v) => v.version === d.version)?.goal.text ?? d.version;
		out.push({
			x: x(i),
			date: d.date,
			goal
		});
	});
	return out;
}
/** Declared exclusions (an outage) over the chart's days: a shaded band per exclusion, with its id as label. */
function exclusionBands(result, exclusions, g) {
	const n = Math.max(1, result.series.length - 1);
	const step = (g.plot.right - g.plot.left) / n;
	const bands = [];
	for (const e of exclusions) {
		const from = e.from.slice(0, 10);
		const to = e.to.slice(0, 10);
		const first = result.series.findIndex((d) => d.date >= from);
		if (first < 0 || result.series[first].date > to) continue;
		let last = first;
		while (last + 1 < result.series.length && result.series[last + 1].date <= to) last += 1;
		const x = Math.max(g.plot.left, g.plot.left + step * first - step / 2);
		const right = Math.min(g.plot.right, g.plot.left + step * last + step / 2);
		bands.push({
			id: e.id,
			x,
			width: Math.max(2, right - x)
		});
	}
	return bands;
}
// site/src/components/TrendChart.astro
createAstro("https://northwind.github.io");
var $$TrendChart = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TrendChart;
	const { result, exclusions = [] } = Astro.props;
	const g = trendGeometry(result);
	const bands = exclusionBands(result, exclusions, g);
	const first = result.series[0];
	const last = result.series[result.series.length - 1];
	const goalText = metricValue(result.metric, result.goal.value);
	const titleId = `trend-title-${result.id}`;
	const descId = `trend-desc-${result.id}`;
	const describe = first && last ? `Daily values from ${date(first.date)} to ${date(last.date)}. The line is the value over the ${result.window.spec} window ending each day; it ends at ${metricValue(result.metric, last.windowValue)}. The dashed line is the goal, ${goalText}.${g.versionChanges.map((c) => ` The goal changed on ${date(c.date)} to ${c.goal}.`).join("")}` : "No daily data yet.";
	return renderTemplate`${maybeRenderHead($$result)}<figure class="chart"> <svg${addAttribute(`0 0 ${g.width} ${g.height}`, "viewBox")} role="img"${addAttribute(`${titleId} ${descId}`, "aria-labelledby")} preserveAspectRatio="xMidYMid meet"> <title${addAttribute(titleId, "id")}>Trend of ${result.title}</title> <desc${addAttribute(descId, "id")}>${describe}${bands.length > 0 ? ` The shaded band marks an excluded period (${bands.map((b) => b.id).join(", ")}).` : ""}</desc> <g class="chart-grid"> ${g.yTicks.map((t) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <line${addAttribute(g.plot.left, "x1")}${addAttribute(g.plot.right, "x2")}${addAttribute(t.y, "y1")}${addAttribute(t.y, "y2")}></line> <text${addAttribute(g.plot.left - 6, "x")}${addAttribute(t.y + 4, "y")} text-anchor="end">${t.label}</text> ` })}`)} ${g.xTicks.map((t) => renderTemplate`<text${addAttribute(t.x, "x")}${addAttribute(g.height - 8, "y")} text-anchor="middle">${t.label}</text>`)} </g> ${bands.map((b) => renderTemplate`<g class="chart-exclusion-band"><rect class="chart-exclusion"${addAttribute(b.x.toFixed(1), "x")}${addAttribute(g.plot.top, "y")}${addAttribute(b.width.toFixed(1), "width")}${addAttribute(g.plot.bottom - g.plot.top, "height")}></rect><text class="chart-exclusion-label"${addAttribute((b.x + b.width + 3).toFixed(1), "x")}${addAttribute(g.plot.top + 12, "y")}>excluded: ${b.id}</text></g>`)} <g class="chart-daily"> ${g.dailyDots.map((d) => renderTemplate`<circle${addAttribute(d.x.toFixed(1), "cx")}${addAttribute(d.y.toFixed(1), "cy")} r="1.8"></circle>`)} </g> <line class="chart-goal"${addAttribute(g.plot.left, "x1")}${addAttribute(g.plot.right, "x2")}${addAttribute(g.goalY, "y1")}${addAttribute(g.goalY, "y2")}></line> <text class="chart-goal-label"${addAttribute(g.plot.right - 4, "x")}${addAttribute(g.goalY - 6, "y")} text-anchor="end">goal ${goalText}</text> ${g.versionChanges.map((c) => renderTemplate`<g class="chart-version-change"> <title>${`From ${date(c.date)} the goal is ${c.goal}: measurements before are judged by the goal then in force`}</title> <line${addAttribute(c.x.toFixed(1), "x1")}${addAttribute(c.x.toFixed(1), "x2")}${addAttribute(g.plot.top, "y1")}${addAttribute(g.plot.bottom, "y2")} stroke="currentColor" stroke-dasharray="2 3" stroke-width="1"></line> <text${addAttribute((c.x + 3).toFixed(1), "x")}${addAttribute(g.plot.top + 10, "y")} font-size="10">goal changed</text> </g>`)} <path class="chart-line"${addAttribute(g.windowPath, "d")}></path> ${g.lastPoint && renderTemplate`<circle class="chart-last"${addAttribute(g.lastPoint.x, "cx")}${addAttribute(g.lastPoint.y, "cy")} r="4"></circle>`} </svg> <figcaption> <span class="legend"><span class="legend-line" aria-hidden="true"></span> ${result.window.spec} window</span> <span class="legend"><span class="legend-dot" aria-hidden="true"></span> single day</span> <span class="legend"><span class="legend-goal" aria-hidden="true"></span> goal</span> ${bands.length > 0 && renderTemplate`<span class="legend"><span class="legend-exclusion" aria-hidden="true"></span> excluded period (${bands.map((b) => b.id).join(", ")})</span>`} </figcaption> <details class="chart-data"> <summary>Show the numbers</summary> <div class="table-scroll" tabindex="0" role="region"${addAttribute(`Daily values of ${result.title}`, "aria-label")}> <table> <caption class="visually-hidden">Daily values of ${result.title}</caption> <thead><tr><th scope="col">Day</th><th scope="col" class="num">Tickets</th><th scope="col" class="num">Met</th><th scope="col" class="num">Day value</th><th scope="col" class="num">Window value</th></tr></thead> <tbody> ${[...result.series].reverse().map((d) => renderTemplate`<tr><th scope="row">${d.date}</th><td class="num">${d.count}</td><td class="num">${d.met}</td><td class="num">${metricValue(result.metric, d.value)}</td><td class="num">${metricValue(result.metric, d.windowValue)}</td></tr>`)} </tbody> </table> </div> </details> </figure>`;
}, "/work/wt/safety/site/src/components/TrendChart.astro", void 0);
// site/src/components/Breakdown.astro
createAstro("https://northwind.github.io");
var $$Breakdown = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Breakdown;
	const { result, teamNames } = Astro.props;
	const groups = [
		{
			id: "priority",
			label: "By priority",
			rows: result.breakdown.priority
		},
		{
			id: "channel",
			label: "By channel",
			rows: result.breakdown.channel
		},
		{
			id: "team",
			label: "By team",
			rows: result.breakdown.team
		}
	];
	const nps = result.metric === "nps";
	const goal = result.goal;
	const meets = (v) => v === null ? null : goal.direction === "min" ? v >= goal.value : v <= goal.value;
	return renderTemplate`${maybeRenderHead($$result)}<div class="breakdown"> ${groups.map((group) => renderTemplate`<div class="breakdown-group"> <h3${addAttribute(`breakdown-${group.id}`, "id")}>${group.label}</h3> <div class="table-scroll" tabindex="0" role="region"${addAttribute(`breakdown-${group.id}`, "aria-labelledby")}><table${addAttribute(`breakdown-${group.id}`, "aria-labelledby")}> <thead><tr><th scope="col">${capitalise(group.id)}</th><th scope="col" class="num">Tickets</th><th scope="col" class="num">Value</th><th scope="col"><span class="visually-hidden">Against the goal</span></th></tr></thead> <tbody> ${group.rows.filter((r) => r.count > 0).map((row) => {
		const ok = meets(row.value);
		const share = row.value === null ? 0 : nps ? (row.value + 100) / 200 : row.value;
		return renderTemplate`<tr> <th scope="row">${group.id === "team" ? teamNames[row.key] ?? row.key : row.key === "api" ? "API" : capitalise(row.key)}</th> <td class="num">${row.count.toLocaleString("en-IE")}</td> <td class="num">${metricValue(result.metric, row.value)}</td> <td class="bar-cell"> <span${addAttribute(["bar", ok === false && "bar-miss"], "class:list")}${addAttribute(`--share:${Math.max(0, Math.min(1, share))}`, "style")} aria-hidden="true"></span> <span class="bar-note">${ok === null ? "no data" : ok ? "meets goal" : "below goal"}</span> </td> </tr>`;
	})} ${group.rows.every((r) => r.count === 0) && renderTemplate`<tr><td colspan="4" class="muted">No tickets.</td></tr>`} </tbody> </table></div> </div>`)} </div>`;
}, "/work/wt/safety/site/src/components/Breakdown.astro", void 0);
// site/src/components/StatusStrip.astro
createAstro("https://northwind.github.io");
var $$StatusStrip = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StatusStrip;
	const { days, id } = Astro.props;
	const count = (s) => days.filter((d) => d.status === s).length;
	const parts = [
		"met",
		"at-risk",
		"breached",
		"no-data"
	].filter((s) => count(s) > 0).map((s) => `${count(s)} ${STATUS_LABEL[s].toLowerCase()}`);
	const missing = count(null);
	const summary = `Status on each of the last ${days.length} nights, ${date(days[0].date)} to ${date(days.at(-1).date)}: ${parts.join(", ") || "nothing recorded"}${missing ? `; ${missing} without a record` : ""}.`;
	const cell = 8;
	const heights = {
		breached: 28,
		"at-risk": 22,
		met: 16,
		"no-data": 10
	};
	return renderTemplate`${maybeRenderHead($$result)}<figure class="strip"> <svg${addAttribute(`0 0 ${days.length * cell} 30`, "viewBox")} role="img"${addAttribute(`strip-${id}`, "aria-labelledby")} preserveAspectRatio="none"> <title${addAttribute(`strip-${id}`, "id")}>${summary}</title> ${days.map((d, i) => d.status ? renderTemplate`<rect${addAttribute(`strip-${d.status}`, "class")}${addAttribute(i * cell + 1, "x")}${addAttribute(30 - heights[d.status], "y")}${addAttribute(6, "width")}${addAttribute(heights[d.status], "height")}><title>${date(d.date)}: ${STATUS_LABEL[d.status]}</title></rect>` : renderTemplate`<rect class="strip-none"${addAttribute(i * cell + 1, "x")} y="26"${addAttribute(6, "width")} height="4"><title>${date(d.date)}: no record</title></rect>`)} </svg> <figcaption class="muted small">${summary}</figcaption> </figure>`;
}, "/work/wt/safety/site/src/components/StatusStrip.astro", void 0);
// site/src/lib/budget-chart.ts
var DAY = new Intl.DateTimeFormat("en-IE", {
	day: "numeric",
	month: "short",
	timeZone: "UTC"
});
function budgetGeometry(burn, width = 720, height = 220) {
	const plot = {
		left: 56,
		right: width - 12,
		top: 14,
		bottom: height - 30
	};
	const lefts = burn.days.map((d) => d.left);
	const hi = Math.max(burn.allowed, ...lefts, 1);
	const lo = Math.min(0, ...lefts);
	const n = Math.max(1, burn.days.length - 1);
	const x = (i) => plot.left + (plot.right - plot.left) * i / n;
	const y = (v) => plot.bottom - (plot.bottom - plot.top) * (v - lo) / (hi - lo || 1);
	const path = burn.days.map((d, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)} ${y(d.left).toFixed(1)}`).join("");
	const ranOutIndex = burn.ranOut ? burn.days.findIndex((d) => d.date === burn.ranOut) : -1;
	const yTicks = [
		hi,
		(hi + lo) / 2,
		lo
	].filter((v, i, all) => all.indexOf(v) === i).map((v) => ({
		y: y(v),
		label: String(Math.round(v))
	}));
	if (lo < 0) yTicks.push({
		y: y(0),
		label: "0"
	});
	const every = Math.max(1, Math.round(burn.days.length / 5));
	const xTicks = burn.days.flatMap((d, i) => i % every === 0 ? [{
		x: x(i),
		label: DAY.format(/* @__PURE__ */ new Date(`${d.date}T00:00:00Z`))
	}] : []);
	return {
		width,
		height,
		plot,
		path,
		zeroY: y(0),
		ranOutX: ranOutIndex >= 0 ? x(ranOutIndex) : null,
		yTicks,
		xTicks
	};
}
// site/src/components/BudgetChart.astro
createAstro("https://northwind.github.io");
var $$BudgetChart = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$BudgetChart;
	const { burn, id } = Astro.props;
	const g = budgetGeometry(burn);
	const first = burn.days[0];
	const last = burn.days.at(-1);
	const describe = `The objective allows ${Math.floor(burn.allowed + 1e-9)} misses over the window. From ${date(first.date)} to ${date(last.date)}, ${Math.round(last.used)} missed (by the day the ticket was created)${burn.ranOut ? `; the budget ran out on ${date(burn.ranOut)}` : `; ${Math.max(0, Math.floor(last.left))} misses are still allowed`}.`;
	return renderTemplate`${maybeRenderHead($$result)}<figure class="chart chart-budget"> <svg${addAttribute(`0 0 ${g.width} ${g.height}`, "viewBox")} role="img"${addAttribute(`budget-title-${id} budget-desc-${id}`, "aria-labelledby")} preserveAspectRatio="xMidYMid meet"> <title${addAttribute(`budget-title-${id}`, "id")}>Error budget left over the window</title> <desc${addAttribute(`budget-desc-${id}`, "id")}>${describe}</desc> <g class="chart-grid"> ${g.yTicks.map((t) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<line${addAttribute(g.plot.left, "x1")}${addAttribute(g.plot.right, "x2")}${addAttribute(t.y, "y1")}${addAttribute(t.y, "y2")}></line><text${addAttribute(g.plot.left - 6, "x")}${addAttribute(t.y + 4, "y")} text-anchor="end">${t.label}</text>` })}`)} ${g.xTicks.map((t) => renderTemplate`<text${addAttribute(t.x, "x")}${addAttribute(g.height - 8, "y")} text-anchor="middle">${t.label}</text>`)} </g> <line class="chart-zero"${addAttribute(g.plot.left, "x1")}${addAttribute(g.plot.right, "x2")}${addAttribute(g.zeroY, "y1")}${addAttribute(g.zeroY, "y2")}></line> <path class="chart-line"${addAttribute(g.path, "d")}></path> ${g.ranOutX !== null && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<line class="chart-ran-out"${addAttribute(g.ranOutX, "x1")}${addAttribute(g.ranOutX, "x2")}${addAttribute(g.plot.top, "y1")}${addAttribute(g.plot.bottom, "y2")}></line><text class="chart-ran-out-label"${addAttribute(g.ranOutX + 4, "x")}${addAttribute(g.plot.top + 12, "y")}>ran out ${date(burn.ranOut)}</text>` })}`} </svg> <figcaption>${describe}</figcaption> <details class="chart-data"> <summary>Show the numbers</summary> <div class="table-scroll" tabindex="0" role="region" aria-label="Error budget by day"> <table> <thead><tr><th scope="col">Day</th><th scope="col" class="num">Missed so far</th><th scope="col" class="num">Still allowed</th></tr></thead> <tbody>${[...burn.days].reverse().map((d) => renderTemplate`<tr><th scope="row">${d.date}</th><td class="num">${Math.round(d.used)}</td><td class="num">${Math.floor(d.left + 1e-9)}</td></tr>`)}</tbody> </table> </div> </details> </figure>`;
}, "/work/wt/safety/site/src/components/BudgetChart.astro", void 0);
// scripts/publish/site-explain.ts
function countsOf(result) {
	const openAndLate = result.inFlight ?? 0;
	return {
		counted: result.count,
		met: result.met,
		missedClosed: result.count - result.met - openAndLate,
		openAndLate,
		openWithinGoal: result.pending
	};
}
var MISSED_PHRASE = {
	first_contact_resolution: (n) => `${n === 1 ? "ticket was" : "tickets were"} not resolved on first contact`,
	csat: (n) => `satisfaction ${n === 1 ? "rating was" : "ratings were"} not good`,
	reopen_rate: (n) => `${n === 1 ? "ticket was" : "tickets were"} reopened`
};
var plural = (n, one, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
/**
* One or two sentences: what missed, what the objective allows, and what that means. Null when the standard
* has no data or its metric is a score whose budget is not a count of tickets (NPS, QA score).
*/
function budgetInWords(metric, result) {
	const budget = result.errorBudget;
	if (!budget || result.count === 0) return null;
	const definition = METRICS[metric];
	if (!definition || definition.kind === "score") return null;
	const used = Math.round(budget.used);
	const allowed = Math.floor(budget.allowed + 1e-9);
	let missed;
	if (definition.kind === "duration") {
		const goal = result.goal.thresholdMinutes !== void 0 ? `the ${formatDuration(result.goal.thresholdMinutes)} goal` : "the goal";
		const late = result.inFlight ? ` (${plural(result.inFlight, "is", "are")} still open)` : "";
		missed = `${plural(used, "ticket")} of ${result.count.toLocaleString("en-GB")} missed ${goal}${late}`;
	} else {
		const phrase = MISSED_PHRASE[metric] ?? ((n) => `${n === 1 ? "was" : "were"} outside the target`);
		missed = `${used.toLocaleString("en-GB")} of ${result.count.toLocaleString("en-GB")} ${phrase(used)}`;
	}
	const allows = `the ${definition.kind === "duration" ? "objective" : "target"} allows ${allowed.toLocaleString("en-GB")} in this window`;
	let outcome;
	if (used > allowed) outcome = `${plural(used - allowed, "more", "more")} than allowed, so the standard is breached.`;
	else if (used === allowed) outcome = "one more and the standard is breached.";
	else outcome = `${(allowed - used).toLocaleString("en-GB")} more can miss before the standard is breached.`;
	return `${capitalFirst(missed)}; ${allows}: ${outcome}`;
}
function capitalFirst(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
* The report's statement without its error-budget clause ("error budget overspent by 244%", "16% of the error
* budget left"): the page says the same in counts of tickets right beside it.
*/
function statementWithoutBudget(statement) {
	return statement.replace(/;\s*(?:error budget overspent by [\d.]+%|[\d.]+% of the error budget left|error budget overspent)(?=[.;]|$)/, "");
}
// site/src/pages/standards/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://northwind.github.io");
async function getStaticPaths() {
	return (await getCollection("standards")).map((entry) => ({
		params: { id: entry.id },
		props: { entry }
	}));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { entry } = Astro.props;
	const s = entry.data.definition;
	const r = entry.data.result;
	const meta = await siteMeta();
	const teams = await getCollection("teams");
	const teamNames = Object.fromEntries(teams.map((t) => [t.id, t.data.name]));
	const calendars = await getCollection("calendars");
	const calendarName = s.calendar ? calendars.find((c) => c.id === s.calendar)?.data.name ?? s.calendar : null;
	const sops = (await getCollection("sops")).filter((x) => x.data.definition.serves.includes(s.id));
	const policies = (await getCollection("policies")).filter((x) => x.data.definition.standards.includes(s.id));
	const status = entry.data.status;
	const ticketUrl = meta.pipeline.site.ticketUrl;
	const ticketLink = (id) => ticketUrl ? ticketUrl.replace("{id}", encodeURIComponent(id)) : null;
	const reviewOverdue = s.review.due < meta.now.slice(0, 10);
	const scope = Object.entries(s.scope).filter(([, v]) => v && v.length > 0);
	const budget = r?.errorBudget ?? null;
	const budgetShare = budget ? Math.max(0, Math.min(1, budget.remaining)) : 0;
	const today = meta.now.slice(0, 10);
	const log = entry.data.statusLog;
	const spell = statusSince(log, s.id, today);
	const strip = log.length > 0 ? statusStrip(log, s.id, today) : null;
	const direction = r ? directionOverWeek(r) : null;
	const burn = r ? burnDown(s.metric, r) : null;
	const words = r ? budgetInWords(s.metric, r) : null;
	const counts = r && r.count > 0 ? countsOf(r) : null;
	const owner = teams.find((t) => t.id === s.owner)?.data.definition ?? null;
	const measured = measuredTeams(s, r);
	const needsAction = status === "breached" || status === "at-risk";
	const repository = meta.repository;
	const issueSearch = repository ? `https://github.com/${repository}/issues?q=${encodeURIComponent(`is:issue label:"${meta.pipeline.actions.labels[0]}" in:title "${s.title}"`)}` : null;
	const sinceText = spell && spell.status === status ? `${STATUS_LABEL[status]} since ${spell.sinceLogStart ? "at least " : ""}${date(spell.since)} (${spell.days} ${spell.days === 1 ? "night" : "nights"})` : null;
	const directionText = direction ? `${direction.direction === "unchanged" ? "About the same as" : direction.direction === "better" ? "Better than" : "Worse than"} 7 days ago: ${metricValue(s.metric, direction.now)} now, ${metricValue(s.metric, direction.before)} on ${date(direction.beforeDate)}.` : null;
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": s.title,
		"section": "standards",
		"description": r ? statementWithoutBudget(r.statement) : s.rationale,
		"shareTitle": `${STATUS_LABEL[status]}: ${s.title}`
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<nav class="crumbs" aria-label="Breadcrumb"><a${addAttribute(href("standards/"), "href")}>Standards</a> <span aria-hidden="true">›</span> <a${addAttribute(filterHref("dimension", s.dimension), "href")}>${capitalise(s.dimension)}</a></nav> <article> <header class="doc-head"> ${renderComponent($$result, "StatusBadge", $$StatusBadge, {
		"status": status,
		"size": "large"
	})} <h1>${s.title}</h1> <p class="lede">${r ? statementWithoutBudget(r.statement) : "This standard has not been evaluated yet: it will appear in the next nightly report."}</p> ${(sinceText || directionText) && renderTemplate`<p class="status-line">${sinceText && renderTemplate`<strong>${sinceText}.</strong>`} ${directionText && renderTemplate`<span${addAttribute(`direction direction-${direction.direction}`, "class")}>${directionText}</span>`}</p>`} </header> ${needsAction && renderTemplate`<section class="action-panel" aria-labelledby="action"> <h2 id="action">What is being done</h2> <dl class="facts"> <dt>Corrective action</dt> <dd> ${issueSearch ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`A GitHub issue is opened for every ${status === "breached" ? "breached" : "at-risk"} standard: <a${addAttribute(issueSearch, "href")} rel="noopener">the corrective-action issue for this standard</a>${meta.pipeline.actions.assignLeads && owner && owner.leads.length > 0 ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`, assigned to ${owner.leads.map((l, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a${addAttribute(`https://github.com/${encodeURIComponent(l)}`, "href")} rel="noopener">${l}</a>` })}`)}` })}` : null}.` })}` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`No issue repository is set (<code>actions.repository</code> in the Pipeline): raise it with the owning team's leads below.` })}`} </dd> <dt>Owning team</dt> <dd>${owner ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<a${addAttribute(href(`teams/${owner.id}/`), "href")}>${owner.name}</a>${owner.leads.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` · ${owner.leads.length === 1 ? "lead" : "leads"}: ${owner.leads.join(", ")}` })}`}` })}` : s.owner}</dd> <dt>Teams measured</dt> <dd>${measured.length === 0 ? "All tickets in scope, whichever team handled them" : measured.map((t, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a${addAttribute(href(`teams/${t}/`), "href")}>${teamNames[t] ?? t}</a>` })}`)}</dd> <dt>What to do</dt> <dd>${sops.length > 0 ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`Follow ${sops.map((x, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a${addAttribute(sopHref(x.id), "href")}>${x.data.title}</a>` })}`)}.` })}` : "No SOP serves this standard yet."}</dd> </dl> </section>`} <section class="figures" aria-label="Key figures"> <div class="figure"> <p class="figure-label">Now</p> <p class="figure-value">${metricValue(s.metric, r?.value)}</p> <p class="figure-note">${metricName(s.metric)}${r && r.goal.thresholdMinutes !== void 0 ? ` within ${duration(r.goal.thresholdMinutes)}` : ""}</p> </div> <div class="figure"> <p class="figure-label">Goal</p> <p class="figure-value">${r ? metricValue(s.metric, r.goal.value) : "—"}</p> <p class="figure-note">${r?.goal.text ?? ""}</p> </div> <div class="figure"> <p class="figure-label">Error budget</p> <p${addAttribute(["figure-value", budget && budget.remaining < 0 && "figure-value-word"], "class:list")}>${budget ? budget.remaining < 0 ? "Spent" : `${percent(budget.remaining, 0)} left` : "—"}</p> ${budget && renderTemplate`<meter min="0" max="1" low="0.25" optimum="1"${addAttribute(budgetShare, "value")} aria-label="Error budget left">${percent(budgetShare, 0)}</meter>`} <p class="figure-note">${words ?? (r ? budgetText(r) : "")}</p> </div> <div class="figure"> <p class="figure-label">Tickets counted</p> <p class="figure-value">${r ? r.count.toLocaleString("en-IE") : "—"}</p> <p class="figure-note">${counts ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${counts.met.toLocaleString("en-IE")} met + ${counts.missedClosed.toLocaleString("en-IE")} missed + ${counts.openAndLate.toLocaleString("en-IE")} open and late = ${counts.counted.toLocaleString("en-IE")}.${counts.openWithinGoal > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` Apart: ${counts.openWithinGoal.toLocaleString("en-IE")} open within the goal, not counted yet.` })}`}` })}` : ""}</p> </div> </section> ${r && renderTemplate`<p class="muted small">Window: ${s.window.text} — ${dateTime(r.window.from)} to ${dateTime(r.window.to)}.</p>`} <section aria-labelledby="promise"> <h2 id="promise">The promise</h2> ${renderComponent($$result, "Markdown", $$Markdown, { "source": s.description })} <dl class="facts"> <dt>Metric</dt><dd><a${addAttribute(href(`methodology/#${s.metric}`), "href")}>${metricName(s.metric)}</a>${METRIC_ABBREVIATION[s.metric] && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` (<abbr${addAttribute(metricName(s.metric), "title")}>${METRIC_ABBREVIATION[s.metric]}</abbr>)` })}`}</dd> <dt>Tickets in scope</dt><dd>${scope.length === 0 ? "All tickets" : scope.map(([k, v]) => `${capitalise(k)}: ${v.map((x) => k === "team" ? teamNames[x] ?? x : x).join(", ")}`).join(" · ")}</dd> ${s.thresholdMinutes !== null && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>Threshold</dt><dd>${duration(s.thresholdMinutes)} per ticket${calendarName ? `, in business hours (${calendarName})` : ", around the clock"}</dd>` })}`} ${s.objective !== null && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>Objective</dt><dd>${percent(s.objective)} of tickets within the threshold</dd>` })}`} ${s.target && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>Target</dt><dd>${s.target.direction === "min" ? "At least" : "At most"} ${metricValue(s.metric, s.target.value)}</dd>` })}`} <dt>Window</dt><dd>${s.window.kind === "rolling" ? `Rolling ${s.window.text}, ending at each evaluation` : `The current calendar ${s.window.unit}`}</dd> <dt>Owner</dt><dd><a${addAttribute(href(`teams/${s.owner}/`), "href")}>${teamNames[s.owner] ?? s.owner}</a></dd> <dt>In effect since</dt><dd>${date(s.effective)}</dd> <dt>Next review</dt><dd>${date(s.review.due)} ${reviewOverdue ? renderTemplate`<span class="tag tag-removed">overdue</span>` : null} <span class="muted">(every ${s.review.everyText}, last ${date(s.review.last)})</span></dd> </dl> <h3>Why this number</h3> <p>${s.rationale}</p> </section> ${strip && renderTemplate`<section aria-labelledby="nights"> <h2 id="nights">The last 90 nights</h2> ${renderComponent($$result, "StatusStrip", $$StatusStrip, {
		"days": strip,
		"id": s.id
	})} </section>`} ${r && r.series.length > 0 && renderTemplate`<section aria-labelledby="trend"> <h2 id="trend">Trend</h2> ${renderComponent($$result, "TrendChart", $$TrendChart, {
		"result": r,
		"exclusions": meta.pipeline.exclusions.filter((x) => x.standards === null || x.standards.includes(s.id))
	})} </section>`} ${burn && renderTemplate`<section aria-labelledby="burn-down"> <h2 id="burn-down">Error budget over the window</h2> ${renderComponent($$result, "BudgetChart", $$BudgetChart, {
		"burn": burn,
		"id": s.id
	})} </section>`} ${r && renderTemplate`<section aria-labelledby="breakdown"> <h2 id="breakdown">Breakdown</h2> ${renderComponent($$result, "Breakdown", $$Breakdown, {
		"result": r,
		"teamNames": teamNames
	})} </section>`} ${r && r.worst.length > 0 && renderTemplate`<section aria-labelledby="worst"> <h2 id="worst">Furthest from the goal</h2> <div class="table-scroll" tabindex="0" role="region" aria-label="Table of the tickets furthest from the goal"> <table> <thead><tr><th scope="col">Ticket</th><th scope="col">Created</th><th scope="col">Priority</th><th scope="col">Channel</th><th scope="col" class="hide-narrow">Team</th><th scope="col" class="num">Took</th></tr></thead> <tbody> ${r.worst.map((t) => {
		const link = ticketLink(t.id);
		return renderTemplate`<tr> <th scope="row">${link ? renderTemplate`<a${addAttribute(link, "href")} rel="noopener">#${t.id}</a>` : `#${t.id}`}${t.inFlight && renderTemplate`<span class="tag tag-removed">open, late</span>`}</th> <td>${date(t.created)}</td><td>${capitalise(t.priority)}</td><td>${capitalise(t.channel)}</td> <td class="hide-narrow">${t.team ? teamNames[t.team] ?? t.team : "—"}</td> <td class="num">${duration(t.minutes)}${t.inFlight ? " so far" : ""}</td> </tr>`;
	})} </tbody> </table> </div> </section>`} ${r && r.excluded.length > 0 && renderTemplate`<section aria-labelledby="exclusions"> <h2 id="exclusions">Exclusions applied</h2> <ul>${r.excluded.map((x) => renderTemplate`<li>${x.count > 0 ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<strong>${x.count.toLocaleString("en-IE")} ${x.count === 1 ? "ticket" : "tickets"}</strong> left out` })}` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`No ticket in scope fell in this period` })}`} (<code>${x.id}</code>): ${x.reason}</li>`)}</ul> </section>`} ${(sops.length > 0 || policies.length > 0) && renderTemplate`<section aria-labelledby="related"> <h2 id="related">Procedures and policies</h2> <ul> ${sops.map((x) => renderTemplate`<li>SOP: <a${addAttribute(sopHref(x.id), "href")}>${x.data.title}</a></li>`)} ${policies.map((x) => renderTemplate`<li>Policy: <a${addAttribute(policyHref(x.id), "href")}>${x.data.title}</a></li>`)} </ul> </section>`} </article> <section aria-labelledby="history"> <h2 id="history">Change history</h2> ${renderComponent($$result, "History", $$History, {
		"history": entry.data.history,
		"file": s.origin.file
	})} </section> ` })}`;
}, "/work/wt/safety/site/src/pages/standards/[id].astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/standards/[id].astro";
var $$url = "/service-standards/standards/[id]";
// \0virtual:astro:page:src/pages/standards/[id]@_@astro
var page = () => _id__exports;
export { page };
