// What GitHub would make of a review comment, checked with a real CommonMark + GFM parser (remark-parse with
// remark-gfm, i.e. micromark and its GFM extensions): every link, image, raw HTML tag and code span in the parsed
// tree, and every piece of shown text that GitHub's filters would turn into a notification, a reference or an
// emoji image after rendering (they read decoded text: `&#64;alice` becomes a mention there).

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';

export interface CommentInspection {
  /** URLs of links (written, autolinked, or from references). */
  links: string[];
  images: string[];
  /** Raw HTML tags that are not the comment's own structure. */
  tags: string[];
  /** Code spans and blocks whose content is not a plain id, file, place (`file:12:3`), handle or cursor. */
  code: string[];
  /** Footnotes and link definitions. */
  references: string[];
  /** Shown text GitHub's filters would act on: `@name`, `#12`, `GH-12`, commit SHAs, `:emoji:`, URLs. */
  filtered: string[];
  /** All shown text, decoded, in order (for "it is shown as text" checks). */
  text: string;
  /** `<details>` opened and closed in order, never closed before opened. */
  detailsBalanced: boolean;
}

/** The tags the renderer itself writes around untrusted text. */
const OWN_TAGS = new Set([
  '<!-- service-standards:review -->', '<details>', '<details open>', '</details>', '<summary>', '</summary>',
  '<b>', '</b>', '<code>', '</code>', '<ins>', '</ins>', '<del>', '</del>', '<br>',
]);

/**
 * What a code span may hold: GitHub acts on nothing inside code, and none of these characters can end the span,
 * split a table row or hide (the renderers' `PLAIN_CODE`, written out here on purpose).
 */
const PLAIN_CODE = /^@?[A-Za-z0-9][A-Za-z0-9._/:+=-]*$/;

const FILTERS: [string, RegExp][] = [
  ['mention', /[@\uFF20\uFE6B][A-Za-z0-9]/],
  ['reference', /#\d|\bGH-\d/i],
  ['commit', /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/i],
  ['emoji', /:[a-z0-9_+-]+:/i],
  ['url', /:\/\/|\bwww\.|mailto:(?!\u200B)/i],
];

function filtered(text: string): string[] {
  return FILTERS.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${name}: ${text.slice(0, 120)}`);
}

/** Decodes the only entities the renderer writes; any other entity is reported as unexpected. */
function decodeOwnEntities(text: string, unexpected: string[]): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, body: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    if (named[body] !== undefined) return named[body]!;
    unexpected.push(entity);
    return entity;
  });
}

export function inspectComment(markdown: string, isOwnLink: (url: string) => boolean = () => false): CommentInspection {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const result: CommentInspection = { links: [], images: [], tags: [], code: [], references: [], filtered: [], text: '', detailsBalanced: true };
  const shown: string[] = [];
  let openDetails = 0;
  const visit = (node: Nodes, inOwnLink: boolean): void => {
    switch (node.type) {
      case 'link':
        if (!isOwnLink(node.url)) result.links.push(node.url);
        for (const child of node.children) visit(child, isOwnLink(node.url));
        return;
      case 'linkReference':
      case 'definition':
      case 'footnoteReference':
      case 'footnoteDefinition':
        result.references.push(node.type);
        break;
      case 'image':
      case 'imageReference':
        result.images.push(node.type === 'image' ? node.url : node.identifier);
        return;
      case 'inlineCode':
      case 'code':
        if (!PLAIN_CODE.test(node.value)) result.code.push(node.value);
        return;
      case 'html': {
        // GitHub's filters leave <code> alone, as they leave code spans alone: its text is checked like a code span.
        let inCode = false;
        for (const part of node.value.split(/(<[^>]*>)/)) {
          if (part.startsWith('<')) {
            if (!OWN_TAGS.has(part)) result.tags.push(part);
            if (part.startsWith('<details')) openDetails++;
            if (part === '</details>' && --openDetails < 0) result.detailsBalanced = false;
            if (part === '<code>') inCode = true;
            if (part === '</code>') inCode = false;
          } else if (inCode) {
            if (!PLAIN_CODE.test(part)) result.code.push(part);
          } else if (part.trim()) {
            if (/[<>]/.test(part)) result.tags.push(part);
            const unexpected: string[] = [];
            const text = decodeOwnEntities(part, unexpected);
            result.tags.push(...unexpected);
            shown.push(text);
            result.filtered.push(...filtered(text));
          }
        }
        return;
      }
      case 'text':
        shown.push(node.value);
        if (!inOwnLink) result.filtered.push(...filtered(node.value));
        return;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, inOwnLink);
  };
  visit(tree, false);
  if (openDetails !== 0) result.detailsBalanced = false;
  result.text = shown.join(' ');
  return result;
}
