// Links and hidden markers in issue bodies, on top of the one rendering of untrusted text (publish/inert-markdown.ts)
// that keeps a title, an id or a ticket field as text: no emphasis, link, image, HTML, code span, @mention or #123.

import { inertMarkdown } from '../publish/inert-markdown.ts';

/** A link whose text is untrusted; `url` must be ours (built from settings, not from documents or tickets). */
export function markdownLink(text: string, url: string | null): string {
  const label = inertMarkdown(text, 300);
  if (!url) return label;
  return `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** An HTML comment that cannot be closed early by the text inside it. */
export function hiddenComment(text: string): string {
  return `<!-- ${text.replace(/--/g, '- -').replace(/>/g, '&gt;')} -->`;
}
