// The semantic diff: two loaded versions of standards/ (the base ref's and the working tree's) in, every change
// a reviewer must judge out, as data. Documents are matched by kind and id; a removed and an added document of
// the same kind whose text is mostly the same are one renamed document. Pure: no git, no files, no clock.

import { isDeepStrictEqual } from 'node:util';
import { diffLines } from 'diff';
import type { LoadedDocument } from '../model/rules.ts';
import type { Finding } from '../model/findings.ts';
import type {
  CalendarDefinition, PipelineSettings, PolicyDefinition, ScorecardDefinition, SopDefinition, StandardDefinition,
  StandardsModel, TeamDefinition,
} from '../model/model.ts';
import { WEEKDAYS } from '../model/model.ts';
import {
  calendarFields, intervalsText, pipelineFields, policyFields, scorecardFields, sopFields, standardFields, teamFields,
} from './document-words.ts';
import { sopProseConflicts, standardProseConflicts } from './prose-numbers.ts';
import { changelogNotes, keptSteps, promiseNotes, stepChanges, stepsKeeping } from './sop-changes.ts';
import type {
  AffectedStandard, CalendarChange, DocumentChange, DocumentChangeKind, FieldChange, OtherChange, PolicyChange, ReviewNote,
  SopChange, StandardChange, TeamChange,
} from './review-data.ts';

/** One side of the comparison: what the loader returned, and each file's text (for rename detection). */
export interface ReviewSide {
  documents: readonly LoadedDocument[];
  model: StandardsModel | null;
  findings: readonly Finding[];
  texts: ReadonlyMap<string, string>;
}

export interface Comparison {
  files: string[];
  /** Documents whose files changed in meaning. */
  changes: DocumentChange[];
  /** Standards whose files did not change, measured differently because something they depend on did. */
  affected: AffectedStandard[];
  notes: ReviewNote[];
}

/** Two versions are the same rename when at least this share of their lines is unchanged (git's default is 50%). */
const RENAME_SIMILARITY = 0.5;

interface Pair { kind: LoadedDocument['kind']; id: string; before: LoadedDocument | null; after: LoadedDocument | null; renamed: boolean }

function keyOf(doc: LoadedDocument): string {
  return `${doc.kind}/${doc.id ?? `file:${doc.source.file}`}`;
}

/**
 * The most lines added or removed the rename check's line diff looks for: its cost is the texts' length times their
 * edits, over every removed and added document of a kind the pull request pairs. Two documents under 1,000 lines each
 * are always compared in full; past the bound the two are not taken for one renamed.
 */
export const MAX_LINE_EDITS = 2000;

/** The share of lines two texts have in common; 0 when more than MAX_LINE_EDITS lines differ. */
export function lineSimilarity(a: string, b: string): number {
  let same = 0;
  const parts = diffLines(a, b, { maxEditLength: MAX_LINE_EDITS });
  if (parts === undefined) return 0;
  for (const part of parts) if (!part.added && !part.removed) same += part.count ?? 0;
  const lines = (t: string) => t.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '').length;
  const total = lines(a) + lines(b);
  return total === 0 ? 1 : (2 * same) / total;
}

