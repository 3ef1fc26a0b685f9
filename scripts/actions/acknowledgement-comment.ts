// Which comments on a "Please read" issue acknowledge the SOP version: those with a line that is exactly `/ack`
// (spaces around it and any case allowed) in the comment's own words. Not `/ack-later` or `/acknowledged?`, not
// a line of a fenced or indented code block (someone showing how to acknowledge), not a block quote (someone
// quoting a colleague's `/ack`), not a list item. The comment is parsed as GitHub renders it (CommonMark + GFM,
// the parser the site uses), so a fence, a quote and its lazy continuation lines end where GitHub ends them.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

const parser = unified().use(remarkParse).use(remarkGfm);

export function isAcknowledgementComment(body: string): boolean {
  if (!/\/ack/i.test(body)) return false;
  const lines = body.split(/\r\n|\r|\n/);
  const tree = parser.parse(body);
  // Only paragraphs at the top level: the children of a block quote, a list or a code block are not at the top.
  return tree.children.some((block) => {
    if (block.type !== 'paragraph' || !block.position) return false;
    return lines.slice(block.position.start.line - 1, block.position.end.line).some((line) => line.trim().toLowerCase() === '/ack');
  });
}
