// GitHub Actions reads any output line that starts with `::` (or the older `##[`) as a workflow command, on
// stdout and on stderr. File names, ids and CSV values we print can contain a newline followed by
// `::error::`, `::add-mask::` or `::stop-commands::`. Two guards: every line we print is neutralised, and the whole
// run sits inside `::stop-commands::<random token>`, so even text printed by libraries (Astro's warnings) stays
// text. Our own annotations are let through on purpose, between a resume and a new stop.

import { randomUUID } from 'node:crypto';

// A zero-width space is not whitespace to the runner's trim, so `\u200B::error::` is no command; it prints
// the same.
const COMMAND_START = /^(\s*)(::|##\[)/gm;

export function neutraliseWorkflowCommands(text: string): string {
  return text.replace(COMMAND_START, '$1\u200B$2');
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
