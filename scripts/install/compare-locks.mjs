#!/usr/bin/env node
// Compares two package-lock.json files semantically and accepts one kind of difference only: optional
// platform packages (an `os`/`cpu`-restricted build of a native dependency, like @astrojs/compiler-binding-darwin-arm64)
// that a registry mirror did not serve when the lock was written and a full registry adds. Any other change
// (a version, an integrity hash, a removed or a new regular package) is reported. Plain JavaScript, so the machine's
// Node runs it before the project's Node 24 is installed.
//
// Usage: node scripts/install/compare-locks.mjs BEFORE AFTER   (exit 0: same or only platform packages added)

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Fields of a lock entry that decide what gets installed. */
const INSTALL_FIELDS = ['version', 'resolved', 'integrity', 'link', 'dev', 'optional', 'devOptional', 'peer',
  'dependencies', 'optionalDependencies', 'peerDependencies', 'bin', 'hasInstallScript'];

function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

function installFields(entry) {
  const picked = {};
  for (const field of INSTALL_FIELDS) if (entry[field] !== undefined) picked[field] = entry[field];
  return picked;
}

/** `node_modules/@scope/name` or `node_modules/a/node_modules/b` → the package name at the end. */
function packageName(key) {
  const at = key.lastIndexOf('node_modules/');
  return key.slice(at + 'node_modules/'.length);
}

function isOptional(entry) {
  return entry.optional === true || entry.devOptional === true;
}

/**
 * Where Node would find `name` when required from the package installed at `from`: the nearest
 * `node_modules/name` walking up from `from`, as npm lays out nested copies.
 */
function resolveFrom(packages, from, name) {
  let base = from;
  for (;;) {
    const candidate = base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`;
    if (candidate in packages) return candidate;
    if (base === '') return undefined;
    const at = base.lastIndexOf('/node_modules/');
    base = at === -1 ? '' : base.slice(0, at);
  }
}

/** For each installed location, the locations whose dependencies (of any kind) resolve to it. */
function dependentsByLocation(packages) {
  const dependents = new Map();
  for (const [key, entry] of Object.entries(packages)) {
    const names = new Set([
      ...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}), ...Object.keys(entry.devDependencies ?? {}),
    ]);
    for (const name of names) {
      const target = resolveFrom(packages, key, name);
      if (target === undefined) continue;
      if (!dependents.has(target)) dependents.set(target, []);
      dependents.get(target).push(key);
    }
  }
  return dependents;
}

/**
 * @param {{ lockfileVersion?: number, packages?: Record<string, Record<string, unknown>> }} before
 * @param {{ lockfileVersion?: number, packages?: Record<string, Record<string, unknown>> }} after
 * @returns {{ added: string[], problems: string[] }}
 */
export function compareLocks(before, after) {
  const problems = [];
  const added = [];
  if (before.lockfileVersion !== after.lockfileVersion) {
    problems.push(`lockfileVersion changed from ${before.lockfileVersion} to ${after.lockfileVersion}`);
  }
  const old = before.packages ?? {};
  const now = after.packages ?? {};
  const optionalNames = new Set();
  for (const entry of Object.values(old)) for (const name of Object.keys(entry.optionalDependencies ?? {})) optionalNames.add(name);

  for (const [key, entry] of Object.entries(old)) {
    const label = key === '' ? 'the project itself' : key;
    if (!(key in now)) { problems.push(`${label} was removed`); continue; }
    const a = installFields(entry);
    const b = installFields(now[key]);
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      // A lock written against a mirror records no download address; the full registry may fill it in. The
      // integrity hash, which must not change, is what pins the bytes.
      if (field === 'resolved' && a.resolved === undefined) continue;
      if (canonical(a[field]) !== canonical(b[field])) {
        problems.push(`${label}: ${field} changed from ${canonical(a[field]) ?? 'nothing'} to ${canonical(b[field]) ?? 'nothing'}`);
      }
    }
  }
  // First the optional platform packages themselves; then, to a fixed point, packages marked optional that only
  // accepted additions depend on (a wasm32 build's own nested @emnapi/* runtime, say). A package that anything
  // already locked resolves to, or that is not marked optional, stays a problem.
  const candidates = Object.keys(now).filter((key) => !(key in old));
  const accepted = new Set();
  for (const key of candidates) {
    const entry = now[key];
    const platformOnly = (entry.os !== undefined || entry.cpu !== undefined) && isOptional(entry);
    if (platformOnly && optionalNames.has(packageName(key))) accepted.add(key);
  }
  const dependents = dependentsByLocation(now);
  for (let grew = true; grew;) {
    grew = false;
    for (const key of candidates) {
      if (accepted.has(key) || !isOptional(now[key])) continue;
      const from = dependents.get(key) ?? [];
      if (from.length > 0 && from.every((dependent) => accepted.has(dependent))) { accepted.add(key); grew = true; }
    }
  }
  for (const key of candidates) {
    if (accepted.has(key)) added.push(`${key}@${now[key].version}`);
    else problems.push(`${key}@${now[key].version} was added and is not an optional platform package of a locked dependency, nor reachable only through one`);
  }
  return { added: added.sort(), problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [beforeFile, afterFile] = process.argv.slice(2);
  if (!beforeFile || !afterFile) {
    process.stderr.write('usage: compare-locks.mjs BEFORE AFTER\n');
    process.exit(2);
  }
  const { added, problems } = compareLocks(JSON.parse(readFileSync(beforeFile, 'utf8')), JSON.parse(readFileSync(afterFile, 'utf8')));
  if (added.length) process.stdout.write(`install: the full registry added ${added.length} optional packages the lock lacked (platform builds and what only they need): ${added.join(', ')}\n`);
  if (problems.length) {
    process.stderr.write(`install: npm install changed package-lock.json beyond optional platform packages:\n${problems.map((p) => `  - ${p}`).join('\n')}\nRun npm install locally and commit the updated package-lock.json.\n`);
    process.exit(1);
  }
}