function pairDocuments(base: ReviewSide, head: ReviewSide): Pair[] {
  const before = new Map(base.documents.map((d) => [keyOf(d), d]));
  const after = new Map(head.documents.map((d) => [keyOf(d), d]));
  const pairs: Pair[] = [];
  const removed: LoadedDocument[] = [];
  for (const [key, doc] of before) {
    const other = after.get(key);
    if (other) pairs.push({ kind: doc.kind, id: other.id ?? doc.id ?? '', before: doc, after: other, renamed: other.source.file !== doc.source.file });
    else removed.push(doc);
  }
  const added = [...after].filter(([key]) => !before.has(key)).map(([, d]) => d);
  // Most similar first, so two renames in one pull request pair up correctly.
  const candidates: { a: LoadedDocument; b: LoadedDocument; score: number }[] = [];
  for (const a of removed) {
    for (const b of added) {
      if (a.kind !== b.kind) continue;
      const score = lineSimilarity(base.texts.get(a.source.file) ?? '', head.texts.get(b.source.file) ?? '');
      if (score >= RENAME_SIMILARITY) candidates.push({ a, b, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const used = new Set<LoadedDocument>();
  for (const { a, b } of candidates) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a);
    used.add(b);
    pairs.push({ kind: b.kind, id: b.id ?? '', before: a, after: b, renamed: true });
  }
  for (const a of removed) if (!used.has(a)) pairs.push({ kind: a.kind, id: a.id ?? '', before: a, after: null, renamed: false });
  for (const b of added) if (!used.has(b)) pairs.push({ kind: b.kind, id: b.id ?? '', before: null, after: b, renamed: false });
  return pairs;
}

function definition<T>(doc: LoadedDocument | null): T | null {
  return doc && doc.valid ? (doc.definition as T) : null;
}

/** Definitions compared without where they came from. */
function sameDefinition(a: unknown, b: unknown): boolean {
  const strip = (d: unknown) => {
    if (d === null || typeof d !== 'object') return d;
    const { origin: _origin, ...rest } = d as Record<string, unknown>;
    return rest;
  };
  return isDeepStrictEqual(strip(a), strip(b));
}

function changeKind(pair: Pair): DocumentChangeKind {
  if (!pair.before) return 'added';
  if (!pair.after) return 'removed';
  return pair.renamed ? 'renamed' : 'changed';
}

function titleOf(doc: LoadedDocument | null): string | null {
  const data = doc?.source.data as Record<string, unknown> | undefined;
  const title = data?.title ?? data?.name;
  return typeof title === 'string' ? title : null;
}

function base(pair: Pair) {
  const change = changeKind(pair);
  const previousId = pair.before && pair.after && pair.before.id !== pair.after.id ? pair.before.id : null;
  return {
    id: pair.id,
    change,
    file: (pair.after ?? pair.before)!.source.file,
    previousFile: change === 'renamed' ? pair.before!.source.file : null,
    previousId,
    title: titleOf(pair.after) ?? titleOf(pair.before) ?? pair.id,
  };
}

function idChange(pair: Pair): FieldChange[] {
  return pair.before && pair.after && pair.before.id !== pair.after.id
    ? [{ field: 'id', label: 'id', before: pair.before.id, after: pair.after.id, words: null, hunks: null }]
    : [];
}

function setDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

function rawFields(before: LoadedDocument | null, after: LoadedDocument | null): FieldChange[] {
  // A side that is not valid has no definition: fall back to its top-level YAML values.
  const a = (before?.source.data ?? {}) as Record<string, unknown>;
  const b = (after?.source.data ?? {}) as Record<string, unknown>;
  // Clipped: an invalid document can hold anything, and the review has a size bound on every string.
  const show = (v: unknown) => (v === undefined ? null : (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v)).slice(0, 20_000));
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !isDeepStrictEqual(a[k], b[k]))
    .map((k) => ({ field: k, label: k, before: show(a[k]), after: show(b[k]), words: null, hunks: null }));
}

export interface CompareOptions {
  /** Standards replayed because something they depend on changed, with the reason (from replay.ts). */
  affected?: ReadonlyMap<string, string[]>;
}

