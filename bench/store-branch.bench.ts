// npm run bench:store-branch — how fast the `standards-data` branch grows: --nights nights (30) of the sample
// helpdesk's changes (--night-hours, 34 h ≈ 3% of the tickets) at each of --sizes (100k and 1M), each night run
// as the nightly workflow runs it and kept as its store job keeps it, into a local bare repository:
//
//   measure  `standards pipeline --no-site --now <night>` in a copy of the repository with the example's
//            standards (this working tree's code), the store in data/ (its .cache/ is never kept)
//   store    the store job of .github/workflows/nightly.yml: the branch's tip checked out, replaced by the
//            night's data/ (without .cache/), `git add -A`, one commit, `git push` to the bare repository
//
// Per night it prints what changed (tickets fetched; files rewritten and their bytes; the bytes of the lines the
// commit adds, raw and gzip-compressed: a yardstick for "what actually changed") and what the branch grew by on
// the server (the pack the push left there). At the end, the bare repository's size as pushed and after `git gc`.
//
// The bare repository keeps every push as a pack (receive.unpackLimit=1, no automatic gc), as GitHub stores a
// push; the clone that pushes is kept from night to night (the store job clones the tip at depth 1 each
// night: the same objects are on both sides of the push, so the pack it sends is the same).
//
//   npm run bench:store-branch                              100k and 1M, 30 nights
//   npm run bench:store-branch -- --sizes 20k --nights 5    a quick run; --keep leaves the repositories

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { makeCheckout, describeVersion, type CodeVersion } from './bench-checkout.ts';
import { markdownTable, runProcess } from './process-runs.ts';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100k,1M' },
    nights: { type: 'string', default: '30' },
    'night-hours': { type: 'string', default: '34' },
    keep: { type: 'boolean', default: false },
  },
});

const NIGHTS = Number(flags.nights);
const NIGHT_MS = Number(flags['night-hours']) * 3_600_000;
const T0 = Date.parse('2026-11-23T06:00:00Z');
const WORK = mkdtempSync(path.join(tmpdir(), 'store-branch-bench-'));
const THIS_TREE: CodeVersion = { label: 'this tree', ref: null };
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`--sizes: "${text}" is not a size like 100k or 1M`);
  return Math.round(Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2]!.toLowerCase()] ?? 1));
}
const sizeLabel = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

const BOT = { GIT_AUTHOR_NAME: 'github-actions[bot]', GIT_AUTHOR_EMAIL: 'bot@example.invalid', GIT_COMMITTER_NAME: 'github-actions[bot]', GIT_COMMITTER_EMAIL: 'bot@example.invalid' };

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${result.stderr.trim()}`);
  return result.stdout;
}

/** Bytes of every file under `dir`. */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

const mb = (bytes: number) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`);

interface Night { changed: number; files: number; fileBytes: number; addedBytes: number; addedGzip: number; growth: number; load: number }

