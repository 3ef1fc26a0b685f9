// Writes to descriptors 1 and 2 made past process.stdout and process.stderr, routed through those streams, where a
// process's output guard reads them (io.ts redactProcessOutput). Its own module, with no imports, because a worker
// thread installs it too: a thread has a `node:fs` of its own, and its process.stdout and process.stderr are Node's
// forwarding of the thread's output to the first thread's streams (store/changed-days-worker.js).

/** The file names that open this process's own stdout or stderr again (a new descriptor on the same pipe). */
const STANDARD_FILES = new Map<string, 1 | 2>([
  ['/dev/stdout', 1], ['/dev/fd/1', 1], ['/proc/self/fd/1', 1],
  ['/dev/stderr', 2], ['/dev/fd/2', 2], ['/proc/self/fd/2', 2],
]);

/**
 * Writes to descriptors 1 and 2 made past process.stdout and process.stderr (a library's `fs.writeSync(2, …)`,
 * `fs.writeFileSync('/dev/stderr', …)` or by any other name of the two, a descriptor or a write stream opened on one
 * or on fd 2, Node's `process._rawDebug`) go through those streams, so through the guard on them (io.ts
 * redactProcessOutput): redacted, and on stderr kept from being read as a command. Without this they reached the
 * runner as written. Each keeps its contract (the byte count returned, the callback called after the write). Not
 * routed: a FileHandle (fs.promises.open) on a name of the two, whose writes do not pass the `node:fs` functions.
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
export const routeDirectWrites = (function routeDirectWrites(): void {
  const fs = process.getBuiltinModule('node:fs');
  const { syncBuiltinESMExports } = process.getBuiltinModule('node:module');
  const original = { writeSync: fs.writeSync, write: fs.write, writevSync: fs.writevSync, writev: fs.writev, writeFileSync: fs.writeFileSync, appendFileSync: fs.appendFileSync, writeFile: fs.writeFile, appendFile: fs.appendFile, openSync: fs.openSync, open: fs.open, closeSync: fs.closeSync, close: fs.close };
  const promises = { writeFile: fs.promises.writeFile, appendFile: fs.promises.appendFile };
  // A stream that writes to a file (stdout redirected to one) writes with fs.writeSync itself: that write is its own.
  let forwarding = false;
  /**
   * Descriptors opened on a name of stdout or stderr (openSync('/dev/stderr'), a write stream on it): theirs. Each is
   * checked to be that file still before a write is routed: closed past fs.close (a closeSync a library took before
   * this ran), its number may be a data file's now, whose writes must not go to stderr.
   */
  const opened = new Map<number, 1 | 2>();
  const standardOfDescriptor = (fd: number): 1 | 2 | undefined => {
    const standard = opened.get(fd);
    if (standard === undefined) return undefined;
    if (sameFile(fd, standard)) return standard;
    opened.delete(fd);
    return undefined;
  };
  const sameFile = (fd: number, standard: 1 | 2): boolean => {
    try {
      const [a, b] = [fs.fstatSync(fd), fs.fstatSync(standard)];
      return a.dev === b.dev && a.ino === b.ino;
    } catch {
      return false;
    }
  };
  const streamOf = (target: unknown): NodeJS.WriteStream | null => {
    if (forwarding) return null;
    const fd = typeof target === 'number' ? standardOfDescriptor(target) ?? target : standardOf(target);
    return fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
  };
  /**
   * Which of stdout and stderr the file `target` names, if either: by STANDARD_FILES, or by any other spelling (a
   * file: URL, a Buffer, `/dev/./stderr`, `/proc/<pid>/fd/2`, `/proc/thread-self/fd/2`) of a file under /dev or /proc
   * named as those are, that is the same file as descriptor 2 or 1. Names ending otherwise are not looked at: no
   * cost to the writes and opens of every other file.
   */
  const standardOf = (target: unknown): 1 | 2 | undefined => {
    let name: string;
    try {
      name = typeof target === 'string' ? target
        : target instanceof URL ? process.getBuiltinModule('node:url').fileURLToPath(target)
          : target instanceof Uint8Array ? Buffer.from(target.buffer, target.byteOffset, target.byteLength).toString() : '';
    } catch {
      return undefined; // Not a file's URL: Node's own error, as without this.
    }
    const known = STANDARD_FILES.get(name);
    if (known !== undefined || !/(?:^|\/)(?:stdout|stderr|1|2)\/*$/.test(name)) return known;
    const resolved = process.getBuiltinModule('node:path').resolve(name);
    if (!resolved.startsWith('/dev/') && !resolved.startsWith('/proc/')) return undefined;
    try {
      const file = fs.statSync(resolved, { throwIfNoEntry: false });
      if (file === undefined) return undefined;
      for (const fd of [2, 1] as const) {
        const standard = fs.fstatSync(fd);
        if (standard.dev === file.dev && standard.ino === file.ino) return fd;
      }
    } catch {
      // A descriptor closed, a file we may not stat: not ours to route.
    }
    return undefined;
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
    // A descriptor opened on a name of stdout or stderr is noted, so that the writes to it are routed as those to 1 or 2.
    openSync(file: unknown, ...rest: unknown[]) {
      const fd = (original.openSync as (...a: unknown[]) => number)(file, ...rest);
      const standard = standardOf(file);
      if (standard !== undefined) opened.set(fd, standard);
      return fd;
    },
    open(file: unknown, ...rest: unknown[]) {
      const done = callback(rest);
      if (!done) return (original.open as (...a: unknown[]) => void)(file, ...rest);
      (original.open as (...a: unknown[]) => void)(file, ...withoutCallback(rest), (error: Error | null, fd: number) => {
        const standard = error ? undefined : standardOf(file);
        if (standard !== undefined) opened.set(fd, standard);
        done(error, fd);
      });
    },
    closeSync(fd: unknown) {
      opened.delete(fd as number);
      return (original.closeSync as (fd: unknown) => void)(fd);
    },
    close(fd: unknown, ...rest: unknown[]) {
      opened.delete(fd as number);
      return (original.close as (...a: unknown[]) => void)(fd, ...rest);
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
});
