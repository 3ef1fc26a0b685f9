// The one way Markdown from documents becomes HTML on the site. Raw HTML is dropped by remark-rehype and
// rehype-sanitize (GitHub's schema) removes what is left: event handlers, `javascript:` and other unsafe URLs.
// Only the output of this function may reach `set:html`.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

interface HastNode { type: string; tagName?: string; children?: HastNode[] }

/** Documents are rendered inside a page that already has its h1: shift their headings one level down. */
function demoteHeadings() {
  const walk = (node: HastNode) => {
    if (node.type === 'element' && node.tagName && /^h[1-5]$/.test(node.tagName)) {
      node.tagName = `h${Number(node.tagName[1]) + 1}`;
    }
    node.children?.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(demoteHeadings)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): string {
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
