// Links and hidden markers in issue bodies, on top of the one Markdown escape (publish/markdown-escape.ts) that
// keeps a title, an id or a ticket field as text: no emphasis, link, image, HTML, code span, @mention or #123.

import { markdownCode, markdownText } from '../publish/markdown-escape.ts';

export { markdownCode, markdownText };

/** A link whose text is untrusted; `url` must be ours (built from settings, not from documents or tickets). */
export function markdownLink(text: string, url: string | null): string {
  const label = markdownText(text);
  if (!url) return label;
  return `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** An HTML comment that cannot be closed early by the text inside it. */
export function hiddenComment(text: string): string {
  return `<!-- ${text.replace(/--/g, '- -').replace(/>/g, '&gt;')} -->`;
}