export function compareSides(baseSide: ReviewSide, head: ReviewSide, options: CompareOptions = {}): Comparison {
  const pairs = pairDocuments(baseSide, head);
  const changes: DocumentChange[] = [];
  const notes: ReviewNote[] = [];
  const files = new Set<string>();
  const headStandards = head.model?.standards ?? head.documents.filter((d) => d.kind === 'Standard' && d.valid).map((d) => d.definition as StandardDefinition);
  const baseStandards = baseSide.model?.standards ?? [];
  const headSops = head.model?.sops ?? validOf<SopDefinition>(head, 'SOP');

  for (const pair of pairs) {
    const { before, after } = pair;
    const unchangedText = before && after && before.source.file === after.source.file
      && baseSide.texts.get(before.source.file) === head.texts.get(after.source.file);
    if (unchangedText) continue;
    const common = base(pair);
    const both = <T>() => [definition<T>(before), definition<T>(after)] as const;
    const useRaw = (before !== null && !before.valid) || (after !== null && !after.valid);
    let change: DocumentChange | null = null;
    switch (pair.kind) {
      case 'Standard': {
        const [a, b] = both<StandardDefinition>();
        const fields = useRaw ? rawFields(before, after) : [...idChange(pair), ...standardFields(a, b)];
        change = { kind: 'Standard', ...common, fields, affectedBy: [], keptBy: b ? stepsKeeping(b.id, headSops, headStandards) : [] } satisfies StandardChange;
        if (b && (common.change === 'added' || fields.length)) {
          for (const message of standardProseConflicts(b, a)) {
            notes.push({ severity: 'warning', file: common.file, subject: `Standard ${b.id}`, message, rule: 'prose-numbers' });
          }
        }
        break;
      }
      case 'SOP': {
        const [a, b] = both<SopDefinition>();
        const steps = a && b ? stepChanges(a.steps, b.steps) : b ? stepChanges([], b.steps) : [];
        const fields = useRaw ? rawFields(before, after) : [...idChange(pair), ...sopFields(a, b)];
        const baseVersions = new Set(a?.changelog.map((e) => e.version) ?? []);
        change = {
          kind: 'SOP', ...common, fields, steps: common.change === 'added' ? [] : steps,
          version: { before: a?.version ?? null, after: b?.version ?? null },
          changelog: b ? b.changelog.filter((e) => !baseVersions.has(e.version)) : [],
          keeps: b ? keptSteps(b, headStandards) : [],
        } satisfies SopChange;
        if (b) {
          for (const message of sopProseConflicts(b, a)) notes.push({ severity: 'warning', file: common.file, subject: `SOP ${b.id}`, message, rule: 'prose-numbers' });
        }
        if (a && b) notes.push(...changelogNotes(a, b, common.file));
        // Recording a review (review.last, review.every) is not a content change and needs no new version.
        const contentChanged = steps.length > 0 || fields.some((f) => f.field !== 'review');
        if (a && b && contentChanged && b.version <= a.version) {
          notes.push({
            severity: 'error', file: common.file, subject: `SOP ${b.id}`, rule: 'sop-version',
            message: `the procedure changed but the version is still ${b.version}: bump the version and add a changelog entry (version: ${a.version + 1}, with a changelog entry for ${a.version + 1} at the top)`,
          });
        }
        break;
      }
      case 'Policy': {
        const [a, b] = both<PolicyDefinition>();
        const fields = useRaw ? rawFields(before, after) : [...idChange(pair), ...policyFields(a, b)];
        const links = (p: PolicyDefinition | null) => [...(p?.standards ?? []).map((s) => `Standard ${s}`), ...(p?.sops ?? []).map((s) => `SOP ${s}`)];
        change = { kind: 'Policy', ...common, fields, links: setDiff(links(a), links(b)) } satisfies PolicyChange;
        break;
      }
      case 'Team': {
        const [a, b] = both<TeamDefinition>();
        const id = b?.id ?? a?.id ?? pair.id;
        const owned = (model: StandardsModel | null) =>
          model ? [...model.standards.map((d) => ({ d, k: 'Standard' })), ...model.sops.map((d) => ({ d, k: 'SOP' })), ...model.policies.map((d) => ({ d, k: 'Policy' })), ...model.scorecards.map((d) => ({ d, k: 'Scorecard' }))]
            .filter(({ d }) => d.owner === id).map(({ d, k }) => `${k} ${d.id}`) : [];
        const ownership = setDiff(owned(baseSide.model), owned(head.model));
        change = {
          kind: 'Team', ...common, fields: useRaw ? rawFields(before, after) : [...idChange(pair), ...teamFields(a, b)],
          members: setDiff(a?.members ?? [], b?.members ?? []),
          leads: setDiff(a?.leads ?? [], b?.leads ?? []),
          ownership: { gained: ownership.added, lost: ownership.removed },
        } satisfies TeamChange;
        break;
      }
      case 'Calendar': {
        const [a, b] = both<CalendarDefinition>();
        const hours = WEEKDAYS.flatMap((day) => {
          const x = intervalsText(a?.hours[day] ?? []);
          const y = intervalsText(b?.hours[day] ?? []);
          return x === y || !a || !b ? [] : [`${day}: ${x} → ${y}`];
        });
        const holidayText = (h: CalendarDefinition['holidays'][number]) => `${h.date} ${h.name}${h.open ? ` (open ${intervalsText(h.open)})` : ''}`;
        const beforeDays = new Map((a?.holidays ?? []).map((h) => [h.date, holidayText(h)]));
        const afterDays = new Map((b?.holidays ?? []).map((h) => [h.date, holidayText(h)]));
        const id = b?.id ?? a?.id ?? pair.id;
        const onCalendar = [...new Set([...headStandards, ...baseStandards].filter((s) => s.calendar === id).map((s) => s.id))].sort();
        change = {
          kind: 'Calendar', ...common, fields: useRaw ? rawFields(before, after) : [...idChange(pair), ...calendarFields(a, b)],
          hours,
          holidays: {
            added: [...afterDays].filter(([d]) => !beforeDays.has(d)).map(([, t]) => t),
            removed: [...beforeDays].filter(([d]) => !afterDays.has(d)).map(([, t]) => t),
            changed: [...afterDays].filter(([d, t]) => beforeDays.has(d) && beforeDays.get(d) !== t).map(([d, t]) => `${beforeDays.get(d)} → ${t}`),
          },
          standards: onCalendar,
        } satisfies CalendarChange;
        break;
      }
      case 'Scorecard': {
        const [a, b] = both<ScorecardDefinition>();
        change = { kind: 'Scorecard', ...common, fields: useRaw ? rawFields(before, after) : [...idChange(pair), ...scorecardFields(a, b)] } satisfies OtherChange;
        break;
      }
      case 'Pipeline': {
        const [a, b] = both<PipelineSettings>();
        change = { kind: 'Pipeline', ...common, fields: useRaw ? rawFields(before, after) : pipelineFields(a, b) } satisfies OtherChange;
        break;
      }
    }
    const unchanged = change.change === 'changed' && change.fields.length === 0
      && !(change.kind === 'SOP' && change.steps.length) && !(change.kind === 'Team' && (change.members.added.length || change.members.removed.length || change.leads.added.length || change.leads.removed.length))
      && !(change.kind === 'Calendar' && (change.hours.length || change.holidays.added.length || change.holidays.removed.length || change.holidays.changed.length))
      && !(change.kind === 'Policy' && (change.links.added.length || change.links.removed.length));
    if (before) files.add(before.source.file);
    if (after) files.add(after.source.file);
    // Only formatting or comments changed: the file differs, the meaning does not.
    if (unchanged) continue;
    changes.push(change);
  }

  const affected: AffectedStandard[] = [];
  for (const [id, reasons] of options.affected ?? []) {
    const existing = changes.find((c): c is StandardChange => c.kind === 'Standard' && c.id === id);
    if (existing) existing.affectedBy.push(...reasons);
    else {
      // Its file did not change: it is not a changed document, but it is measured differently.
      const s = headStandards.find((x) => x.id === id);
      if (s) affected.push({ id, file: s.origin.file, title: s.title, reasons: [...reasons] });
    }
  }

  const kept = changes.flatMap((c) => (c.kind === 'Standard' ? c.keptBy : c.kind === 'SOP' ? c.keeps : []));
  notes.push(...promiseNotes(kept, headSops, headStandards));
  notes.push(...danglingReferences(head, changes));
  notes.push(...invalidDocuments(head));
  changes.sort(byKindThenId);
  affected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { files: [...files].sort(), changes, affected, notes };
}

