// The changed days' thread (changed-days-thread.ts `startChangedDaysThread`) as Node starts it. Plain JavaScript,
// as scripts/standards.js is and for the same reason: the compile cache is on before the first TypeScript module is
// read, so the thread strips no types on a second run (≈ 0.1 s of CPU and of its start-up, measured).
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

enableCompileCache();
const { runJobs } = await import('./changed-days-thread.ts');
runJobs(workerData);
