// GitHub Actions reads any output line that starts with `::` (or holds the older `##[`) as a workflow command, on
// stdout and on stderr. File names, ids and CSV values we print can contain a newline followed by
// `::error::`, `::add-mask::` or `::stop-commands::`. Two guards: every line we print is neutralised, and the whole
// run sits inside `::stop-commands::<random token>`, so even text printed by libraries (Astro's warnings) stays
// text. Our own annotations are let through on purpose, between a resume and a new stop.

import { randomUUID } from 'node:crypto';

// The runner (actions/runner ActionCommand.cs) reads a line as a command two ways: `::` first after .NET's
// TrimStart, whose white space includes U+0085 (NEXT LINE), which JavaScript's \s does not; and the older
// `##[command]` anywhere in the line (`IndexOf("##[")`). Both `StartsWith` and `IndexOf` there are .NET's
// culture-sensitive ones, which on Linux runners compare with ICU's collation: a character ICU gives no weight
// (U+200B ZERO WIDTH SPACE, U+00AD, most format and control characters, many combining marks) is skipped, so
// `\u200B::error::` and `#\u200B#[error]` are commands there. Such characters may stand anywhere in the prefix
// here, and what breaks a command up is U+2800 BRAILLE PATTERN BLANK: blank on screen, not white space to
// TrimStart, and a symbol with a weight of its own to ICU.
const IGNORED = String.raw`[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{M}\u0640\u07FA\u180A\u1CD3\uFE73]`;
const COMMAND_START = new RegExp(String.raw`^((?:[\s\u0085]|${IGNORED})*):(${IGNORED}*):`, 'gmu');
const OLD_COMMAND = new RegExp(String.raw`#(${IGNORED}*)#(${IGNORED}*)\[`, 'gu');
const BREAK = '\u2800';

export function neutraliseWorkflowCommands(text: string): string {
  return text.replace(COMMAND_START, `$1${BREAK}:$2:`).replace(OLD_COMMAND, `#$1#$2${BREAK}[`);
}

/** What breaks a command up wherever it stands in one (see above). */
export const COMMAND_BREAK = BREAK;

const COMMAND_OPENING = new RegExp(String.raw`^(?:[#:\s\u0085]|${IGNORED})$`, 'u');

/**
 * Where the run of characters that can be part of a command's opening (white space, `:`, `#`, characters ICU
 * ignores) ending at `end` of `text` starts: text written in two parts cut there has no command across the cut, since
 * any part of `::` or `##[` before it would be in that run. 0 when the whole of text up to `end` is such a run.
 */
export const commandOpeningRunStart = (function commandOpeningRunStart(text: string, end: number): number {
  let at = end;
  while (at > 0) {
    const pair = at > 1 && /[\uDC00-\uDFFF]/.test(text.charAt(at - 1)) && /[\uD800-\uDBFF]/.test(text.charAt(at - 2));
    const character = text.slice(pair ? at - 2 : at - 1, at);
    if (!COMMAND_OPENING.test(character)) break;
    at -= character.length;
  }
  return at;
});

export interface WorkflowCommandGate {
  /** Writes trusted workflow commands (already escaped, e.g. annotations) so that the runner obeys them. */
  emit(lines: readonly string[]): void;
  /** Lets commands through again (at the end of the run, so later steps are not affected). */
  release(): void;
}

/** Starts ignoring workflow commands in this step's output until `release`, except those passed to `emit`. */
export function stopWorkflowCommands(write: (line: string) => void, token: () => string = randomUUID): WorkflowCommandGate {
  let current: string | null = token();
  write(`::stop-commands::${current}`);
  return {
    emit(lines) {
      if (current !== null) write(`::${current}::`);
      for (const line of lines) write(line);
      current = token();
      write(`::stop-commands::${current}`);
    },
    release() {
      if (current !== null) write(`::${current}::`);
      current = null;
    },
  };
}
