// `standards store check`: tickets stored under more than one day, day files the store would not write
// (store/store-check.ts). `standards store pack|restore`: the two edges between the store (day files in data/) and the standards-data
// branch (base day files + a journal of changes, scripts/store/store-branch.ts). The nightly measure job
// restores the store from the branch's checkout before the fetch and packs it after the evaluation into the tree
// the store job commits; the store job itself runs only git.

import path from 'node:path';
import { nodeStoreFileSystem } from '../store/atomic-write.ts';
import { DEFAULT_COMPACT_AT, packStore, restoreStore, type PackSummary } from '../store/store-branch.ts';
import { checkStore, describeStoreCheck } from '../store/store-check.ts';
import { acquireStoreLock } from '../store/store-lock.ts';
import { openTicketStore } from '../store/ticket-store.ts';
import { finishCommittedFetches } from '../store/committed-fetches.ts';
import { EXIT, UsageError, type CommandIO } from './io.ts';

export interface StoreArgs {
  action: string | null;
  /** pack: the branch's previous tree (absent on the first night); restore: the branch's tree. */
  from: string | null;
  /** pack: where the tree to commit is written. */
  out: string | null;
  /** The store folder; default: the pipeline's `store.dir`. */
  store: string | null;
  /** pack: the journal's bound, a share of the base day files' bytes (`50%`). */
  compactAt: string | null;
}

async function storeDir(io: CommandIO, args: StoreArgs): Promise<string> {
  if (args.store) return path.resolve(io.root, args.store);
  // Only without --store: loading the documents costs more than a pack (the nightly job passes --store).
  const { loadForCommand } = await import('./validate.ts');
  const loaded = await loadForCommand(io, { strict: false, base: null });
  if (!loaded.model) throw new UsageError('standards/ does not validate, so the store folder (pipeline.yaml store.dir) is unknown: pass --store DIR or run `standards validate`');
  return path.resolve(io.root, loaded.model.pipeline.storeDir);
}

function parseShare(text: string | null): number {
  if (text === null) return DEFAULT_COMPACT_AT;
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
  if (!match || Number(match[1]) <= 0) throw new UsageError(`--compact-at must be a share of the base day files' bytes like 50%, got "${text}"`);
  return Number(match[1]) / 100;
}

export async function storeCommand(io: CommandIO, args: StoreArgs): Promise<number> {
  const fs = nodeStoreFileSystem;
  if (args.action === 'check') {
    const dir = await storeDir(io, args);
    const shown = path.relative(io.root, dir) || '.';
    await finishCommittedFetches(dir, { fs, command: 'store check', log: (line) => io.stderr(`  ${line}`) });
    const check = await checkStore(openTicketStore(dir, { fs }), fs);
    const findings = describeStoreCheck(check, shown);
    for (const line of findings) io.stderr(`store check: ${line}`);
    io.stderr(`store check: ${check.tickets} tickets in ${check.days} day files; ${check.duplicates.length} stored under more than one day, ${check.unsorted.length} day file(s) not as the store writes them`);
    return findings.length > 0 ? EXIT.findings : EXIT.ok;
  }
  if (args.action === 'restore') {
    if (!args.from) throw new UsageError('store restore needs --from DIR, a checkout of the standards-data branch');
    const to = await storeDir(io, args);
    const done = await restoreStore({ branchDir: path.resolve(io.root, args.from), storeDir: to, fs });
    io.stderr(`store: restored ${done.days} day files into ${path.relative(io.root, to) || '.'} (${done.journaledDays} of them with the journal's changes from ${done.segments} segment(s))`);
    return EXIT.ok;
  }
  if (args.action === 'pack') {
    if (!args.out) throw new UsageError('store pack needs --out DIR, a new folder for the tree the store job commits');
    const compactAt = parseShare(args.compactAt);
    const from = await storeDir(io, args);
    const log = (line: string) => io.stderr(`  ${line}`);
    // Held for the whole pack: a fetch finishing half-way would leave a tree whose days and cursor disagree.
    const lock = await acquireStoreLock(from, { fs, command: 'store pack', log });
    let packed: PackSummary;
    try {
      await finishCommittedFetches(from, { fs, command: 'store pack', log, lock });
      packed = await packStore({ storeDir: from, previousDir: args.from ? path.resolve(io.root, args.from) : null, outDir: path.resolve(io.root, args.out), compactAt, fs });
    } finally {
      await lock.release();
    }
    const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} kB`;
    io.stderr(packed.compacted
      ? `store: packed as whole day files (compacted: ${packed.reason}); ${packed.changedDays} day(s) changed since the previous tree`
      : packed.segment
        ? `store: packed ${packed.entries} ticket change(s) in ${packed.changedDays} day(s) and ${packed.files} file(s) into journal/${packed.segment} (${kb(packed.segmentBytes)}; the journal holds ${kb(packed.journalBytes)}, ${(packed.journalBytes / Math.max(1, packed.baseBytes) * 100).toFixed(1)}% of the base day files)`
        : 'store: nothing changed since the previous tree; the journal is as it was');
    return EXIT.ok;
  }
  throw new UsageError(`store needs an action: \`standards store check\`, \`standards store restore --from DIR\` or \`standards store pack --from DIR --out DIR\`, got ${args.action === null ? 'none' : `"${args.action}"`}`);
}
