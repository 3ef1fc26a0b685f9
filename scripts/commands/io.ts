// What commands need from the outside world, injected so tests can run commands in-process.

import { isUtf8 } from 'node:buffer';
import { appendFile, stat } from 'node:fs/promises';
import { redactText, runCredentials } from '../model/credential-redaction.ts';
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
    process.stderr.write(`standards: unexpected error: ${redactText(String((error as Error)?.stack ?? error))}\n`);
    process.exit(EXIT.findings);
  });
  guardDirectWrites();
});

/** The file names that open this process's own stdout or stderr again (a new descriptor on the same pipe). */
const STANDARD_FILES = new Map<string, 1 | 2>([
  ['/dev/stdout', 1], ['/dev/fd/1', 1], ['/proc/self/fd/1', 1],
  ['/dev/stderr', 2], ['/dev/fd/2', 2], ['/proc/self/fd/2', 2],
]);

/**
 * Writes to descriptors 1 and 2 made past process.stdout and process.stderr (a library's `fs.writeSync(2, …)`,
 * `fs.writeFileSync('/dev/stderr', …)`, a write stream on fd 2, Node's `process._rawDebug`) go through those streams,
 * so through the guard above: redacted, and on stderr kept from being read as a command. Without this they reached
 * the runner as written. Each keeps its contract (the byte count returned, the callback called after the write).
 *
 * What this cannot reach, by design of a single process: a native module writing to fd 2 itself, and Node's own
 * last words when it dies (an error thrown inside the uncaughtException handler, a fatal V8 error), which C++ prints.
 * No native module loads in the CLI's process (tests/safety/direct-writes.test.ts checks it for a command); the site
 * build, whose bundler and compiler are native, runs in a child whose pipes pass this guard
 * (publish/astro-build-process.ts). A parent process holding fd 1 and 2 for the command would reach those too, at
 * the price of a second Node start on every run in Actions, and of a channel of its own for our annotations (the
 * child's stop token is not the parent's): a prototype parent that only copied the child's pipes through this guard
 * cost a one-file `validate` +40 ms CPU (perf stat task-clock of the tree, paired median of 15 alternated runs, 15/15
 * higher, load 5.4–5.8; the run itself ≈ 200 ms at that load, 90 ms idle). This routing costs +1.8 ms, 13/25 higher:
 * noise (same method, 25 runs, load 5.5–5.8).
 */
