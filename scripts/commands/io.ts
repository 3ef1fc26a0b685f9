// What commands need from the outside world, injected so tests can run commands in-process.

import { isUtf8 } from 'node:buffer';
import { appendFile, stat } from 'node:fs/promises';
import { redactText, runCredentials } from '../model/credential-redaction.ts';
import { keptLineBreakOrJoin, showHiddenCharacters } from '../model/hidden-characters.ts';
import { routeDirectWrites } from './direct-writes.ts';
import { COMMAND_BREAK, commandOpeningRunStart, neutraliseWorkflowCommands, stopWorkflowCommands, type WorkflowCommandGate } from '../publish/workflow-commands.ts';

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
  // The process's own stop when the entry started it (guardProcessOutput), else one of this IO's.
  const gate = processGate ?? stopStdoutCommands();
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
 * take the step's file past STEP_SUMMARY_LIMIT_BYTES is cut at the last whole line that fits with what closes the
 * blocks open there (publish/summary-cut.ts), with a note saying so:
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
  // At a line's end, with a code fence or `<details>` open there closed, so the note is not inside it. Loaded
  // here: a cut summary is rare, and every command pays for what it imports.
  const { cutMarkdown } = await import('../publish/summary-cut.ts');
  const { end, closing } = cutMarkdown(bytes, room);
  await appendFile(file, Buffer.concat([bytes.subarray(0, end), Buffer.from(closing, 'utf8'), note(bytes.length - end)]));
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
 *
 * The runner reads lines, not writes: a command or a credential written in two pieces (`:` then `:error::…`, a token
 * cut in the middle) passed a guard that read each write on its own. So the guard reads whole lines (OutputLines).
 */
export const redactProcessOutput = (function redactProcessOutput(): void {
  const inActions = process.env.GITHUB_ACTIONS === 'true';
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
    const lines = outputLines({ redact: redactText, neutralise: inActions && stream === process.stderr });
    // A reader that went away (`standards … | head`) is not a failure of the run: its work goes on (a fetch or an
    // evaluate stopped at its next line of output would be a run killed), and what it prints after is dropped.
    let readerGone = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      readerGone = true;
    });
    // Whatever is held goes out as the process ends, a crash included (the handler below exits): nothing is lost.
    process.once('exit', () => {
      const rest = lines.end();
      if (rest !== '' && !readerGone) write(outputBytes(rest));
    });
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (readerGone) {
        const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        if (done) queueMicrotask(done);
        return true;
      }
      noteLineEnd(stream, chunk, rest[0]);
      if (!runCredentials.active && !lines.neutralises && lines.idle) return write(chunk, ...rest);
      const encoding = typeof rest[0] === 'string' ? rest[0] : null;
      // An unknown encoding: Node's own error, as without the guard.
      if (encoding !== null && !Buffer.isEncoding(encoding)) return write(chunk, ...rest);
      const after = encoding === null ? rest : rest.slice(1);
      // A string in another encoding (hex, base64) stands for its bytes: they are what the runner reads.
      const piece = typeof chunk === 'string' && encoding !== null && !/^utf-?8$/i.test(encoding) ? Buffer.from(chunk, encoding as BufferEncoding) : chunk;
      // Written even when empty: the caller's callback is called.
      return write(outputBytes(lines.push(piece)), ...after);
    }) as typeof stream.write;
  }
  process.on('uncaughtException', (error) => {
    // Escaped as the CLI's `failed:` line is (cli.ts): a stack's message may quote a value, a file name or a library's
    // words holding an ESC sequence or a bidi override; its line feeds stay, one frame a line.
    process.stderr.write(`standards: unexpected error: ${showHiddenCharacters(redactText(String((error as Error)?.stack ?? error)), keptLineBreakOrJoin)}\n`);
    process.exit(EXIT.findings);
  });
  routeDirectWrites();
});


/**
 * The CLI process's output guard, installed by the entry (scripts/standards.js) before it imports anything that could
 * print, a library's module included: everything redactProcessOutput does, and in GitHub Actions stdout's
 * `::stop-commands::` written at once, so that no line of stdout (where lines are not neutralised: the stop is their
 * guard) is read as a command, whatever a module prints as it loads. This module and what it imports are node:
 * built-ins and our own modules only, which print nothing as they load (tests/safety/entry-output-guard.test.ts).
 * Once per process: the CLI's run() calls it too, for `node scripts/cli.ts`.
 */
