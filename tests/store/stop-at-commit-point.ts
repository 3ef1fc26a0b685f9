// Loaded with `node --import` into a real `standards fetch`: once the fetch has passed its commit point (its
// commit.json renamed into place) and installed `STOP_AFTER_INSTALLED` more files, the process stops itself
// (SIGSTOP), so the test can SIGKILL it at exactly that instant. The fetch's own code is not changed: only
// node:fs/promises `rename` is watched, through which every store write is installed.

import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const after = Number(process.env.STOP_AFTER_INSTALLED ?? '0');
const rename = fs.rename;
let committed = false;
let installed = 0;

fs.rename = async (from, to) => {
  await rename(from, to);
  if (!committed) committed = path.basename(String(to)) === 'commit.json';
  else installed++;
  if (committed && installed >= after) process.kill(process.pid, 'SIGSTOP');
};
syncBuiltinESMExports();
