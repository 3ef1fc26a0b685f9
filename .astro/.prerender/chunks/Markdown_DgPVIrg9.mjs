import { F as createComponent, P as createAstro } from "./Page_CZW_yBCA.mjs";
import { E as unescapeHTML, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_fsqnYzC9.mjs";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
// scripts/publish/site-markdown.ts
/**
* Documents are rendered inside a page that already has its headings: the document's top heading level
* becomes `topLevel` (h2 under a page's h1, h4 inside an SOP step), and the rest keep their distance from it,
* so the page's heading order never skips a level whatever level the author started at.
*/
function placeHeadings(options = {}) {
	const topLevel = options.topLevel ?? 2;
	const headings = [];
	const collect = (node) => {
		if (node.type === "element" && node.tagName && /^h[1-6]$/.test(node.tagName)) headings.push(node);
		node.children?.forEach(collect);
	};
	return (tree) => {
		headings.length = 0;
		collect(tree);
		const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
		for (const h of headings) h.tagName = `h${Math.min(6, Number(h.tagName[1]) - top + topLevel)}`;
	};
}
var processors = /* @__PURE__ */ new Map();
function makeProcessor(topLevel) {
	return unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: false }).use(placeHeadings, { topLevel }).use(rehypeSanitize, defaultSchema).use(rehypeStringify).freeze();
}
/** `topLevel`: the heading level the document's own top headings get (default 2: under the page's h1). */
function renderMarkdown(markdown, topLevel = 2) {
	let processor = processors.get(topLevel);
	if (!processor) processors.set(topLevel, processor = makeProcessor(topLevel));
	return String(processor.processSync(markdown));
}
// site/src/components/Markdown.astro
createAstro("https://northwind.github.io");
var $$Markdown = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Markdown;
	const { source, class: className, headingLevel = 2 } = Astro.props;
	const html = source ? renderMarkdown(source, headingLevel) : "";
	return renderTemplate`${html && renderTemplate`${maybeRenderHead($$result)}<div${addAttribute(["prose", className], "class:list")}>${unescapeHTML(html)}</div>`}`;
}, "/work/wt/safety/site/src/components/Markdown.astro", void 0);
export { $$Markdown as t };