export const guardProcessOutput = (function guardProcessOutput(): void {
  if (processGuarded) return;
  processGuarded = true;
  redactProcessOutput();
  if (process.env.GITHUB_ACTIONS === 'true') processGate = stopStdoutCommands();
  // Until the CLI handles SIGTERM and SIGINT itself (cli.ts stopOnSignals, once its modules have loaded), Node's
  // default action would end the process with no 'exit' event: stdout's stop never released (the rest of the step's
  // output not read as commands) and the held end of a line lost. Exiting as the signal would (128 + its number)
  // goes through 'exit'. Only while no one else listens: the CLI's own handlers stop the run gracefully.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (process.listenerCount(signal) === 1) process.exit(code);
    });
  }
});

let processGuarded = false;
/** Stdout's stop, when guardProcessOutput started it: processIO takes it rather than stopping commands twice. */
let processGate: WorkflowCommandGate | null = null;

/** Stops workflow commands on stdout until the process exits. */
function stopStdoutCommands(): WorkflowCommandGate {
  // A command is one only at a line's start: after a line a library left open, `::stop-commands::` would be part of
  // it (and stdout's lines then unguarded), `::TOKEN::` too (commands left stopped, our annotations ignored).
  const gate = stopWorkflowCommands((command) => process.stdout.write(`${openLines.has(process.stdout) ? '\n' : ''}${line(command)}`));
  process.once('exit', () => gate.release());
  return gate;
}

/** Streams whose last write left a line open (redactProcessOutput sees every write): see processIO's stop and resume. */
const openLines = new WeakSet<NodeJS.WritableStream>();

/** Notes whether `chunk` (as the stream's write takes it) ends its line, for openLines; an empty chunk changes nothing. */
function noteLineEnd(stream: NodeJS.WritableStream, chunk: string | Uint8Array, encoding: unknown): void {
  const bytes = typeof chunk === 'string' && typeof encoding === 'string' && !/^utf-?8$/i.test(encoding) && Buffer.isEncoding(encoding) ? Buffer.from(chunk, encoding) : chunk;
  const last = typeof bytes === 'string' ? bytes.charCodeAt(bytes.length - 1) : bytes[bytes.byteLength - 1];
  if (last === undefined || Number.isNaN(last)) return;
  if (last === 0x0a || last === 0x0d) openLines.delete(stream);
  else openLines.add(stream);
}

/** The longest part of a line the guard holds back for its end: a longer one (a report printed on one line) is cut. */
export const HELD_LINE_LIMIT = 64 * 1024;
/**
 * What a cut keeps back of the line for its next part: a credential cut there is caught by any 8 of its characters
 * (model/credential-redaction.ts), so at most 7 of them can stand before the cut unseen, each inside an escape of at
 * most 7 characters (`&#8203;`).
 */
export const CUT_KEEPS = 256;

export interface OutputLines {
  /** The text of `chunk` that can be written now, guarded: every line ended, and the start of a line past the limit. */
  push(chunk: string | Uint8Array): string;
  /** Everything held, guarded (the process ends); later chunks are guarded each on its own. */
  end(): string;
  /** Nothing held: a write needs no guard when there is nothing to guard against. */
  readonly idle: boolean;
  readonly neutralises: boolean;
}

/**
 * The guard of one output stream, reading whole lines as the runner does (a line ends at `\n` or `\r`: .NET's
 * ReadLine). Bytes are read as UTF-8 a whole character at a time (a character split across two writes waits for its
 * end); a byte that is not UTF-8 is carried as a lone surrogate U+DC80–U+DCFF and written back as the same byte
 * (outputBytes), so the text around it is guarded and the bytes change only where a guard changes them.
 *
 * A line longer than HELD_LINE_LIMIT is written in parts: each cut keeps CUT_KEEPS characters back, moved further
 * back over characters that can begin a command (`#`, `:`, white space, characters ICU ignores), so no command spans
 * a cut; a line that is all such characters gets U+2800 at the cut, which breaks any command the next part could end.
 */
