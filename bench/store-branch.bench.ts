// npm run bench:store-branch — how fast the `standards-data` branch grows: --nights nights (30) of the sample
// helpdesk's changes (--night-hours, 34 h ≈ 3% of the tickets) at each of --sizes (100k and 1M), each night run
// as the nightly workflow runs it and kept, side by side, the way each of these keeps it, each into its own
// local bare repository:
//
//   plain        before the journal: the store job commits the night's data/ (without .cache/) as it is
//   journal N%   .github/workflows/nightly.yml now: `standards store pack --from <the branch's previous tree>`
//                writes the tree the store job commits (base day files + a journal of the night's changes,
//                compacted into whole day files when the journal passes N% of their bytes), for each N of
//                --compact-at (25%, 50%, 100%)
//
//   measure  `standards pipeline --no-site --now <night>` in a copy of the repository with the example's
//            standards (this working tree's code), the store in data/ (its .cache/ is never kept); once a night,
//            shared by every way of keeping it
//   store    the store job: the branch's tip checked out, replaced by the tree to commit, `git add -A`, one
//            commit, `git push` to the bare repository
//
// Every night, each journal branch is restored (`standards store restore`) and compared with data/ byte for
// byte: the bench stops when a restore differs from the store the night wrote.
//
// Per night it prints what changed (tickets fetched; the bytes of the lines the plain commit adds, raw and
// gzip-compressed: the yardstick for "what actually changed") and what each branch grew by on the server (the
// pack the push left there; C marks a compaction). At the end, per branch: the mean growth, the repository's size
// as pushed and after `git gc`, and the time pack and restore took.
//
// The bare repository keeps every push as a pack (receive.unpackLimit=1, no automatic gc), as GitHub stores a
// push; the clone that pushes is kept from night to night (the store job clones the tip at depth 1 each
// night: the same objects are on both sides of the push, so the pack it sends is the same).
//
//   npm run bench:store-branch                                               100k and 1M, 30 nights
//   npm run bench:store-branch -- --sizes 20k --nights 5 --compact-at 50%    a quick run; --keep leaves the repositories

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
    'compact-at': { type: 'string', default: '25%,50%,100%' },
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

/** What one way of keeping the store did on one night. */
interface Kept { files: number; fileBytes: number; addedBytes: number; addedGzip: number; growth: number; compacted: boolean; packMs: number; restoreMs: number; parts: Parts }
/** Bytes of the night's pack on the server by what they hold (a delta's base that git appended to a thin pack counts too). */
type Parts = Record<'day files' | 'journal' | 'report.json' | 'other', number>;
interface Night { changed: number; load: number; kept: Kept[] }

/** A way of keeping the store: `plain` commits data/ as it is; a journal packs it with `standards store pack`. */
interface Keeper { label: string; compactAt: string | null; bare: string; clone: string }