const KIND_ORDER = ['Standard', 'SOP', 'Policy', 'Team', 'Calendar', 'Scorecard', 'Pipeline'];

function byKindThenId(a: DocumentChange, b: DocumentChange): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function validOf<T>(side: ReviewSide, kind: LoadedDocument['kind']): T[] {
  return side.documents.filter((d) => d.kind === kind && d.valid).map((d) => d.definition as T);
}

/** Documents on the proposed side that still name a Standard or SOP this pull request removes. */
function danglingReferences(head: ReviewSide, changes: readonly DocumentChange[]): ReviewNote[] {
  const gone = changes.filter((c) => c.change === 'removed' || (c.change === 'renamed' && c.previousId !== null));
  const notes: ReviewNote[] = [];
  for (const c of gone) {
    const id = c.change === 'removed' ? c.id : c.previousId!;
    if (c.kind !== 'Standard' && c.kind !== 'SOP') continue;
    const how = c.change === 'removed' ? 'removes' : `renames to ${c.id}`;
    for (const doc of head.documents) {
      const data = doc.source.data as Record<string, unknown>;
      const lists: [string, unknown][] = c.kind === 'Standard'
        ? [['standards', data.standards], ['serves', data.serves], ...((Array.isArray(data.exclusions) ? data.exclusions : []) as Record<string, unknown>[]).map((e): [string, unknown] => ['exclusions', e?.standards])]
        : [['sops', data.sops]];
      const field = lists.find(([, v]) => Array.isArray(v) && v.includes(id));
      if (!field || (doc.kind !== 'Policy' && doc.kind !== 'SOP' && doc.kind !== 'Pipeline')) continue;
      notes.push({
        severity: 'error', file: doc.source.file, subject: `${doc.kind} ${doc.id ?? doc.source.file}`, rule: 'dangling-reference',
        message: `${field[0]} still lists ${c.kind} ${id}, which this pull request ${how}: remove it from ${field[0]} or keep the ${c.kind}`,
      });
    }
  }
  return notes;
}

function invalidDocuments(head: ReviewSide): ReviewNote[] {
  const byFile = new Map<string, Finding>();
  // References and step promises have notes of their own (dangling-reference, step-promise).
  for (const f of head.findings) if (f.severity === 'error' && f.rule !== 'reference' && f.rule !== 'step-promise' && !byFile.has(f.file)) byFile.set(f.file, f);
  return [...byFile.values()].map((f) => ({
    severity: 'error' as const, file: f.file, subject: f.file, rule: 'invalid-document' as const,
    message: `${f.line ? `line ${f.line}: ` : ''}${f.message} (run \`standards validate\` for every problem)`,
  }));
}
