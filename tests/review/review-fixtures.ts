// Building blocks for review tests: the fixture documents as text, a side of a review from in-memory files,
// tiny git repositories with a base branch and a proposal branch in temp dirs, and a hand-made ticket store.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { validateDocuments } from '../../scripts/model/load.ts';
import type { ReviewSide } from '../../scripts/review/compare.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import type { Ticket } from '../../scripts/model/model.ts';

const git = promisify(execFile);
export const FIXTURE_ROOT = path.resolve(import.meta.dirname, '../fixtures/review/base');
export const TODAY = '2026-11-20';

export type Files = Record<string, string>;

export function fixtureFiles(): Files {
  const files: Files = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(FIXTURE_ROOT, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(path.join(FIXTURE_ROOT, 'standards'));
  return files;
}

/** The fixture with edits: a string replaces a file, null deletes it; `[from, to]` pairs edit text in place. */
export function edited(files: Files, changes: Record<string, string | null | [string, string][]>): Files {
  const next = { ...files };
  for (const [file, change] of Object.entries(changes)) {
    if (change === null) delete next[file];
    else if (typeof change === 'string') next[file] = change;
    else {
      let text = next[file]!;
      for (const [from, to] of change) {
        if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
        text = text.replace(from, to);
      }
      next[file] = text;
    }
  }
  return next;
}

export function sideOf(files: Files): ReviewSide {
  const encoded = Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
  const result = validateDocuments(encoded, { today: TODAY });
  return { documents: result.documents, model: result.model, findings: result.findings, texts: new Map(Object.entries(files)) };
}

const temps: string[] = [];
export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function writeFiles(root: string, files: Files): void {
  rmSync(path.join(root, 'standards'), { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

const sh = (cwd: string, ...args: string[]) => git('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', ...args], { cwd });

/** A repository whose `main` holds `base` and whose checked-out `proposal` branch holds `head`. */
export async function twoBranchRepo(base: Files, head: Files): Promise<string> {
  const root = tempDir('standards-review-');
  writeFiles(root, base);
  await sh(root, 'init', '-q', '-b', 'main');
  await sh(root, 'add', '-A');
  await sh(root, 'commit', '-qm', 'base');
  await sh(root, 'checkout', '-qb', 'proposal');
  writeFiles(root, head);
  await sh(root, 'add', '-A');
  await sh(root, 'commit', '-qm', 'proposal');
  return root;
}

export async function runGit(cwd: string, ...args: string[]): Promise<string> {
  return (await sh(cwd, ...args)).stdout;
}

/** A solved ticket whose first agent reply came `replyMinutes` after creation. */
export function ticket(id: string, created: string, replyMinutes: number, priority: Ticket['priority'] = 'urgent'): Ticket {
  const reply = new Date(Date.parse(created) + replyMinutes * 60_000).toISOString().replace('.000Z', 'Z');
  return {
    id, created, updated: reply, priority, channel: 'email', status: 'solved', team: 'support-emea', category: 'orders', tags: [],
    replies: [{ at: reply, by: 'agent' }],
    statusChanges: [{ at: created, status: 'new' }, { at: reply, status: 'solved' }],
  } as Ticket;
}

/**
 * Five urgent tickets and one normal one, first replies after 30, 50, 40, 55 and 120 minutes (urgent) and 10
 * (normal). With a 1h threshold 4 of 5 urgent tickets meet it; with 45m, 2 of 5.
 */
export const HAND_TICKETS: Ticket[] = [
  ticket('T1', '2026-11-18T10:00:00Z', 30),
  ticket('T2', '2026-11-18T11:00:00Z', 50),
  ticket('T3', '2026-11-19T09:00:00Z', 40),
  ticket('T4', '2026-11-19T12:00:00Z', 55),
  ticket('T5', '2026-11-19T15:00:00Z', 120),
  ticket('T6', '2026-11-19T16:00:00Z', 10, 'normal'),
];

export const NOW = '2026-11-20T06:00:00Z';

export async function writeStore(dir: string, tickets: readonly Ticket[], fetchedAt = NOW): Promise<void> {
  const store = openTicketStore(dir);
  await store.mergeTickets(tickets);
  await store.writeCursor({ source: 'sample', cursor: 'hand', fetchedAt });
}

/** The pull request of the closing note: one threshold tightened, one SOP step changed, one policy edited. */
export function tighteningProposal(base: Files): Files {
  return edited(base, {
    'standards/service-levels/first-response-urgent.yaml': [['threshold: 1h', 'threshold: 45m']],
    'standards/sops/handle-complaint.yaml': [
      ['version: 2', 'version: 3'],
      ['    instructions: Read the order history and ask for photos once.\n    within: 4h', '    instructions: Read the order and carrier history and ask for photos once, with everything else you need.\n    within: 2h'],
      ['changelog:\n', 'changelog:\n  - { version: 3, date: 2026-11-20, summary: "Facts within two hours, carrier history included." }\n'],
    ],
    'standards/policies/complaints.yaml': [
      ['Every complaint has one owner who answers within the hour.', 'Every complaint has one named owner who answers within 45 minutes.'],
      ['standards: [first-response-urgent, csat]', 'standards: [first-response-urgent]'],
    ],
  });
}

/** Replaces standards/ with `files` and commits them as of `date` (author and committer), with `message`. */
export async function commitAt(root: string, files: Files, date: string, message: string): Promise<void> {
  rmSync(path.join(root, 'standards'), { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'CI', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'CI', GIT_COMMITTER_EMAIL: 'ci@example.com' };
  await git('git', ['add', '-A', 'standards'], { cwd: root, env });
  await git('git', ['commit', '-qm', message], { cwd: root, env });
}
