// npm run bench:review — a pull request changing 50 standards and 10 SOPs, reviewed over a generated store of
// 1,000,000 sample tickets. Prints (a) one plain evaluate of the proposed model over the store, (b) the whole
// review (load both sides, semantic diff, replay of base and proposed in one pass), and (b)/(a).
// Targets: (b) < 30 s and (b)/(a) < 2 on a 2-core runner.
//
//   npm run bench:review                   1,000,000 tickets
//   node bench/review.bench.ts 100000      fewer, for a quick look

import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateSampleTickets } from '../scripts/sources/sample.ts';
import { openTicketStore } from '../scripts/store/ticket-store.ts';
import { evaluateStandards } from '../scripts/engine/evaluate.ts';
import { clockFor } from '../scripts/engine/business-time.ts';
import { validateDocuments } from '../scripts/model/load.ts';
import { buildReview } from '../scripts/review/build-review.ts';
import type { ReviewSide } from '../scripts/review/compare.ts';
import { formatDuration, parseDuration } from '../scripts/model/values.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COUNT = Number(process.argv[2] ?? 1_000_000);
const DAYS = 365;
const NOW = new Date('2026-11-23T06:00:00Z');
const STANDARDS = 60;
const CHANGED_STANDARDS = 50;
const SOPS = 12;
const CHANGED_SOPS = 10;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(root, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return files;
}

/** The repository's documents, with standards and SOPs repeated under new ids up to the bench's counts. */
function baseDocuments(): Record<string, string> {
  const files = filesUnder('standards');
  const copies = (folder: string, wanted: number) => {
    const originals = Object.keys(files).filter((f) => f.startsWith(`standards/${folder}/`)).sort();
    for (let i = 0; originals.length + i < wanted; i++) {
      const file = originals[i % originals.length]!;
      const id = path.posix.basename(file, '.yaml');
      const copy = `${id}-copy-${i}`;
      files[`standards/${folder}/${copy}.yaml`] = files[file]!.replace(`id: ${id}\n`, `id: ${copy}\n`);
    }
  };
  copies('service-levels', STANDARDS);
  copies('sops', SOPS);
  return files;
}

/** Tightens a standard: a quarter off its threshold, else a point on its target. */
function tighten(text: string): string {
  const threshold = /^threshold: (\S+)$/m.exec(text);
  if (threshold) {
    const parsed = parseDuration(threshold[1]);
    if (parsed.ok) return text.replace(threshold[0], `threshold: ${formatDuration(Math.max(1, Math.floor(parsed.value * 0.75)))}`);
  }
  return text
    .replace(/min: (\d+)%/, (_, n) => `min: ${Math.min(99, Number(n) + 1)}%`)
    .replace(/max: (\d+)%/, (_, n) => `max: ${Math.max(1, Number(n) - 1)}%`)
    .replace(/min: (-?\d+) }/, (_, n) => `min: ${Number(n) + 5} }`);
}

/**
 * Halves every step's timeline, with the version bump and changelog entry that go with it. Every step, not only
 * the first: a step that `keeps` a standard tightened by a quarter (tighten) must still allow no more than it
 * promises (the SOP check `validate` makes), and half of what it allowed does.
 */
function reviseSop(text: string): string {
  const version = Number(/^version: (\d+)$/m.exec(text)![1]);
  return text
    .replace(/^version: \d+$/m, `version: ${version + 1}`)
    .replace(/within: (\S+)/g, (_, w) => `within: ${formatDuration(Math.max(1, Math.round((parseDuration(w) as { value: number }).value / 2)))}`)
    .replace(/^changelog:\n/m, `changelog:\n  - { version: ${version + 1}, date: 2026-11-23, summary: Faster steps. }\n`);
}

function side(files: Record<string, string>): ReviewSide {
  const encoded = Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
  const result = validateDocuments(encoded, { today: '2026-11-23' });
  if (!result.model) throw new Error(`bench documents are invalid: ${result.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}: ${f.message}`).join('; ')}`);
  return { documents: result.documents, model: result.model, findings: result.findings, texts: new Map(Object.entries(files)) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'review-bench-'));
  try {
    console.log(`review bench: ${COUNT.toLocaleString('en')} sample tickets over ${DAYS} days, now ${NOW.toISOString()}`);
    let t0 = performance.now();
    const store = openTicketStore(dir);
    await store.mergeTickets(generateSampleTickets({ count: COUNT, days: DAYS, seed: 20261123, now: NOW }));
    console.log(`store written in ${seconds(performance.now() - t0)}`);

    const base = baseDocuments();
    const head = { ...base };
    Object.keys(base).filter((f) => f.startsWith('standards/service-levels/')).sort().slice(0, CHANGED_STANDARDS).forEach((f) => { head[f] = tighten(base[f]!); });
    Object.keys(base).filter((f) => f.startsWith('standards/sops/')).sort().slice(0, CHANGED_SOPS).forEach((f) => { head[f] = reviseSop(base[f]!); });
    const changedStandards = Object.keys(base).filter((f) => f.startsWith('standards/service-levels/') && head[f] !== base[f]).length;

    t0 = performance.now();
    const plain = await evaluateStandards({ model: side(head).model!, tickets: store.tickets(), now: NOW, clockFor });
    const plainMs = performance.now() - t0;
    console.log(`(a) plain evaluate:  ${seconds(plainMs)}  (${plain.standards.length} standards, ${plain.data.tickets.toLocaleString('en')} tickets)`);

    t0 = performance.now();
    const review = await buildReview({ baseRef: 'main', base: side(base), head: side(head), now: NOW, clockFor, tickets: { tickets: store.tickets(), store: dir } });
    const reviewMs = performance.now() - t0;
    const replayed = review.replay.state === 'replayed' ? review.replay.standards.length : 0;
    console.log(`(b) review:          ${seconds(reviewMs)}  (${changedStandards} standards and ${CHANGED_SOPS} SOPs changed; ${replayed} standards replayed, ${2 * replayed} evaluated in one pass; target < 30 s)`);
    console.log(`ratio (b)/(a):       ${(reviewMs / plainMs).toFixed(2)}  (target < 2)`);
    console.log(`changes: ${review.changes.length}; notes: ${review.notes.length}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    if (review.replay.state === 'replayed') {
      const worse = review.replay.standards.filter((r) => r.proposed.status === 'breached' && r.base?.status !== 'breached').length;
      console.log(`replay: ${worse} of ${replayed} would be breached that were not`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
