import { C as sortByStatus, D as siteMeta, F as createComponent, I as __exportAll, O as getCollection, _ as dateTime, c as DIMENSIONS, f as STATUS_LABEL, g as date, h as capitalise, l as DIMENSION_HINT, n as filterHref, p as STATUS_ORDER, r as href, s as standardHref, t as $$Page, v as daysBetween, x as metricValue, y as duration } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { t as $$StatusBadge } from "./StatusBadge_DFVVWkJh.mjs";
// site/src/pages/index.astro
var pages_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const meta = await siteMeta();
	const entries = (await getCollection("standards")).map((e) => ({
		...e,
		status: e.data.status,
		title: e.data.title
	}));
	const teams = await getCollection("teams");
	const teamNames = Object.fromEntries(teams.map((t) => [t.id, t.data.name]));
	const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, entries.filter((e) => e.status === s).length]));
	const ATTENTION_SHOWN = 8;
	const attention = sortByStatus(entries.filter((e) => e.status === "breached" || e.status === "at-risk"));
	const tally = (list) => STATUS_ORDER.map((s) => ({
		status: s,
		n: list.filter((e) => e.status === s).length
	})).filter((x) => x.n > 0);
	const dimensions = DIMENSIONS.map((d) => ({
		id: d,
		list: entries.filter((e) => e.data.dimension === d)
	})).filter((d) => d.list.length > 0);
	const owners = [...new Set(entries.map((e) => e.data.owner))].sort().map((t) => ({
		id: t,
		list: entries.filter((e) => e.data.owner === t)
	}));
	const data = meta.report.data;
	const ticketLink = (id) => meta.pipeline.site.ticketUrl ? meta.pipeline.site.ticketUrl.replace("{id}", encodeURIComponent(id)) : null;
	const total = entries.length;
	const headline = counts.breached > 0 ? `${counts.breached} of ${total} standards are breached` : counts["at-risk"] > 0 ? `All standards met; ${counts["at-risk"]} at risk` : `All ${total} standards are met`;
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"title": "Overview",
		"section": "home",
		"description": `${headline}. Service standards of ${meta.pipeline.organisation}.`,
		"wide": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<section class="hero" aria-labelledby="headline"> <p class="eyebrow">${meta.pipeline.organisation} · customer support</p> <h1 id="headline">${headline}</h1> <p class="lede">Our promises to customers, measured every night against the helpdesk. Evaluated ${dateTime(meta.now)}.</p> <ul class="tiles" aria-label="Standards by status"> ${STATUS_ORDER.map((s) => renderTemplate`<li> <a${addAttribute(`tile tile-${s}`, "class")}${addAttribute(filterHref("status", s), "href")}${addAttribute(`${counts[s]} ${STATUS_LABEL[s].toLowerCase()} — show them`, "aria-label")}> <span class="tile-number">${counts[s]}</span> ${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": s })} </a> </li>`)} </ul> </section> <div class="home-grid"> <section class="panel panel-attention" aria-labelledby="attention"> <h2 id="attention">Needs attention</h2> ${attention.length === 0 ? renderTemplate`<p>Nothing is breached or at risk. <a${addAttribute(href("standards/"), "href")}>See every standard</a>.</p>` : renderTemplate`<ul class="attention-list"> ${attention.slice(0, ATTENTION_SHOWN).map((e) => renderTemplate`<li${addAttribute(`attention attention-${e.status}`, "class")}> ${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": e.status })} <a${addAttribute(standardHref(e.id), "href")} class="attention-title">${e.data.title}</a> <p class="attention-figures"> <span class="strong">${metricValue(e.data.metric, e.data.result?.value)}</span> <span class="muted"> against a goal of ${e.data.result?.goal.text ?? "—"}</span> </p> <p class="muted small">${teamNames[e.data.owner] ?? e.data.owner} · ${capitalise(e.data.dimension)}</p> </li>`)} </ul>`} ${attention.length > ATTENTION_SHOWN && renderTemplate`<p class="more">And ${attention.length - ATTENTION_SHOWN} more: <a${addAttribute(filterHref("status", "breached"), "href")}>all breached</a> · <a${addAttribute(filterHref("status", "at-risk"), "href")}>all at risk</a></p>`} </section> <aside class="panel panel-freshness" aria-labelledby="freshness"> <h2 id="freshness">About the data</h2> <dl class="facts facts-compact"> <dt>Last fetch</dt><dd>${data.fetchedAt ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<time${addAttribute(data.fetchedAt, "datetime")}>${dateTime(data.fetchedAt)}</time><br><span class="muted small ago-line" data-ago></span>` })}` : "never"}</dd> <dt>Period covered</dt><dd>${data.from && data.to ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${date(data.from)} – ${date(data.to)}<br><span class="muted small">${daysBetween(data.from, data.to)} days</span>` })}` : "no tickets yet"}</dd> <dt>Tickets</dt><dd>${data.tickets.toLocaleString("en-IE")} from the ${data.source} source</dd> ${data.rejected.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>Left out</dt><dd>${data.rejected.reduce((a, x) => a + x.count, 0)} unusable tickets (${data.rejected.map((x) => x.reason).join("; ")})</dd>` })}`} ${data.tieOut && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>Tie-out</dt><dd> ${data.tieOut.metrics.map((m) => `${m.metric === "first_response_time" ? "First reply" : "Full resolution"}: ${m.agree} of ${m.agree + m.disagree} tickets agree`).join("; ")} with the ${data.tieOut.against} (within ${data.tieOut.toleranceMinutes} min)
${data.tieOut.disagreements.length > 0 && renderTemplate`<ul class="muted small">${data.tieOut.disagreements.map((d) => renderTemplate`<li>${ticketLink(d.ticket) ? renderTemplate`<a${addAttribute(ticketLink(d.ticket), "href")}>${d.ticket}</a>` : d.ticket}: ${d.metric === "first_response_time" ? "first reply" : "full resolution"} ours ${d.ours ?? "none"} min, theirs ${d.theirs ?? "none"} min</li>`)}</ul>`} </dd>` })}`} </dl> <p${addAttribute(["freshness-note", meta.stale.stale && "is-stale"], "class:list")} data-freshness${addAttribute(duration(meta.pipeline.site.staleAfterMinutes), "data-schedule")}>${meta.stale.stale ? "Stale: the data was already out of date when this page was built." : `A fetch is expected at least every ${duration(meta.pipeline.site.staleAfterMinutes)}.`}</p> </aside> </div> <section aria-labelledby="by-dimension"> <h2 id="by-dimension">By service dimension</h2> <ul class="cards"> ${dimensions.map((d) => renderTemplate`<li class="card"> <h3><a${addAttribute(filterHref("dimension", d.id), "href")}>${capitalise(d.id)}</a></h3> <p class="muted small">${DIMENSION_HINT[d.id]}</p> <p class="stack" aria-hidden="true">${tally(d.list).map((x) => renderTemplate`<span${addAttribute(`stack-${x.status}`, "class")}${addAttribute(`flex:${x.n}`, "style")}></span>`)}</p> <ul class="tally">${tally(d.list).map((x) => renderTemplate`<li>${renderComponent($$result, "StatusBadge", $$StatusBadge, { "status": x.status })} <span class="tally-n">${x.n}</span></li>`)}</ul> </li>`)} </ul> </section> <section aria-labelledby="by-team"> <h2 id="by-team">By owning team</h2> <div class="table-scroll" tabindex="0" role="region" aria-label="Table of standards by owning team"> <table class="team-table"> <thead><tr><th scope="col">Team</th>${STATUS_ORDER.map((s) => renderTemplate`<th scope="col" class="num">${STATUS_LABEL[s]}</th>`)}<th scope="col" class="num">Total</th></tr></thead> <tbody> ${owners.map((t) => renderTemplate`<tr> <th scope="row"><a${addAttribute(href(`teams/${t.id}/`), "href")}>${teamNames[t.id] ?? t.id}</a></th> ${STATUS_ORDER.map((s) => {
		const n = t.list.filter((e) => e.status === s).length;
		return renderTemplate`<td${addAttribute(["num", n > 0 && (s === "breached" || s === "at-risk") && "strong"], "class:list")}>${n}</td>`;
	})} <td class="num">${t.list.length}</td> </tr>`)} </tbody> </table> </div> </section> ${meta.changes.length > 0 && renderTemplate`<section aria-labelledby="recent"> <h2 id="recent">Recently changed</h2> <ul class="plain-list"> ${meta.changes.slice(0, 5).map((c) => renderTemplate`<li><time${addAttribute(c.date, "datetime")}>${date(c.date)}</time> · ${c.kind === "Status" ? "Status" : c.kind} ${c.documents.slice(0, 3).map((d, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a${addAttribute(href(`${d.kind === "Standard" ? "standards" : d.kind === "SOP" ? "sops" : d.kind === "Policy" ? "policies" : "qa"}/${d.id}/`), "href")}>${d.title}</a>` })}`)}${c.documents.length > 3 && ` and ${c.documents.length - 3} more`}: ${c.what}</li>`)} </ul> <p><a${addAttribute(href("changes/"), "href")}>Everything that changed</a></p> </section>`}` })}`;
}, "/work/wt/safety/site/src/pages/index.astro", void 0);
var $$file = "/work/wt/safety/site/src/pages/index.astro";
var $$url = "/service-standards";
// \0virtual:astro:page:src/pages/index@_@astro
var page = () => pages_exports;
export { page };
