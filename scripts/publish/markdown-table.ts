// Text from documents and tickets inside a GitHub-flavoured Markdown table cell (job summaries).

/** Escapes the cell separator, folds line breaks and neutralises HTML so a value cannot break the table. */
export function markdownTableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}