export const outputLines = (function outputLines(guard: { redact: (text: string) => string; neutralise: boolean }): OutputLines {
  let pending = '';
  let held: Buffer = Buffer.alloc(0);
  // The line's start was written by a cut: the rest is not at a line's start, where `::` would be a command.
  let continues = false;
  let ended = false;
  const takeHeldBytes = (): string => {
    if (held.length === 0) return '';
    const text = decodeKeepingBytes(held);
    held = Buffer.alloc(0);
    return text;
  };
  const neutralise = (text: string): string => {
    if (!guard.neutralise) return text;
    return continues ? neutraliseWorkflowCommands(`x${text}`).slice(1) : neutraliseWorkflowCommands(text);
  };
  const ready = (text: string): string => {
    const out = neutralise(guard.redact(text));
    continues = false;
    return out;
  };
  const cut = (): string => {
    const redacted = guard.redact(pending);
    let at = redacted.length - CUT_KEEPS;
    if (at <= 0) {
      pending = redacted;
      return '';
    }
    // Not inside a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(redacted.charAt(at - 1))) at--;
    const start = commandOpeningRunStart(redacted, at);
    const head = start > 0 ? redacted.slice(0, start) : `${redacted.slice(0, at)}${COMMAND_BREAK}`;
    pending = redacted.slice(start > 0 ? start : at);
    const out = neutralise(head);
    continues = true;
    return out;
  };
  return {
    push(chunk) {
      let text: string;
      if (typeof chunk === 'string') {
        text = takeHeldBytes() + chunk.toWellFormed();
      } else {
        const bytes = held.length > 0 ? Buffer.concat([held, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const whole = ended ? bytes.length : wholeCharacters(bytes);
        held = Buffer.from(bytes.subarray(whole));
        text = decodeKeepingBytes(bytes.subarray(0, whole));
      }
      if (ended) return ready(text);
      // Only the new text can hold the line's end.
      const last = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
      const end = last < 0 ? 0 : pending.length + last + 1;
      pending += text;
      let out = '';
      if (end > 0) {
        out = ready(pending.slice(0, end));
        pending = pending.slice(end);
      }
      while (pending.length > HELD_LINE_LIMIT) {
        const part = cut();
        if (part === '') break;
        out += part;
      }
      return out;
    },
    end() {
      ended = true;
      const rest = pending + takeHeldBytes();
      pending = '';
      return rest === '' ? '' : ready(rest);
    },
    get idle() {
      return pending === '' && held.length === 0 && !continues;
    },
    neutralises: guard.neutralise,
  };
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

/** A byte that is not part of a UTF-8 character, as Python's `surrogateescape` carries it: U+DC80–U+DCFF. */
const ESCAPED_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;
const HAS_ESCAPED_BYTE = new RegExp(ESCAPED_BYTE.source);

/** `bytes` as text, each byte that is not part of a UTF-8 character carried as a lone surrogate (outputBytes undoes it). */
const decodeKeepingBytes = (function decodeKeepingBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let text = '';
  let from = 0;
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length > 0 && at + length <= bytes.length && isUtf8(bytes.subarray(at, at + length))) {
      at += length;
      continue;
    }
    text += bytes.toString('utf8', from, at) + String.fromCharCode(0xdc00 + lead);
    from = ++at;
  }
  return text + bytes.toString('utf8', from);
});

/** What to write for guarded text: the text, or its bytes when it carries bytes that are not UTF-8 (decodeKeepingBytes). */
const outputBytes = (function outputBytes(text: string): string | Buffer {
  if (!HAS_ESCAPED_BYTE.test(text)) return text;
  const parts: Buffer[] = [];
  let at = 0;
  for (const match of text.matchAll(ESCAPED_BYTE)) {
    parts.push(Buffer.from(text.slice(at, match.index), 'utf8'), Buffer.of(match[0].charCodeAt(0) - 0xdc00));
    at = match.index + 1;
  }
  parts.push(Buffer.from(text.slice(at), 'utf8'));
  return Buffer.concat(parts);
});

export const paint = (function paint(io: CommandIO, style: Parameters<typeof styleText>[0], text: string): string {
  return io.color ? styleText(style, text, { validateStream: false }) : text;
});
