// The change history of each document, from git, for the site: when, the commit subject, and what changed.
// Git is behind `HistoryReader` so a build outside a repository (or a test) works with `noHistory`.
// The diffs are pure functions of two parsed versions of a document.

import { parse as parseYaml } from 'yaml';
import { diffWords } from 'diff';
import { type DocumentRevision, type GitProcess, type HistoryReader } from '../model/git-history.ts';
import { gitFolderHistory } from '../model/document-history.ts';

export type { DocumentRevision, HistoryReader };

export const noHistory: HistoryReader = {
  revisions: async () => [],
  contentAt: async () => null,
};

/**
 * Reads the history of every document under standards/ with one `git log --raw` and one `git cat-file --batch`
 * (scripts/model/document-history.ts: each document followed by its id); any git failure (no repository, no git) reads as no history.
 */
export function gitHistoryReader(root: string, git?: GitProcess): HistoryReader {
  return gitFolderHistory(root, 'standards', git);
}

// ---------------------------------------------------------------------------------------------------------
// What changed between two versions of a document

export interface TextChange {
  /** Word-level diff: unchanged, added and removed runs in order. */
  parts: { text: string; change: 'same' | 'added' | 'removed' }[];
}

export type SopChange =
  | { kind: 'step-added'; step: string; title: string; position: number }
  | { kind: 'step-removed'; step: string; title: string }
  | { kind: 'step-moved'; step: string; title: string; from: number; to: number }
  | { kind: 'step-changed'; step: string; title: string; field: 'title' | 'instructions' | 'within' | 'role'; before: string | null; after: string | null; text: TextChange | null }
  | { kind: 'field-changed'; field: string; before: string | null; after: string | null };

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value).replace(/"/g, '').replace(/,/g, ', ').replace(/:/g, ': ');
}

/**
 * The most words added or removed (each with its spaces) a word diff looks for. Its cost grows with the text's length
 * times the edits it needs: two versions of a step rewritten from end to end, 8,000 words each (a document may hold
 * 1 MiB), took 20 s, and the site's build reads every SOP's history. This bound keeps one diff under a second at 1 MiB;
 * past it, the change reads as the whole text removed and the new one added, which is what such a rewrite is.
 */
export const MAX_WORD_EDITS = 1000;

export function textChange(before: string, after: string): TextChange {
  const parts = diffWords(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (parts === undefined) return { parts: [{ text: before, change: 'removed' }, { text: after, change: 'added' }] };
  return {
    parts: parts.map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' })),
  };
}

/** Top-level fields that differ, in the order of the newer version (then removed ones). */
export function diffDocumentFields(before: unknown, after: unknown, ignore: readonly string[] = []): FieldChange[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !ignore.includes(k));
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const x = show(a[key]);
    const y = show(b[key]);
    if (x !== y) changes.push({ field: key, before: x, after: y });
  }
  return changes;
}

/** The semantic diff reviewers read: steps added, removed, moved or changed (timeline, role, text), then other fields. */
export function diffSopVersions(before: unknown, after: unknown): SopChange[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const stepsOf = (doc: Record<string, unknown>) =>
    (Array.isArray(doc.steps) ? doc.steps : []).map(asRecord).filter((s) => typeof s.id === 'string');
  const oldSteps = stepsOf(a);
  const newSteps = stepsOf(b);
  const oldIndex = new Map(oldSteps.map((s, i) => [s.id as string, i]));
  const newIds = new Set(newSteps.map((s) => s.id as string));
  const changes: SopChange[] = [];
  for (const s of oldSteps) {
    if (!newIds.has(s.id as string)) changes.push({ kind: 'step-removed', step: s.id as string, title: String(s.title ?? s.id) });
  }
  // Moves are judged on the order of the steps both versions share, so one insertion does not "move" the rest.
  const keptOld = oldSteps.filter((s) => newIds.has(s.id as string)).map((s) => s.id as string);
  const keptNew = newSteps.filter((s) => oldIndex.has(s.id as string)).map((s) => s.id as string);
  newSteps.forEach((s, position) => {
    const id = s.id as string;
    const title = String(s.title ?? id);
    const i = oldIndex.get(id);
    if (i === undefined) {
      changes.push({ kind: 'step-added', step: id, title, position: position + 1 });
      return;
    }
    const from = keptOld.indexOf(id);
    const to = keptNew.indexOf(id);
    if (from !== to) changes.push({ kind: 'step-moved', step: id, title, from: i + 1, to: position + 1 });
    const old = oldSteps[i]!;
    for (const field of ['title', 'within', 'role', 'instructions'] as const) {
      const x = show(old[field]);
      const y = show(s[field]);
      if (x === y) continue;
      const text = (field === 'instructions' || field === 'title') && x !== null && y !== null ? textChange(x, y) : null;
      changes.push({ kind: 'step-changed', step: id, title, field, before: x, after: y, text });
    }
  });
  for (const f of diffDocumentFields(a, b, ['steps', 'changelog', 'version'])) {
    changes.push({ kind: 'field-changed', ...f });
  }
  return changes;
}

export function parseDocumentText(text: string | null): unknown {
  if (text === null) return null;
  try {
    return parseYaml(text);
  } catch {
    return null;
  }
}

export interface HistoryEntry {
  commit: string;
  date: string;
  subject: string;
  /** SOP version in that commit, when it is an SOP. */
  version: number | null;
  /** First commit of the file. */
  created: boolean;
  fields: FieldChange[];
  /** SOPs only. */
  sop: SopChange[] | null;
}

export interface ReadHistoryOptions {
  /** At most this many revisions per document (newest first). */
  limit?: number;
  concurrency?: number;
}

/** History with diffs for each file; files of kind SOP (by path `/sops/`) get the semantic SOP diff. */
export async function readDocumentHistories(
  files: readonly string[], reader: HistoryReader, options: ReadHistoryOptions = {},
): Promise<Map<string, HistoryEntry[]>> {
  const limit = options.limit ?? 20;
  const result = new Map<string, HistoryEntry[]>();
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      result.set(file, await historyOf(file, reader, limit));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
  return result;
}

async function historyOf(file: string, reader: HistoryReader, limit: number): Promise<HistoryEntry[]> {
  const revisions = await reader.revisions(file);
  if (revisions.length === 0) return [];
  const shown = revisions.slice(0, limit + 1);
  const contents = await Promise.all(shown.map((r) => reader.contentAt(r.commit, r.file).then(parseDocumentText)));
  const isSop = file.includes('/sops/');
  // The path may have held another document before (one retired and another moved onto its path in one commit,
  // which git reports as a change of that file): the history ends where the id changes.
  const id = asRecord(contents[0]).id;
  const firstOther = contents.findIndex((c, i) => i > 0 && asRecord(c).id !== id);
  const own = firstOther === -1 ? revisions.length : firstOther;
  const entries: HistoryEntry[] = [];
  for (let i = 0; i < Math.min(limit, shown.length, own); i++) {
    const revision = shown[i]!;
    const now = contents[i];
    const created = i === own - 1;
    const before = created ? null : contents[i + 1] ?? null;
    const version = asRecord(now).version;
    entries.push({
      commit: revision.commit,
      date: revision.date,
      subject: revision.subject,
      version: typeof version === 'number' ? version : null,
      created,
      fields: created || isSop ? [] : diffDocumentFields(before, now),
      sop: isSop && !created ? diffSopVersions(before, now) : null,
    });
  }
  return entries;
}
