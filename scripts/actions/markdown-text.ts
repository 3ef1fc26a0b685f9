// Text from documents and tickets inside an issue body or comment (GitHub-flavoured Markdown). A title, an id
// or a ticket field must read as the same characters and do nothing else: no emphasis, link, image, HTML,
// code span, heading, table break, @mention (which would notify someone) or #123 reference (which would
// link another issue).

/** Escapes one line of untrusted text for GitHub Markdown; line breaks become spaces. */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~"=:]/g, (c) => `\\${c}`)
    // GitHub resolves mentions and references in the source text: an entity is shown as the character but
    // is not a mention.
    .replace(/@/g, '&#64;');
}

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
