// Run as a child process by direct-writes-thread.test.ts, with direct-writes-in-thread.cjs: turns on the CLI's output
// guard, reads a credential the way a source does, then has the changed days' thread prepare one day and waits for
// the thread to end, so that everything the thread wrote has reached the first thread.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { guardProcessOutput } from '../../scripts/commands/io.ts';
import { readCredential } from '../../scripts/model/credential-redaction.ts';
import { startChangedDaysThread } from '../../scripts/store/changed-days-thread.ts';

guardProcessOutput();
readCredential(process.env, 'THREAD_TOKEN');
const dir = process.argv[2]!;
const dayFile = path.join(dir, '2026-11-01.ndjson');
writeFileSync(dayFile, '{"id":"1"}\n');
const thread = startChangedDaysThread([{
  day: '2026-11-01', dayFile, dayIno: null, keptFile: path.join(dir, 'kept.ndjson'),
  head: { sha256: '', files: [], mark: '0', entries: 0 }, linkAt: null,
}]);
const exited = new Promise((resolve) => thread.worker.once('exit', resolve));
const prepared = await thread.take('2026-11-01');
// The thread is held only while a day is taken: held again until it ends.
thread.worker.ref();
await exited;
process.stdout.write(`prepared: ${prepared !== null}\n`);
