// The peers the benchmarks measure us against, installed on demand into their own folders under bench/
// (bench/duckdb, bench/ajv-cli), each from its own package.json at an exact version: never dependencies of
// the project, and never in package-lock.json.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

export const PEERS = {
  duckdb: { dir: path.join(BENCH_DIR, 'duckdb'), installed: 'node_modules/@duckdb/node-api' },
  'ajv-cli': { dir: path.join(BENCH_DIR, 'ajv-cli'), installed: 'node_modules/ajv-cli/dist/index.js' },
} as const;

export type PeerName = keyof typeof PEERS;

/** Installs a peer when it is not there yet; null when it is ready, else why it could not be installed. */
export function installPeer(name: PeerName, log: (line: string) => void = console.log): string | null {
  const peer = PEERS[name];
  if (existsSync(path.join(peer.dir, peer.installed))) return null;
  // npm install, not npm ci: the version is pinned exactly in the peer's package.json, and a lock written here
  // would lack the other platforms' optional binaries (PITFALLS: the registry mirror lags on those).
  log(`installing ${name} into ${path.relative(path.dirname(BENCH_DIR), peer.dir)}/ (npm install, its own package.json, exact version, no lock) ...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', peer.dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) return `npm install in ${peer.dir} failed: ${(result.stderr || result.stdout || String(result.error)).trim().split('\n').slice(-3).join(' | ')}`;
  return existsSync(path.join(peer.dir, peer.installed)) ? null : `npm install in ${peer.dir} did not install ${peer.installed}`;
}
