// A run stopped by SIGTERM (a CI runner cancelling the job, a container stopping) or SIGINT (Ctrl-C) stops its
// work and cleans up as a failed run does: the CLI aborts `terminationSignal`, the helpdesk requests waiting on it
// fail, and the run unwinds through its `finally` clean-ups (the Zendesk window's scratch folder, a fetch's staging
// area) before the CLI exits with 128 + the signal's number. What cannot wait for that (a run still asleep before
// a retry when the grace period ends) is removed from here, synchronously, before the exit.
//
// Per process, like the credential registry (credential-redaction.ts): the signal arrives at the process, and the
// folders to remove are made deep inside a source that the CLI never sees.

import { rmSync } from 'node:fs';

const controller = new AbortController();

/** Aborted when the process is asked to stop; its reason is an Error naming the signal. */
export const terminationSignal: AbortSignal = controller.signal;

const folders = new Set<string>();

/** Removes `dir` if the process is stopped before the returned function is called (when the run removes it itself). */
export function removeOnTermination(dir: string): () => void {
  folders.add(dir);
  return () => { folders.delete(dir); };
}

/** Stops the run's work: everything waiting on `terminationSignal` fails with "stopped by SIGNAL". */
export function stopRun(signal: NodeJS.Signals): void {
  if (!controller.signal.aborted) controller.abort(new Error(`stopped by ${signal}`));
}

/** Removes what the run registered and has not removed itself: the last step before the process exits. */
export function removeRemainingFolders(): void {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}