/** The store job: the night's store replaces the branch's tip, one commit, one push. */
function keepStore(clone: string, data: string, night: number): Omit<Night, 'changed' | 'growth' | 'load'> {
  for (const entry of readdirSync(clone)) if (entry !== '.git') rmSync(path.join(clone, entry), { recursive: true, force: true });
  cpSync(data, clone, { recursive: true, filter: (from) => path.basename(from) !== '.cache' });
  git(clone, ['add', '-A']);
  const hasParent = night > 0;
  const names = hasParent ? git(clone, ['diff', '--cached', '--name-only', 'HEAD']).split('\n').filter(Boolean) : git(clone, ['ls-files']).split('\n').filter(Boolean);
  const fileBytes = names.reduce((sum, name) => sum + (statSync(path.join(clone, name), { throwIfNoEntry: false })?.size ?? 0), 0);
  // The lines this commit adds (a changed ticket's new line, the report, the status log's new lines).
  const diff = hasParent ? git(clone, ['diff', '--cached', '--unified=0', '--no-color', 'HEAD']) : '';
  const added = hasParent ? diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)).join('\n') : '';
  const date = iso(T0 + night * NIGHT_MS);
  git(clone, ['commit', '-q', '-m', `Nightly store update (${date})`], { ...BOT, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  git(clone, ['push', '-q', 'origin', 'HEAD:refs/heads/standards-data']);
  return { files: names.length, fileBytes, addedBytes: Buffer.byteLength(added), addedGzip: added ? gzipSync(added).length : 0 };
}

function sizeSection(count: number): void {
  const label = sizeLabel(count);
  const root = path.join(WORK, `repo-${label}`);
  const bare = path.join(WORK, `standards-data-${label}.git`);
  const clone = path.join(WORK, `store-job-${label}`);
  makeCheckout(THIS_TREE, root);
  git(WORK, ['init', '-q', '--bare', bare]);
  git(bare, ['config', 'receive.unpackLimit', '1']);
  git(bare, ['config', 'receive.autogc', 'false']);
  git(bare, ['config', 'gc.auto', '0']);
  mkdirSync(clone);
  git(clone, ['init', '-q']);
  git(clone, ['remote', 'add', 'origin', bare]);
  git(clone, ['checkout', '-q', '--orphan', 'standards-data']);

  console.log(`\n## ${label} tickets, ${NIGHTS} nights of ${flags['night-hours']} h\n`);
  const nights: Night[] = [];
  let stored = 0;
  for (let night = 0; night <= NIGHTS; night++) {
    const now = T0 + night * NIGHT_MS;
    const run = runProcess(process.execPath, ['scripts/cli.ts', 'pipeline', '--no-site', '--tickets', String(count), '--now', iso(now)], { cwd: root, env: { NO_COLOR: '1' } });
    const m = /store: (\d+) added, (\d+) updated/.exec(run.stderr);
    const changed = m ? Number(m[1]) + Number(m[2]) : 0;
    if (night === 0) stored = changed;
    const before = bytesUnder(path.join(bare, 'objects'));
    const kept = keepStore(clone, path.join(root, 'data'), night);
    const growth = bytesUnder(path.join(bare, 'objects')) - before;
    nights.push({ changed, ...kept, growth, load: loadavg()[0]! });
    if (night === 0) console.log(`night 0 (the first fetch): ${stored.toLocaleString('en')} tickets, ${kept.files} files, ${mb(kept.fileBytes)} of store; the branch holds ${mb(growth)} (load ${loadavg()[0]!.toFixed(1)})\n`);
  }
  const rows = nights.slice(1).map((n, i) => [
    String(i + 1), `${n.changed.toLocaleString('en')} (${(n.changed / stored * 100).toFixed(1)}%)`, `${n.files} (${mb(n.fileBytes)})`,
    `${mb(n.addedBytes)} / ${mb(n.addedGzip)}`, mb(n.growth), (n.growth / Math.max(1, n.addedGzip)).toFixed(1), n.load.toFixed(1),
  ]);
  console.log(markdownTable(['night', 'tickets changed', 'files rewritten (their bytes)', 'lines added: raw / gzip', 'branch grew by', 'growth ÷ gzip of lines added', 'load'], rows));
  const later = nights.slice(1);
  const sum = (f: (n: Night) => number) => later.reduce((s, n) => s + f(n), 0);
  const asPushed = bytesUnder(path.join(bare, 'objects'));
  git(bare, ['gc', '-q', '--prune=now']);
  const repacked = bytesUnder(path.join(bare, 'objects'));
  console.log(`\n- per night, mean: ${Math.round(sum((n) => n.changed) / later.length).toLocaleString('en')} tickets changed, ${(sum((n) => n.files) / later.length).toFixed(0)} files rewritten (${mb(sum((n) => n.fileBytes) / later.length)}), lines added ${mb(sum((n) => n.addedBytes) / later.length)} raw / ${mb(sum((n) => n.addedGzip) / later.length)} gzip; the branch grew by ${mb(sum((n) => n.growth) / later.length)} (${(sum((n) => n.growth) / sum((n) => n.addedGzip)).toFixed(1)}× the gzip of the lines added)`);
  console.log(`- the bare repository after ${NIGHTS} nights: ${mb(asPushed)} as pushed (night 0: ${mb(nights[0]!.growth)}), ${mb(repacked)} after git gc`);
}

console.log(`# The standards-data branch, night after night (${describeVersion(THIS_TREE)})`);
console.log(`git ${git(WORK, ['--version']).trim().replace('git version ', '')}, load average at start ${loadavg().map((l) => l.toFixed(2)).join(', ')}; repositories in ${WORK}`);
try {
  for (const size of flags.sizes.split(',').map(parseSize)) sizeSection(size);
} finally {
  console.log(`\nload average at the end ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  if (flags.keep) console.log(`kept ${WORK}`);
  else rmSync(WORK, { recursive: true, force: true });
}
