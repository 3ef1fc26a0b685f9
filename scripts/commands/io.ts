// What commands need from the outside world, injected so tests can run commands in-process.

import { isUtf8 } from 'node:buffer';
import { appendFile, stat } from 'node:fs/promises';
import { redactText, runCredentials } from '../model/credential-redaction.ts';
import { neutraliseWorkflowCommands, stopWorkflowCommands } from '../publish/workflow-commands.ts';

// node:util without an import: see cli.ts (an import of it costs every run ≈ 4 ms of start-up).
const { styleText } = process.getBuiltinModule('node:util');

export interface CommandIO {
  root: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal that shows colour (NO_COLOR and FORCE_COLOR honoured). */
  color: boolean;
  now: () => Date;
  /**
   * Trusted workflow commands (annotations) for GitHub Actions. Present only when running in Actions, where
   * everything else written to stdout and stderr is kept from being read as a command.
   */
  workflowCommands?: (lines: readonly string[]) => void;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}

const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

export const processIO = (function processIO(root = process.cwd()): CommandIO {
  const io: CommandIO = {
    root,
    stdout: (text) => process.stdout.write(line(text)),
    stderr: (text) => process.stderr.write(line(text)),
    env: process.env,
    color: process.stderr.isTTY === true && !process.env.NO_COLOR,
    now: () => new Date(),
  };
  if (process.env.GITHUB_ACTIONS !== 'true') return io;
  const gate = stopWorkflowCommands((command) => process.stdout.write(line(command)));
  process.once('exit', () => gate.release());
  return {
    ...io,
    stdout: (text) => process.stdout.write(line(neutraliseWorkflowCommands(text))),
    stderr: (text) => process.stderr.write(line(neutraliseWorkflowCommands(text))),
    workflowCommands: (lines) => gate.emit(lines),
  };
});

/**
 * The same IO with every credential the run has read left out of what it prints and annotates
 * (model/credential-redaction.ts). The CLI wraps every command's IO in it, so no command can forget.
 */
export const redactingIO = (function redactingIO(io: CommandIO): CommandIO {
  const annotate = io.workflowCommands;
  return {
    ...io,
    stdout: (text) => io.stdout(redactText(text)),
    stderr: (text) => io.stderr(redactText(text)),
    ...(annotate ? { workflowCommands: (lines: readonly string[]) => annotate(lines.map(redactText)) } : {}),
  };
});

/**
 * The most a step's summary file may hold: the runner uploads nothing of a larger one, and says only that it was too
 * large (actions/runner FileCommandManager.cs CreateStepSummaryCommand, AttachmentSizeLimit = 1024 * 1024 bytes).
 */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Appends to the job summary ($GITHUB_STEP_SUMMARY), when there is one, with every credential left out. What would
 * take the step's file past STEP_SUMMARY_LIMIT_BYTES is cut at the last whole line that fits, with a note saying so:
 * a validation with thousands of findings, or the review of a pull request that rewrites every SOP, keeps its first
 * megabyte instead of losing the whole summary.
 */
export async function appendJobSummary(io: CommandIO, text: string): Promise<void> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const bytes = Buffer.from(redactText(text), 'utf8');
  const written = (await stat(file).catch(() => null))?.size ?? 0;
  if (written + bytes.length <= STEP_SUMMARY_LIMIT_BYTES) {
    await appendFile(file, bytes);
    return;
  }
  const note = (left: number) => Buffer.from(`\n\n✂️ **Cut short**: ${left.toLocaleString('en-US')} more bytes of this summary did not fit in GitHub's 1 MiB for a step's summary (a larger one is not shown at all); the step's log has every line.\n`, 'utf8');
  const room = STEP_SUMMARY_LIMIT_BYTES - written - note(bytes.length).length;
  if (room <= 0) return;
  // A whole line, so a cut never splits a character, a table row or an escape.
  const end = bytes.lastIndexOf(0x0a, room - 1) + 1;
  await appendFile(file, Buffer.concat([bytes.subarray(0, end), note(bytes.length - end)]));
}

/**
 * Redacts everything this process writes to stdout and stderr, whoever writes it (a library's console.warn,
 * Node's warnings), and prints an uncaught error redacted instead of letting Node print it raw. For the CLI's
 * own process only: tests run commands in-process with their own IO.
 *
 * In GitHub Actions, stderr is also kept from holding a workflow command, whoever writes it. `::stop-commands::`
 * (processIO) is written to stdout, and the runner reads the two streams on two readers and handles what each
 * has read in batches, stderr's lines first: a line a library wrote to stderr before our last `::TOKEN::` can be
 * handled after it, when commands are obeyed again (actions/runner ProcessInvoker.cs `ProcessOutput`).
 */
export const redactProcessOutput = (function redactProcessOutput(): void {
  const inActions = process.env.GITHUB_ACTIONS === 'true';
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
    const neutralise = inActions && stream === process.stderr;
    // Bytes are read as text a whole character at a time: the start of one split across two writes (a child's
    // output piped through) waits for its end; bytes that are not UTF-8 are written as they came.
    let held: Buffer = Buffer.alloc(0);
    const flushHeld = () => {
      if (held.length > 0) write(held);
      held = Buffer.alloc(0);
    };
    process.once('exit', flushHeld);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (!runCredentials.active && !neutralise && held.length === 0) return write(chunk, ...rest);
      const encoding = typeof rest[0] === 'string' ? rest[0] : null;
      const after = encoding === null ? rest : rest.slice(1);
      // A string in another encoding (hex, base64) is not text to search.
      if (typeof chunk === 'string' && encoding !== null && !/^utf-?8$/i.test(encoding)) {
        flushHeld();
        return write(chunk, ...rest);
      }
      let text: string;
      if (typeof chunk === 'string') {
        flushHeld();
        text = chunk;
      } else {
        const bytes = Buffer.concat([held, chunk]);
        const whole = wholeCharacters(bytes);
        held = bytes.subarray(whole);
        if (!isUtf8(bytes.subarray(0, whole))) {
          held = Buffer.alloc(0);
          return write(bytes, ...after);
        }
        text = bytes.subarray(0, whole).toString('utf8');
      }
      const redacted = runCredentials.active ? redactText(text) : text;
      return write(neutralise ? neutraliseWorkflowCommands(redacted) : redacted, 'utf8', ...after);
    }) as typeof stream.write;
  }
  process.on('uncaughtException', (error) => {
    process.stderr.write(`standards: unexpected error: ${redactText(String((error as Error)?.stack ?? error))}\n`);
    process.exit(EXIT.findings);
  });
});

/** How many of `bytes` end on a whole UTF-8 character: all but an incomplete sequence at the end. */
function wholeCharacters(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

export const paint = (function paint(io: CommandIO, style: Parameters<typeof styleText>[0], text: string): string {
  return io.color ? styleText(style, text, { validateStream: false }) : text;
});
