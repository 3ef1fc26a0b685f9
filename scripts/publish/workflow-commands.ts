// GitHub Actions reads any output line that starts with `::` (or holds the older `##[`) as a workflow command, on
// stdout and on stderr. File names, ids and CSV values we print can contain a newline followed by
// `::error::`, `::add-mask::` or `::stop-commands::`. Two guards: every line we print is neutralised, and the whole
// run sits inside `::stop-commands::<random token>`, so even text printed by libraries (Astro's warnings) stays
// text. Our own annotations are let through on purpose, between a resume and a new stop.

import { randomUUID } from 'node:crypto';

// A zero-width space is not whitespace to the runner's trim, so `\u200B::error::` is no command; it prints
// the same. The runner (actions/runner ActionCommand.cs) reads a line as a command two ways: `::` first after
// .NET's TrimStart, whose white space includes U+0085 (NEXT LINE), which JavaScript's \s does not; and the older
// `##[command]` anywhere in the line (`IndexOf("##[")`), so that one is broken up wherever it stands.
const COMMAND_START = /^([\s\u0085]*)::/gm;
const OLD_COMMAND = /##\[/g;

export function neutraliseWorkflowCommands(text: string): string {
  return text.replace(COMMAND_START, '$1\u200B::').replace(OLD_COMMAND, '##\u200B[');
}

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
