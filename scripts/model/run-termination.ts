// A run stopped by SIGTERM (a CI runner cancelling the job, a container stopping) or SIGINT (Ctrl-C) stops its
// work and cleans up as a failed run does: the CLI aborts `terminationSignal`, the helpdesk requests waiting on it
// fail, the pipeline checks it between its steps, evaluate between day files and before it writes the report, the
// site build before it swaps the new site in, and the run unwinds through its `finally` clean-ups (the Zendesk
// window's scratch folder, a fetch's staging area, the store lock) before the CLI exits with 128 + the signal's
// number. A stopped run publishes nothing new: the previous report and site stay. What cannot wait for that (a run
// still asleep before a retry, or deep in the Astro build, when the grace period ends) is cleaned up from here,
// synchronously, before the exit.
//
// Per process, like the credential registry (credential-redaction.ts): the signal arrives at the process, and the
// folders and locks to release are made deep inside code that the CLI never sees.

import { existsSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const controller = new AbortController();

/** Aborted when the process is asked to stop; its reason is an Error naming the signal. */
export const terminationSignal: AbortSignal = controller.signal;

const cleanUps = new Set<() => void>();

/** Runs `cleanUp` (synchronous, must not throw) if the process is stopped before the returned function is called. */
export const onTermination = (function onTermination(cleanUp: () => void): () => void {
  cleanUps.add(cleanUp);
  return () => { cleanUps.delete(cleanUp); };
});

/** Removes `dir` if the process is stopped before the returned function is called (when the run removes it itself). */
export function removeOnTermination(dir: string): () => void {
  return onTermination(() => rmSync(dir, { recursive: true, force: true }));
}

/** Stops the run's work: everything waiting on `terminationSignal` fails with "stopped by SIGNAL". */
export function stopRun(signal: NodeJS.Signals): void {
  if (!controller.signal.aborted) controller.abort(new Error(`stopped by ${signal}`));
}

/** Throws "stopped by SIGNAL" once the process has been asked to stop: the check before a step or a write. */
export const throwIfStopped = (function throwIfStopped(): void {
  terminationSignal.throwIfAborted();
});

/** `items`, checking before each one whether the process has been asked to stop. */
export const untilStopped = (async function* untilStopped<T>(items: AsyncIterable<T>): AsyncIterable<T> {
  for await (const item of items) {
    throwIfStopped();
    yield item;
  }
});

/** Releases what the run registered and has not released itself: the last step before the process exits. */
export function runRemainingCleanUps(): void {
  for (const cleanUp of cleanUps) {
    try {
      cleanUp();
    } catch {
      // The process is exiting: one clean-up that fails must not keep the others from running.
    }
  }
  cleanUps.clear();
}

/**
 * A point where a run checks whether it was asked to stop (the caller checks right after). A signal that arrived
 * while the run was busy computing is only delivered by the event loop, so this first gives the loop one turn:
 * without it, a SIGTERM received during a long evaluation reached its handler only after the report was written.
 * Also a test hook: when STANDARDS_TEST_PAUSE names `point`, says so on stderr and waits until the file named by
 * STANDARDS_TEST_RESUME exists, so a test can stop the run at exactly that point.
 */
export const atStopPoint = (async function atStopPoint(point: string): Promise<void> {
  const { STANDARDS_TEST_PAUSE: pause, STANDARDS_TEST_RESUME: resume } = process.env;
  if (pause === point && resume) {
    process.stderr.write(`standards: paused at ${point}\n`);
    while (!existsSync(resume)) await sleep(20);
  }
  await new Promise<void>((resolve) => setImmediate(resolve));
});
