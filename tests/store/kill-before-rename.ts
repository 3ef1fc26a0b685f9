// Loaded with `node --import` into a real `standards` run, as kill-after-renames.ts, but the process kills itself with
// SIGKILL just *before* its `KILL_BEFORE_RENAME`th rename into `RENAMES_UNDER` (the store under test): the temp file is
// written and closed, not yet renamed over its target, which is what a run killed mid-write leaves behind. The run's
// own code is not changed. `RENAMES_SEEN` names a file each rename's target is appended to (the kill's included).

import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const before = Number(process.env.KILL_BEFORE_RENAME ?? '0');
const under = process.env.RENAMES_UNDER;
const seen = process.env.RENAMES_SEEN;
let renames = 0;

function renaming(to: unknown): void {
  if (under !== undefined && !String(to).startsWith(under)) return;
  renames++;
  if (seen) fsSync.appendFileSync(seen, `${String(to)}\n`);
  if (before > 0 && renames >= before) process.kill(process.pid, 'SIGKILL');
}

const rename = fs.rename;
fs.rename = async (from, to) => {
  renaming(to);
  await rename(from, to);
};
const renameSync = fsSync.renameSync;
fsSync.renameSync = (from, to) => {
  renaming(to);
  renameSync(from, to);
};
syncBuiltinESMExports();
