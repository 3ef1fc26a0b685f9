// The one way Markdown from documents becomes HTML on the site. Raw HTML is dropped by remark-rehype and
// rehype-sanitize (GitHub's schema) removes what is left: event handlers, `javascript:` and other unsafe URLs.
// Only the output of this function may reach `set:html`.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

interface HastNode { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HastNode[] }

/**
 * Documents are rendered inside a page that already has its headings: the document's top heading level
 * becomes `topLevel` (h2 under a page's h1, h4 inside an SOP step), and the rest keep their distance from it,
 * so the page's heading order never skips a level whatever level the author started at.
 */
function placeHeadings(options: { topLevel?: number } = {}) {
  const topLevel = options.topLevel ?? 2;
  const headings: HastNode[] = [];
  const collect = (node: HastNode) => {
    if (node.type === 'element' && node.tagName && /^h[1-6]$/.test(node.tagName)) headings.push(node);
    node.children?.forEach(collect);
  };
  return (tree: HastNode) => {
    headings.length = 0;
    collect(tree);
    const top = Math.min(...headings.map((h) => Number(h.tagName![1])));
    for (const h of headings) h.tagName = `h${Math.min(6, Number(h.tagName![1]) - top + topLevel)}`;
  };
}

function textOf(node: HastNode): string {
  return node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(textOf).join('');
}

/**
 * Every table goes into a scroll region of its own (focusable, named after its column headings), so a wide
 * table scrolls instead of widening the page on a phone. Runs after sanitising: the wrapper is ours.
 */
function scrollTables() {
  const wrap = (node: HastNode) => {
    node.children = node.children?.map((child) => {
      if (child.type !== 'element' || child.tagName !== 'table') {
        wrap(child);
        return child;
      }
      const headings = textOf({ type: 'root', children: (child.children ?? []).filter((c) => c.tagName === 'thead') }).replace(/\s+/g, ' ').trim();
      const label = headings ? `Table: ${headings.length > 80 ? `${headings.slice(0, 79)}…` : headings}` : 'Table';
      return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: label }, children: [child] };
    });
  };
  return (tree: HastNode) => wrap(tree);
}

const processors = new Map<number, ReturnType<typeof makeProcessor>>();

function makeProcessor(topLevel: number) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(placeHeadings, { topLevel })
    .use(rehypeSanitize, defaultSchema)
    .use(scrollTables)
    .use(rehypeStringify)
    .freeze();
}

/** `topLevel`: the heading level the document's own top headings get (default 2: under the page's h1). */
export function renderMarkdown(markdown: string, topLevel = 2): string {
  let processor = processors.get(topLevel);
  if (!processor) processors.set(topLevel, (processor = makeProcessor(topLevel)));
  return String(processor.processSync(markdown));
}

/** Markdown reduced to plain text for summaries and meta descriptions (no HTML at all). */
export function markdownToPlainText(markdown: string): string {
  return renderMarkdown(markdown)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
