// Loaded with `node --import` into a real `standards fetch`: once the fetch has passed its commit point (its
// commit.json renamed into place) and installed `STOP_AFTER_INSTALLED` more files, the process stops itself
// (SIGSTOP), so the test can SIGKILL it at exactly that instant. The fetch's own code is not changed: only node's
// renames are watched (node:fs `renameSync`, through which the store's file system installs every write, and
// node:fs/promises `rename`).

import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const after = Number(process.env.STOP_AFTER_INSTALLED ?? '0');
let committed = false;
let installed = 0;

function renamed(to: unknown): void {
  if (!committed) committed = path.basename(String(to)) === 'commit.json';
  else installed++;
  if (committed && installed >= after) process.kill(process.pid, 'SIGSTOP');
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
