import { F as createComponent, P as createAstro, g as date } from "./Page_CZW_yBCA.mjs";
import { g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
// site/src/components/History.astro
createAstro("https://northwind.github.io");
var $$History = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$History;
	const { history, file } = Astro.props;
	const STEP_FIELD = {
		title: "title",
		instructions: "instructions",
		within: "timeline",
		role: "role"
	};
	const describe = (c) => {
		switch (c.kind) {
			case "step-added": return {
				tag: "added",
				text: `Step ${c.position} “${c.title}” added`
			};
			case "step-removed": return {
				tag: "removed",
				text: `Step “${c.title}” removed`
			};
			case "step-moved": return {
				tag: "moved",
				text: `Step “${c.title}” moved from position ${c.from} to ${c.to}`
			};
			case "step-changed": return {
				tag: "changed",
				text: `Step “${c.title}”: ${STEP_FIELD[c.field]} changed`
			};
			case "field-changed": return {
				tag: "changed",
				text: `${c.field === "owner" ? "Owner" : c.field} changed`
			};
		}
	};
	return renderTemplate`${history.length === 0 ? renderTemplate`${maybeRenderHead($$result)}<p class="muted">No change history: <code>${file}</code> is not committed to git yet (or the site was built outside a repository).</p>` : renderTemplate`<ol class="history"> ${history.map((h) => renderTemplate`<li> <p class="history-head"><time${addAttribute(h.date, "datetime")}>${date(h.date)}</time> <span class="history-subject">${h.subject}</span> <code class="muted">${h.commit.slice(0, 7)}</code>${h.version !== null && renderTemplate`<span class="tag">v${h.version}</span>`}</p> ${h.created && renderTemplate`<p class="muted small">First version.</p>`} ${h.fields.length > 0 && renderTemplate`<ul class="changes"> ${h.fields.map((f) => renderTemplate`<li><span class="tag tag-changed">changed</span> <strong>${f.field}</strong>: ${f.before === null ? renderTemplate`<em>none</em>` : renderTemplate`<del>${f.before}</del>`} → ${f.after === null ? renderTemplate`<em>removed</em>` : renderTemplate`<ins>${f.after}</ins>`}</li>`)} </ul>`} ${h.sop && h.sop.length > 0 && renderTemplate`<ul class="changes"> ${h.sop.map((c) => {
		const d = describe(c);
		return renderTemplate`<li> <span${addAttribute(`tag tag-${d.tag}`, "class")}>${d.tag}</span> ${d.text} ${"text" in c && c.text ? renderTemplate`<p class="diff">${c.text.parts.map((p) => p.change === "added" ? renderTemplate`<ins>${p.text}</ins>` : p.change === "removed" ? renderTemplate`<del>${p.text}</del>` : renderTemplate`<span>${p.text}</span>`)}</p>` : "before" in c && (c.before !== null || c.after !== null) && renderTemplate`<p class="diff">${c.before !== null ? renderTemplate`<del>${c.before}</del>` : renderTemplate`<em>none</em>`} → ${c.after !== null ? renderTemplate`<ins>${c.after}</ins>` : renderTemplate`<em>none</em>`}</p>`} </li>`;
	})} </ul>`} ${h.sop && h.sop.length === 0 && !h.created && renderTemplate`<p class="muted small">Only the version or changelog changed.</p>`} </li>`)} </ol>`}`;
}, "/work/wt/safety/site/src/components/History.astro", void 0);
export { $$History as t };