function guardDirectWrites(): void {
  const fs = process.getBuiltinModule('node:fs');
  const { syncBuiltinESMExports } = process.getBuiltinModule('node:module');
  const original = { writeSync: fs.writeSync, write: fs.write, writevSync: fs.writevSync, writev: fs.writev, writeFileSync: fs.writeFileSync, appendFileSync: fs.appendFileSync, writeFile: fs.writeFile, appendFile: fs.appendFile };
  const promises = { writeFile: fs.promises.writeFile, appendFile: fs.promises.appendFile };
  // A stream that writes to a file (stdout redirected to one) writes with fs.writeSync itself: that write is its own.
  let forwarding = false;
  const streamOf = (target: unknown): NodeJS.WriteStream | null => {
    if (forwarding) return null;
    const fd = typeof target === 'string' ? STANDARD_FILES.get(target) : target;
    return fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
  };
  const send = (stream: NodeJS.WriteStream, bytes: Uint8Array, done?: (error?: Error | null) => void): void => {
    forwarding = true;
    try {
      stream.write(bytes, done);
    } finally {
      forwarding = false;
    }
  };
  type Encoding = BufferEncoding | null | undefined;
  const encodingOf = (options: unknown): Encoding => (typeof options === 'string' ? options as BufferEncoding : (options as { encoding?: Encoding } | null | undefined)?.encoding);
  const dataBytes = (data: unknown, encoding: Encoding): Uint8Array => (typeof data === 'string'
    ? Buffer.from(data, encoding ?? 'utf8')
    : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(String(data), encoding ?? 'utf8'));
  /** The bytes `fs.write(Sync)` writes: a string (position, encoding), or a buffer's slice (offset and length, or options). */
  const writeBytes = (data: unknown, rest: unknown[]): Uint8Array => {
    if (typeof data === 'string') return Buffer.from(data, typeof rest[1] === 'string' ? rest[1] as BufferEncoding : 'utf8');
    const bytes = dataBytes(data, null);
    const options = rest[0] !== null && typeof rest[0] === 'object' ? rest[0] as { offset?: number; length?: number } : { offset: rest[0] as number | undefined, length: rest[1] as number | undefined };
    const offset = typeof options.offset === 'number' ? options.offset : 0;
    const length = typeof options.length === 'number' ? options.length : bytes.byteLength - offset;
    return bytes.subarray(offset, offset + length);
  };
  const callback = (rest: unknown[]) => rest.findLast((r) => typeof r === 'function') as ((...args: unknown[]) => void) | undefined;
  const withoutCallback = (rest: unknown[]) => rest.filter((r) => typeof r !== 'function');
  const guarded = {
    writeSync(fd: unknown, data: unknown, ...rest: unknown[]) {
      const stream = streamOf(fd);
      if (!stream) return (original.writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
      const bytes = writeBytes(data, rest);
      send(stream, bytes);
      return bytes.byteLength;
    },
    write(fd: unknown, data: unknown, ...rest: unknown[]) {
      const stream = streamOf(fd);
      if (!stream) return (original.write as (...a: unknown[]) => void)(fd, data, ...rest);
      const bytes = writeBytes(data, withoutCallback(rest));
      const done = callback(rest);
      send(stream, bytes, (error) => done?.(error ?? null, bytes.byteLength, data));
    },
    writevSync(fd: unknown, buffers: readonly ArrayBufferView[], ...rest: unknown[]) {
      const stream = streamOf(fd);
      if (!stream) return (original.writevSync as (...a: unknown[]) => number)(fd, buffers, ...rest);
      const bytes = Buffer.concat(buffers.map((b) => dataBytes(b, null)));
      send(stream, bytes);
      return bytes.byteLength;
    },
    writev(fd: unknown, buffers: readonly ArrayBufferView[], ...rest: unknown[]) {
      const stream = streamOf(fd);
      if (!stream) return (original.writev as (...a: unknown[]) => void)(fd, buffers, ...rest);
      const bytes = Buffer.concat(buffers.map((b) => dataBytes(b, null)));
      const done = callback(rest);
      send(stream, bytes, (error) => done?.(error ?? null, bytes.byteLength, buffers));
    },
    writeFileSync(file: unknown, data: unknown, options?: unknown) {
      const stream = streamOf(file);
      if (!stream) return (original.writeFileSync as (...a: unknown[]) => void)(file, data, options);
      send(stream, dataBytes(data, encodingOf(options)));
    },
    appendFileSync(file: unknown, data: unknown, options?: unknown) {
      const stream = streamOf(file);
      if (!stream) return (original.appendFileSync as (...a: unknown[]) => void)(file, data, options);
      send(stream, dataBytes(data, encodingOf(options)));
    },
    writeFile(file: unknown, data: unknown, ...rest: unknown[]) {
      const stream = streamOf(file);
      if (!stream) return (original.writeFile as (...a: unknown[]) => void)(file, data, ...rest);
      const done = callback(rest);
      send(stream, dataBytes(data, encodingOf(withoutCallback(rest)[0])), (error) => done?.(error ?? null));
    },
    appendFile(file: unknown, data: unknown, ...rest: unknown[]) {
      const stream = streamOf(file);
      if (!stream) return (original.appendFile as (...a: unknown[]) => void)(file, data, ...rest);
      const done = callback(rest);
      send(stream, dataBytes(data, encodingOf(withoutCallback(rest)[0])), (error) => done?.(error ?? null));
    },
  };
  Object.assign(fs, guarded);
  const promiseOf = (name: 'writeFile' | 'appendFile') => (file: unknown, data: unknown, options?: unknown) => {
    const stream = streamOf(file);
    if (!stream) return (promises[name] as (...a: unknown[]) => Promise<void>)(file, data, options);
    return new Promise<void>((resolve, reject) => send(stream, dataBytes(data, encodingOf(options)), (error) => (error ? reject(error) : resolve())));
  };
  fs.promises.writeFile = promiseOf('writeFile') as typeof fs.promises.writeFile;
  fs.promises.appendFile = promiseOf('appendFile') as typeof fs.promises.appendFile;
  // Node's own debug line (and a library's that calls it) goes straight to fd 2.
  (process as unknown as { _rawDebug: (...args: unknown[]) => void })._rawDebug = (...args: unknown[]) => {
    const { format } = process.getBuiltinModule('node:util');
    send(process.stderr, Buffer.from(`${format(...args)}\n`, 'utf8'));
  };
  // `import { writeSync } from 'node:fs'` binds the export, not the property: brought up to date here.
  syncBuiltinESMExports();
}

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
