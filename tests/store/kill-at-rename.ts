// Loaded with `node --import` into a real `standards` run: every rename the run makes (node:fs `renameSync`, through
// which the store's file system installs every write, and node:fs/promises `rename`) is counted, and the process
// kills itself with SIGKILL at exactly one of them: no exit handler, no unwinding, what the files hold is what the
// next run finds. `KILL_AFTER_RENAMES=N`: once the Nth is done (the new file in place). `KILL_BEFORE_RENAME=N`: just
// before the Nth, its temp file written and closed but not renamed over its target (what a run killed mid-write
// leaves behind). `RENAMES_SEEN` names a file each rename's target is appended to (how a test learns how many a run
// makes; a kill's own included). `RENAMES_UNDER`, when set, limits all of it to renames into that folder (the store
// under test): the files kept beside the installed packages (the kept model, the code digests' record) are written
// by whichever run first finds them stale, so counting them made a run's Nth rename another file from one run to the
// next (a source file edited just before the tests: a clean run of 83 renames, then killed runs of 82, never killed
// at the 83rd). The run's own code is not changed.

import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const after = Number(process.env.KILL_AFTER_RENAMES ?? '0');
const before = Number(process.env.KILL_BEFORE_RENAME ?? '0');
const seen = process.env.RENAMES_SEEN;
const under = process.env.RENAMES_UNDER;
let renames = 0;

/** Counts a rename into the store under test and says whether it is the one to kill at. */
function counted(to: unknown): boolean {
  if (under !== undefined && !String(to).startsWith(under)) return false;
  renames++;
  if (seen) fsSync.appendFileSync(seen, `${String(to)}\n`);
  return true;
}
const kill = () => process.kill(process.pid, 'SIGKILL');

const rename = fs.rename;
fs.rename = async (from, to) => {
  const ours = counted(to);
  if (ours && before > 0 && renames >= before) kill();
  await rename(from, to);
  if (ours && after > 0 && renames >= after) kill();
};
const renameSync = fsSync.renameSync;
fsSync.renameSync = (from, to) => {
  const ours = counted(to);
  if (ours && before > 0 && renames >= before) kill();
  renameSync(from, to);
  if (ours && after > 0 && renames >= after) kill();
};
// `KILL_AFTER_LINKS=N`: once the Nth hard link of a kept text into that folder's `.cache/texts` is made (node:fs
// `linkSync`, through which the store's file system links: the fetch's, kept-text-names.ts `linkStagedTexts`, made
// before its commit point; the store lock's links are not counted).
const afterLinks = Number(process.env.KILL_AFTER_LINKS ?? '0');
let links = 0;
const linkSync = fsSync.linkSync;
fsSync.linkSync = (from, to) => {
  linkSync(from, to);
  if (afterLinks > 0 && (under === undefined || String(to).startsWith(under)) && String(to).includes(`${path.sep}.cache${path.sep}texts${path.sep}`) && ++links >= afterLinks) kill();
};
syncBuiltinESMExports();
