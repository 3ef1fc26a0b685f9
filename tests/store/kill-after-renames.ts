// Loaded with `node --import` into a real `standards` run: every rename the run makes (node:fs `renameSync`, through
// which the store's file system installs every write, and node:fs/promises `rename`) is counted, and once
// `KILL_AFTER_RENAMES` of them are done the process kills itself with SIGKILL, at exactly that instant: no exit
// handler, no unwinding, what the files hold is what the next run finds. `RENAMES_SEEN` names a file each rename's
// target is appended to (how a test learns how many a run makes). `RENAMES_UNDER`, when set, limits both to renames
// into that folder (the store under test): the files kept beside the installed packages (the kept model, the code
// digests' record) are written by whichever run first finds them stale, so counting them made a run's Nth rename
// another file from one run to the next (a source file edited just before the tests: a clean run of 83 renames,
// then killed runs of 82, never killed at the 83rd). The run's own code is not changed.

import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const after = Number(process.env.KILL_AFTER_RENAMES ?? '0');
const seen = process.env.RENAMES_SEEN;
const under = process.env.RENAMES_UNDER;
let renames = 0;

function renamed(to: unknown): void {
  if (under !== undefined && !String(to).startsWith(under)) return;
  renames++;
  if (seen) fsSync.appendFileSync(seen, `${String(to)}\n`);
  if (after > 0 && renames >= after) process.kill(process.pid, 'SIGKILL');
}

const rename = fs.rename;
fs.rename = async (from, to) => {
  await rename(from, to);
  renamed(to);
};
const renameSync = fsSync.renameSync;
fsSync.renameSync = (from, to) => {
  renameSync(from, to);
  renamed(to);
};
syncBuiltinESMExports();
