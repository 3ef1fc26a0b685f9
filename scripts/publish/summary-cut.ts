// Where a job summary that does not fit in GitHub's 1 MiB a step is cut (commands/io.ts appendJobSummary), and what
// closes the Markdown left open there. A cut inside an open code fence or `<details>` left the note saying it was cut,
// and on GitHub's page everything after it, inside that block: the note hidden in a collapsed section or shown as
// code. The cut stays at a line's end (never inside a character, a table row or an escape) and is followed by what
// closes each block still open, so the note stands outside them all.
//
// Blocks are read as GitHub's Markdown (CommonMark) opens them: a fence is a line of at least three backticks or
// tildes after at most three spaces, closed by a line of the same character at least as long, with nothing else on
// it; `<details>` tags count outside fences. Untrusted text never opens either (publish/inert-markdown.ts escapes
// every backtick, tilde and `<`), so what is counted here is what our renderers wrote.

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const DETAILS_OPEN = /<details(?=[\s>])/gi;
const DETAILS_CLOSE = /<\/details\s*>/gi;

export interface MarkdownCut {
  /** Bytes of the text kept: it ends at a line's end (0: nothing kept). */
  end: number;
  /** What closes the blocks open at `end`, innermost first; written after the kept text. */
  closing: string;
}

interface OpenBlocks {
  fence: string | null;
  details: number;
}

function closingOf(open: OpenBlocks): string {
  return `${open.fence !== null ? `${open.fence}\n` : ''}${'\n</details>\n'.repeat(open.details)}`;
}

/** The longest start of `text` that ends at a line's end and fits in `room` bytes with what closes its open blocks. */
export function cutMarkdown(text: Buffer, room: number): MarkdownCut {
  const open: OpenBlocks = { fence: null, details: 0 };
  let best: MarkdownCut = { end: 0, closing: '' };
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf(0x0a, start);
    if (newline < 0 || newline + 1 > room) break;
    readLine(text.toString('utf8', start, newline).replace(/\r$/, ''), open);
    start = newline + 1;
    const closing = closingOf(open);
    if (start + Buffer.byteLength(closing) <= room) best = { end: start, closing };
  }
  return best;
}

function readLine(line: string, open: OpenBlocks): void {
  const fence = FENCE.exec(line);
  if (open.fence !== null) {
    // A closing fence: the opening's character, at least as many, nothing after but spaces.
    if (fence && fence[1]![0] === open.fence[0] && fence[1]!.length >= open.fence.length && fence[2]!.trim() === '') open.fence = null;
    return;
  }
  // A backtick fence's info string holds no backtick (CommonMark 4.5): "```a`" opens nothing.
  if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
    open.fence = fence[1]!;
    return;
  }
  const opened = line.match(DETAILS_OPEN)?.length ?? 0;
  const closed = line.match(DETAILS_CLOSE)?.length ?? 0;
  open.details = Math.max(0, open.details + opened - closed);
}
