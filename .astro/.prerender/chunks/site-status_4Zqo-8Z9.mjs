// scripts/model/credential-redaction.ts
var REDACTED = "[redacted]";
/** Shorter values are not registered: redacting every 3-letter word would destroy messages and protect nothing. */
var MIN_SECRET_LENGTH = 6;
/** Fragment length: any run this long of a token-like form is treated as the token. */
var FRAGMENT = 8;
/** A credential value as it travels: the value, URL-encoded (both flavours) and JSON-escaped. */
function formsOf(value) {
	return [.../* @__PURE__ */ new Set([
		value,
		encodeURIComponent(value),
		new URLSearchParams({ v: value }).toString().slice(2),
		JSON.stringify(value).slice(1, -1)
	])];
}
/** An e-mail address is matched whole: its fragments (`acme.com`) are ordinary text elsewhere. */
function isIdentity(value) {
	return /^[^\s@]+@[^\s@]+$/.test(value);
}
var CredentialRegistry = class {
	/** Every form of every value, longest first. */
	#forms = [];
	#fragments = /* @__PURE__ */ new Set();
	#values = /* @__PURE__ */ new Set();
	/** Whether any credential has been read: until then redaction costs nothing. */
	get active() {
		return this.#forms.length > 0;
	}
	/** Registers a credential value and the forms it travels in. */
	register(value) {
		const v = value.trim();
		if (v.length < MIN_SECRET_LENGTH || this.#values.has(v)) return;
		this.#values.add(v);
		const forms = formsOf(v);
		this.#forms = [.../* @__PURE__ */ new Set([...this.#forms, ...forms])].sort((a, b) => b.length - a.length);
		if (isIdentity(v)) return;
		for (const form of forms) for (let i = 0; i + FRAGMENT <= form.length; i++) this.#fragments.add(form.slice(i, i + FRAGMENT));
	}
	/** `Basic base64(user:password)` for an Authorization header, with the user, the password and the payload registered. */
	basicAuthorization(user, password) {
		const payload = Buffer.from(`${user}:${password}`, "utf8").toString("base64");
		this.register(user);
		this.register(password);
		this.register(payload);
		return `Basic ${payload}`;
	}
	/** Text for a message, a log line, a summary or an annotation, with every credential form replaced. */
	redactText(text) {
		if (!this.active || text.length === 0) return text;
		const { view, from, to } = unescapedView(text);
		const marks = [];
		for (const form of this.#forms) for (let at = view.indexOf(form); at >= 0; at = view.indexOf(form, at + 1)) marks.push([at, at + form.length]);
		if (this.#fragments.size > 0) {
			for (let i = 0; i + FRAGMENT <= view.length; i++) if (this.#fragments.has(view.slice(i, i + FRAGMENT))) marks.push([i, i + FRAGMENT]);
		}
		if (marks.length === 0) return text;
		const ranges = marks.map(([a, b]) => [from[a], to[b - 1]]).sort((x, y) => x[0] - y[0]);
		const merged = [];
		for (const [a, b] of ranges) {
			const last = merged[merged.length - 1];
			if (last && a <= last[1]) last[1] = Math.max(last[1], b);
			else merged.push([a, b]);
		}
		let out = "";
		let at = 0;
		for (const [a, b] of merged) {
			out += text.slice(at, a) + REDACTED;
			at = b;
		}
		return out + text.slice(at);
	}
	/** Text for a file under the store or the report: whole forms replaced (fast: a file holds only whole values). */
	redactStoredText(text) {
		if (!this.active) return text;
		let out = text;
		for (const form of this.#forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
		return out;
	}
};
var ENTITIES = {
	"&amp;": "&",
	"&lt;": "<",
	"&gt;": ">",
	"&quot;": "\"",
	"&#39;": "'",
	"&#8203;": ""
};
var ESCAPE = /\\(?=[!-/:-@[-`{-~])|&(?:amp|lt|gt|quot|#39|#8203);|\u200B|%25/g;
/**
* The text with the escapes our renderers add undone, and for each character of the view where it starts and
* ends in the original (`from[j]`, `to[j]` exclusive).
*/
function unescapedView(text) {
	const from = [];
	const to = [];
	let view = "";
	let at = 0;
	const copy = (until) => {
		for (let i = at; i < until; i++) {
			view += text[i];
			from.push(i);
			to.push(i + 1);
		}
	};
	for (const match of text.matchAll(ESCAPE)) {
		copy(match.index);
		const unit = match[0];
		const end = match.index + unit.length;
		if (unit === "\\") {
			view += text[end];
			from.push(match.index);
			to.push(end + 1);
			at = end + 1;
			continue;
		}
		const replacement = unit === "%25" ? "%" : unit === "​" ? "" : ENTITIES[unit];
		for (const c of replacement) {
			view += c;
			from.push(match.index);
			to.push(end);
		}
		at = end;
	}
	copy(text.length);
	return {
		view,
		from,
		to
	};
}
new CredentialRegistry();
// scripts/store/status-log.ts
/** One standard's entries, oldest first. */
function entriesOf(log, standard) {
	return log.filter((e) => e.standard === standard).sort((a, b) => a.date.localeCompare(b.date));
}
/** The status of a standard's last logged day, and since when it has held. */
function currentSpell(log, standard) {
	const entries = entriesOf(log, standard);
	const last = entries.at(-1);
	if (!last) return null;
	let i = entries.length - 1;
	while (i > 0 && entries[i - 1].status === last.status) i -= 1;
	return {
		status: last.status,
		since: entries[i].date,
		days: entries.length - i,
		sinceLogStart: i === 0
	};
}
// scripts/publish/site-status.ts
/** Window value now against 7 days earlier in the daily series, judged by the goal's direction. */
function directionOverWeek(result, days = 7) {
	const series = result.series;
	const last = series.at(-1);
	if (!last || last.windowValue === null) return null;
	const target = (/* @__PURE__ */ new Date(Date.parse(`${last.date}T00:00:00Z`) - days * 864e5)).toISOString().slice(0, 10);
	const earlier = series.find((d) => d.date === target);
	if (!earlier || earlier.windowValue === null) return null;
	const epsilon = result.metric === "nps" ? .5 : .005;
	const delta = (last.windowValue - earlier.windowValue) * (result.goal.direction === "min" ? 1 : -1);
	return {
		direction: delta > epsilon ? "better" : delta < -epsilon ? "worse" : "unchanged",
		now: last.windowValue,
		before: earlier.windowValue,
		beforeDate: earlier.date
	};
}
/** One cell per day for the last `days` days ending `today`; null where no night was logged. */
function statusStrip(log, standard, today, days = 90) {
	const byDate = new Map(entriesOf(log, standard).map((e) => [e.date, e.status]));
	const end = Date.parse(`${today}T00:00:00Z`);
	return Array.from({ length: days }, (_, i) => {
		const date = (/* @__PURE__ */ new Date(end - (days - 1 - i) * 864e5)).toISOString().slice(0, 10);
		return {
			date,
			status: byDate.get(date) ?? null
		};
	});
}
function statusSince(log, standard, today) {
	return currentSpell(log.filter((e) => e.date <= today), standard);
}
/** Metrics measured as a snapshot or a score: their error budget does not accumulate day by day. */
var NO_BURN_DOWN = /* @__PURE__ */ new Set([
	"backlog_age",
	"nps",
	"qa_score"
]);
/**
* The error budget over the current window: misses accumulated day by day (by the day the ticket was created)
* against what the objective allows over the window. For a minimum goal a miss is a ticket that did not meet
* it (count − met); for a maximum (reopen rate) it is a ticket that did the thing (met counts those).
*/
function burnDown(metric, result) {
	const budget = result.errorBudget;
	if (!budget || NO_BURN_DOWN.has(metric)) return null;
	const from = result.window.from.slice(0, 10);
	const to = result.window.to.slice(0, 10);
	const days = result.series.filter((d) => d.date >= from && d.date <= to);
	if (days.length < 2) return null;
	const daily = days.map((d) => result.goal.direction === "min" ? d.count - d.met : d.met);
	const surplus = daily.reduce((a, b) => a + b, 0) - budget.used;
	if (surplus > 0 && surplus <= daily[0]) daily[0] = daily[0] - surplus;
	let used = 0;
	let ranOut = null;
	const out = days.map((d, i) => {
		used += daily[i];
		const left = budget.allowed - used;
		if (left < 0 && ranOut === null) ranOut = d.date;
		return {
			date: d.date,
			used,
			left
		};
	});
	return {
		allowed: budget.allowed,
		days: out,
		ranOut
	};
}
/** The teams whose tickets a standard counts: its scope, or else the teams in the report's breakdown. */
function measuredTeams(definition, result) {
	if (definition.scope.team?.length) return [...definition.scope.team];
	return (result?.breakdown.team ?? []).filter((s) => s.count > 0 && s.key !== "(none)" && s.key !== "").map((s) => s.key);
}
export { statusStrip as a, statusSince as i, directionOverWeek as n, measuredTeams as r, burnDown as t };
