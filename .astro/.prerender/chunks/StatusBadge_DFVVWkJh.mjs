import { F as createComponent, P as createAstro, d as STATUS_HINT, f as STATUS_LABEL } from "./Page_CZW_yBCA.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_fsqnYzC9.mjs";
// site/src/components/StatusBadge.astro
createAstro("https://northwind.github.io");
var $$StatusBadge = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StatusBadge;
	const { status, size = "small" } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<span${addAttribute([
		"status",
		`status-${status}`,
		size === "large" && "status-large"
	], "class:list")}${addAttribute(STATUS_HINT[status], "title")}> <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false"> ${status === "met" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<circle cx="8" cy="8" r="7" fill="currentColor"></circle><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="var(--on-status)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"></path>` })}`} ${status === "at-risk" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<path d="M8 1.2l7 13H1z" fill="currentColor"></path><path d="M8 5.6v4.2" stroke="var(--on-status)" stroke-width="1.8" stroke-linecap="round"></path><circle cx="8" cy="12" r="1" fill="var(--on-status)"></circle>` })}`} ${status === "breached" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor"></path><path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="var(--on-status)" stroke-width="1.8" stroke-linecap="round"></path>` })}`} ${status === "no-data" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 1.8"></circle><path d="M5 8h6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>` })}`} </svg> <span>${STATUS_LABEL[status]}</span> </span>`;
}, "/work/wt/safety/site/src/components/StatusBadge.astro", void 0);
export { $$StatusBadge as t };
