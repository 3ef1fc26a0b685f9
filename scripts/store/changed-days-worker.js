// The changed days' thread (changed-days-thread.ts `startChangedDaysThread`) as Node starts it. Plain JavaScript,
// as scripts/standards.js is and for the same reason: the compile cache is on before the first TypeScript module is
// read, so the thread strips no types on a second run (≈ 0.1 s of CPU and of its start-up, measured).
//
// A thread has a `node:fs` of its own, which the first thread's guard of direct writes does not reach: a write to fd 1
// or 2 made here (a library's fs.writeSync(2, …), process._rawDebug) would go to the runner as written, a credential
// shown, a workflow command obeyed. Routed through the thread's process.stdout and process.stderr, it reaches the first
// thread's guarded streams, as the thread's console does (tests/safety/direct-writes-thread.test.ts).
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

enableCompileCache();
const { routeDirectWrites } = await import('../commands/direct-writes.ts');
routeDirectWrites();
const { runJobs } = await import('./changed-days-thread.ts');
runJobs(workerData);