/** The store job: the tree to commit replaces the branch's tip, one commit, one push. */
function keepStore(clone: string, tree: string, night: number): Omit<Kept, 'growth' | 'compacted' | 'packMs' | 'restoreMs' | 'parts'> {
  for (const entry of readdirSync(clone)) if (entry !== '.git') rmSync(path.join(clone, entry), { recursive: true, force: true });
  cpSync(tree, clone, { recursive: true, filter: (from) => path.basename(from) !== '.cache' });
  git(clone, ['add', '-A']);
  const hasParent = night > 0;
  const names = hasParent ? git(clone, ['diff', '--cached', '--name-only', 'HEAD']).split('\n').filter(Boolean) : git(clone, ['ls-files']).split('\n').filter(Boolean);
  const fileBytes = names.reduce((sum, name) => sum + (statSync(path.join(clone, name), { throwIfNoEntry: false })?.size ?? 0), 0);
  // The lines this commit adds (a changed ticket's new line, the report, the status log's new lines).
  const diff = hasParent ? git(clone, ['diff', '--cached', '--unified=0', '--no-color', 'HEAD']) : '';
  const added = hasParent ? diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)).join('\n') : '';
  const date = iso(T0 + night * NIGHT_MS);
  git(clone, ['commit', '-q', '--allow-empty', '-m', `Nightly store update (${date})`], { ...BOT, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  git(clone, ['push', '-q', 'origin', 'HEAD:refs/heads/standards-data']);
  return { files: names.length, fileBytes, addedBytes: Buffer.byteLength(added), addedGzip: added ? gzipSync(added).length : 0 };
}

/**
 * What the newest pack in the bare repository holds, by path: git verify-pack gives each object's bytes in the
 * pack, the trees of the last two commits name the blobs (a thin pack's appended bases are last night's blobs).
 */
function packParts(bare: string): Parts {
  const packs = readdirSync(path.join(bare, 'objects/pack')).filter((n) => n.endsWith('.idx'))
    .map((n) => path.join(bare, 'objects/pack', n)).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  const names = new Map<string, string>();
  for (const rev of ['standards-data~1', 'standards-data']) {
    const listing = spawnSync('git', ['ls-tree', '-r', rev], { cwd: bare, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    for (const line of listing.stdout.split('\n')) {
      const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
      if (m) names.set(m[1]!, m[2]!);
    }
  }
  const parts: Parts = { 'day files': 0, journal: 0, 'report.json': 0, other: 0 };
  for (const line of git(bare, ['verify-pack', '-v', packs[packs.length - 1]!]).split('\n')) {
    const m = /^([0-9a-f]{40}) \w+\s+\d+ (\d+) \d+/.exec(line);
    if (!m) continue;
    const name = names.get(m[1]!) ?? '';
    const part = name.startsWith('tickets/') ? 'day files' : name.startsWith('journal/') ? 'journal' : name === 'report.json' ? 'report.json' : 'other';
    parts[part] += Number(m[2]);
  }
  return parts;
}

/** Every file under `dir` but hidden ones (.git, .cache), as relative path → bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (!entry.isFile() || rel.split(path.sep).some((part) => part.startsWith('.'))) continue;
    files.set(rel, readFileSync(path.join(dir, rel)));
  }
  return files;
}

/** Throws unless the restored store holds exactly the night's files, byte for byte. */
function checkSameStore(restored: string, data: string, what: string): void {
  const a = filesUnder(restored);
  const b = filesUnder(data);
  for (const [name, bytes] of b) if (!a.get(name)?.equals(bytes)) throw new Error(`${what}: ${name} restored ${a.has(name) ? 'with other bytes' : 'missing'}`);
  for (const name of a.keys()) if (!b.has(name)) throw new Error(`${what}: ${name} restored but not in the store`);
}

function newKeeper(label: string, compactAt: string | null, dir: string): Keeper {
  const bare = path.join(dir, `${label.replace(/[^a-z0-9]+/gi, '-')}.git`);
  const clone = path.join(dir, `${label.replace(/[^a-z0-9]+/gi, '-')}-store-job`);
  git(WORK, ['init', '-q', '--bare', bare]);
  git(bare, ['config', 'receive.unpackLimit', '1']);
  git(bare, ['config', 'receive.autogc', 'false']);
  git(bare, ['config', 'gc.auto', '0']);
  mkdirSync(clone);
  git(clone, ['init', '-q']);
  git(clone, ['remote', 'add', 'origin', bare]);
  git(clone, ['checkout', '-q', '--orphan', 'standards-data']);
  return { label, compactAt, bare, clone };
}

const cli = (root: string, args: string[]) => runProcess(process.execPath, ['scripts/cli.ts', ...args], { cwd: root, env: { NO_COLOR: '1' } });

/** One night kept the keeper's way: pack (journal), store job, and for a journal a restore checked against data/. */
function keepNight(keeper: Keeper, root: string, night: number): Kept {
  const data = path.join(root, 'data');
  let tree = data;
  let packMs = 0;
  let restoreMs = 0;
  let compacted = false;
  if (keeper.compactAt !== null) {
    tree = path.join(WORK, 'packed');
    const run = cli(root, ['store', 'pack', '--store', 'data', ...(night > 0 ? ['--from', keeper.clone] : []), '--out', tree, '--compact-at', keeper.compactAt]);
    packMs = run.wallMs;
    compacted = run.stderr.includes('compacted');
  }
  const before = bytesUnder(path.join(keeper.bare, 'objects'));
  const kept = keepStore(keeper.clone, tree, night);
  const growth = bytesUnder(path.join(keeper.bare, 'objects')) - before;
  const parts = night > 0 ? packParts(keeper.bare) : { 'day files': 0, journal: 0, 'report.json': 0, other: 0 };
  if (keeper.compactAt !== null) {
    rmSync(tree, { recursive: true, force: true });
    const restored = path.join(WORK, 'restored');
    restoreMs = cli(root, ['store', 'restore', '--from', keeper.clone, '--store', restored]).wallMs;
    checkSameStore(restored, data, `night ${night}, ${keeper.label}`);
    rmSync(restored, { recursive: true, force: true });
  }
  return { ...kept, growth, compacted, packMs, restoreMs, parts };
}

function sizeSection(count: number): void {
  const label = sizeLabel(count);
  const root = path.join(WORK, `repo-${label}`);
  const dir = path.join(WORK, `branches-${label}`);
  mkdirSync(dir);
  makeCheckout(THIS_TREE, root);
  const keepers = [newKeeper('plain', null, dir), ...flags['compact-at'].split(',').map((share) => newKeeper(`journal ${share.trim()}`, share.trim(), dir))];

  console.log(`\n## ${label} tickets, ${NIGHTS} nights of ${flags['night-hours']} h\n`);
  const nights: Night[] = [];
  let stored = 0;
  for (let night = 0; night <= NIGHTS; night++) {
    const now = T0 + night * NIGHT_MS;
    const run = cli(root, ['pipeline', '--no-site', '--tickets', String(count), '--now', iso(now)]);
    const m = /store: (\d+) added, (\d+) updated/.exec(run.stderr);
    const changed = m ? Number(m[1]) + Number(m[2]) : 0;
    if (night === 0) stored = changed;
    const kept = keepers.map((keeper) => keepNight(keeper, root, night));
    nights.push({ changed, kept, load: loadavg()[0]! });
    if (night === 0) console.log(`night 0 (the first fetch): ${stored.toLocaleString('en')} tickets, ${kept[0]!.files} files, ${mb(kept[0]!.fileBytes)} of store; each branch holds ${kept.map((k, i) => `${keepers[i]!.label} ${mb(k.growth)}`).join(', ')} (load ${loadavg()[0]!.toFixed(1)})\n`);
  }
  const later = nights.slice(1);
  const rows = later.map((n, i) => [
    String(i + 1), `${n.changed.toLocaleString('en')} (${(n.changed / stored * 100).toFixed(1)}%)`, `${n.kept[0]!.files} (${mb(n.kept[0]!.fileBytes)})`,
    `${mb(n.kept[0]!.addedBytes)} / ${mb(n.kept[0]!.addedGzip)}`,
    ...n.kept.map((k) => `${mb(k.growth)}${k.compacted ? ' C' : ''} (${(k.growth / Math.max(1, n.kept[0]!.addedGzip)).toFixed(1)}×)`), n.load.toFixed(1),
  ]);
  console.log(markdownTable(['night', 'tickets changed', 'plain: files rewritten (their bytes)', 'lines added: raw / gzip', ...keepers.map((k) => `${k.label}: grew by (÷ gzip of lines added)`), 'load'], rows));
  const yardstick = later.reduce((s, n) => s + n.kept[0]!.addedGzip, 0);
  console.log(`\n- per night, mean: ${Math.round(later.reduce((s, n) => s + n.changed, 0) / later.length).toLocaleString('en')} tickets changed; the plain commit rewrites ${(later.reduce((s, n) => s + n.kept[0]!.files, 0) / later.length).toFixed(0)} files (${mb(later.reduce((s, n) => s + n.kept[0]!.fileBytes, 0) / later.length)}) and adds lines of ${mb(later.reduce((s, n) => s + n.kept[0]!.addedBytes, 0) / later.length)} raw / ${mb(yardstick / later.length)} gzip\n`);
  const summary = keepers.map((keeper, i) => {
    const growth = later.reduce((s, n) => s + n.kept[i]!.growth, 0);
    const asPushed = bytesUnder(path.join(keeper.bare, 'objects'));
    git(keeper.bare, ['gc', '-q', '--prune=now']);
    const repacked = bytesUnder(path.join(keeper.bare, 'objects'));
    const compactions = later.filter((n) => n.kept[i]!.compacted).length;
    const meanMs = (f: (k: Kept) => number) => (later.reduce((s, n) => s + f(n.kept[i]!), 0) / later.length / 1000).toFixed(2);
    const part = (name: keyof Parts) => mb(later.reduce((s, n) => s + n.kept[i]!.parts[name], 0) / later.length);
    return [keeper.label, mb(growth / later.length), (growth / Math.max(1, yardstick)).toFixed(1), `${part('day files')} / ${part('journal')} / ${part('report.json')} / ${part('other')}`,
      String(compactions), `${mb(asPushed)} / ${mb(repacked)} (${mb((repacked - nights[0]!.kept[i]!.growth) / later.length)} a night)`,
      keeper.compactAt === null ? '—' : `${meanMs((k) => k.packMs)} s / ${meanMs((k) => k.restoreMs)} s`];
  });
  console.log(markdownTable(['branch', 'grew per night, mean', '÷ gzip of lines added', 'of which: day files / journal / report.json / other', 'compactions',
    `after ${NIGHTS} nights: as pushed / after git gc (night 0: ${mb(nights[0]!.kept[0]!.growth)})`, 'pack / restore, mean wall'], summary));
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
