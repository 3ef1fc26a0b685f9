// The Astro build of the site, in a Node process of its own (site-build.ts runs it; this file is also the process's
// entry). Astro keeps work going after its `build` has returned or failed: a content loader that throws (a report
// edited by hand, cut short) fails the build while its content data store still has a save pending on a 500 ms timer
// (Astro 7.3: content/mutable-data-store.js, `#saveToDiskDebounced`; only a completed sync flushes it), and that save
// writes into the build's cache folder. In the process of `standards site` the timer fired after the build had removed
// the folder, and Node crashed with Astro's UnknownFilesystemError after our message. A process of its own ends with
// its build: whatever Astro left running goes with it, before anything is removed. A build that fails sends its error
// (each message and file-system error of its cause chain) over the IPC channel and exits; so does one whose parent
// goes away (the channel closes), so a build is never left writing into folders nobody will sweep.
//
// The process is given its working folder (where Astro puts its prerender bundle: site-build.ts) and its environment
// (the content loader's input file); an aborted `signal` (the run stopped) ends it.

import { spawn } from 'node:child_process';
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type { AstroBuildConfig, AstroBuildPlace } from './site-build.ts';

/** One error of a cause chain, as it crosses the IPC channel: what buildFailure reads (message, file-system fields). */
interface SentError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  syscall?: string;
  path?: string;
  errno?: number;
}

type Outcome = { ok: true } | { ok: false; chain: SentError[] };

const MAX_CAUSES = 8;

function sentChain(error: unknown): SentError[] {
  const chain: SentError[] = [];
  for (let e: unknown = error; chain.length < MAX_CAUSES && e !== undefined && e !== null; e = e instanceof Error ? e.cause : undefined) {
    if (!(e instanceof Error)) {
      chain.push({ name: 'Error', message: String(e) });
      break;
    }
    const { code, syscall, path, errno } = e as NodeJS.ErrnoException;
    chain.push({
      name: e.name, message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}),
      ...(typeof code === 'string' ? { code } : {}), ...(typeof syscall === 'string' ? { syscall } : {}),
      ...(typeof path === 'string' ? { path } : {}), ...(typeof errno === 'number' ? { errno } : {}),
    });
  }
  return chain;
}

/** The error the build's process sent, rebuilt with its causes (so a full disk is still named: site-build.ts `buildFailure`). */
function receivedError(chain: readonly SentError[]): Error {
  let error: Error | undefined;
  for (const sent of [...chain].reverse()) {
    const { name, message, stack, ...fields } = sent;
    const made: Error = Object.assign(new Error(message, error ? { cause: error } : undefined), fields);
    made.name = name;
    if (stack !== undefined) made.stack = stack;
    error = made;
  }
  return error ?? new Error('the Astro build failed and said nothing more');
}

const ENTRY = fileURLToPath(import.meta.url);

/** The longest line of the build's output held whole (characters): the output guard's own bound (commands/io.ts). */
const LONG_LINE = 1 << 16;

/**
 * Copies what the build's process prints to `to` in whole lines, its characters whole. A pipe hands its bytes over in
 * chunks cut anywhere: when this process's output guard (commands/io.ts: redaction, and in GitHub Actions the
 * workflow-command neutraliser) read each write on its own, a line `::error::…` cut after its first `:` reached the
 * runner as a command. The guard now reads lines too; whole lines here also keep a line of the build's from being
 * joined to one this process writes meanwhile. The last line is written when the stream ends, ended or not.
 */
export function relayLines(from: Readable, to: NodeJS.WritableStream): void {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  from.on('data', (chunk: Buffer) => {
    // Only the new text is searched for a line's end: a long line without one costs its length, not its square.
    const fresh = decoder.write(chunk);
    const end = fresh.lastIndexOf('\n') + 1;
    if (end > 0) {
      to.write(pending + fresh.slice(0, end));
      pending = fresh.slice(end);
    } else {
      pending += fresh;
    }
    // A line past LONG_LINE goes on in pieces: the guard holds an open line itself, with a bound of its own.
    if (pending.length >= LONG_LINE) {
      to.write(pending);
      pending = '';
    }
  });
  from.once('end', () => {
    const rest = pending + decoder.end();
    pending = '';
    if (rest !== '') to.write(rest);
  });
}

/**
 * Runs Astro's build of `config` in a new process (this Node, this file) in `place`; its output goes to this
 * process's stdout and stderr (and so through the CLI's redaction). Rejects with the build's own error, or with
 * `signal`'s reason when the run was stopped (the process is ended).
 */
export async function buildInOwnProcess(config: AstroBuildConfig, place: AstroBuildPlace, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const child = spawn(process.execPath, [ENTRY, JSON.stringify(config)], { cwd: place.cwd, env: place.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  relayLines(child.stdout!, process.stdout);
  relayLines(child.stderr!, process.stderr);
  let outcome: Outcome | null = null;
  child.on('message', (message: Outcome) => { outcome = message; });
  const stop = () => child.kill('SIGTERM');
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const ended = await new Promise<{ code: number | null; by: NodeJS.Signals | null }>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, by) => resolve({ code, by }));
    });
    signal?.throwIfAborted();
    const result = outcome as Outcome | null;
    if (result?.ok === true && ended.code === 0) return;
    if (result?.ok === false) throw receivedError(result.chain);
    throw new Error(`the Astro build's process ended ${ended.by ? `by ${ended.by}` : `with exit code ${ended.code}`} before it finished`);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

/** The process's side: build, say how it went, exit (Astro's timers and servers end here). */
async function buildAndExit(config: AstroBuildConfig): Promise<void> {
  // The caller gone (its channel closed): nobody would remove what the build writes, so stop writing it.
  process.once('disconnect', () => process.exit(1));
  let outcome: Outcome;
  try {
    const { build } = await import('astro');
    await build(config);
    outcome = { ok: true };
  } catch (error) {
    outcome = { ok: false, chain: sentChain(error) };
  }
  process.removeAllListeners('disconnect');
  process.send!(outcome, () => process.exit(outcome.ok ? 0 : 1));
}

if (import.meta.main) {
  // Astro and Vite are most of what the process loads: compiled once, read from Node's cache by the next build.
  enableCompileCache();
  await buildAndExit(JSON.parse(process.argv[2]!) as AstroBuildConfig);
}
