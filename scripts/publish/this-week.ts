// "This week": what changed in the last 7 days that staff must know about, newest first: standards that
// changed status (the status log), goals and thresholds that changed (a new version of a standard taking
// effect, from the report's versions, or a commit that changed the goal, from the document's git history),
// and SOP versions published (their changelogs). Home shows it, and What changed opens with it. Pure.

import type { StandardsModel } from '../model/model.ts';
import type { Report } from '../model/documents.generated.ts';
import { statusTransitions, type LoggedStatus, type StatusEntry } from '../store/status-log.ts';
import type { HistoryEntry } from './site-history.ts';

export interface WeekItem {
  /** YYYY-MM-DD. */
  date: string;
  kind: 'status' | 'goal' | 'sop';
  document: { kind: 'Standard' | 'SOP'; id: string; title: string };
  what: string;
  /** Status changes: the new status. */
  status?: LoggedStatus;
  /** SOP versions: the version published. */
  version?: number;
}

export const WEEK_DAYS = 7;

const STATUS_WORDS: Record<LoggedStatus, string> = { met: 'met', 'at-risk': 'at risk', breached: 'breached', 'no-data': 'without enough data' };
/** The fields of a Standard document that set its goal. */
const GOAL_FIELDS = new Set(['threshold', 'objective', 'target', 'versions']);

/** The first day of the week that ends with `today` (7 days counting today). */
export function weekStart(today: string, days = WEEK_DAYS): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

export interface ThisWeekInput {
  model: Pick<StandardsModel, 'standards' | 'sops'>;
  report: Pick<Report, 'standards'>;
  histories: Record<string, HistoryEntry[]>;
  statusLog: readonly StatusEntry[];
  /** The build's day, YYYY-MM-DD. */
  today: string;
}

export function thisWeek(input: ThisWeekInput): WeekItem[] {
  const { model, report, histories, statusLog, today } = input;
  const from = weekStart(today);
  const inWeek = (date: string) => date >= from && date <= today;
  const titles = new Map(model.standards.map((s) => [s.id, s.title]));
  const items: WeekItem[] = [];

  for (const t of statusTransitions(statusLog)) {
    const title = titles.get(t.standard);
    if (!title || !inWeek(t.date)) continue;
    items.push({
      date: t.date, kind: 'status', document: { kind: 'Standard', id: t.standard, title },
      what: `Now ${STATUS_WORDS[t.to]} (was ${STATUS_WORDS[t.from]})${t.versionChanged ? ', after a change to the standard' : ''}`,
      status: t.to,
    });
  }

  // A new version taking effect this week says what the goal was and is; a commit this week that changed the
  // goal of a standard with no such version (it takes effect later, or the report predates it) says the fields.
  const goalChanged = new Set<string>();
  for (const r of report.standards) {
    const title = titles.get(r.id);
    const versions = r.versions ?? [];
    if (!title) continue;
    for (let i = 1; i < versions.length; i++) {
      const before = versions[i - 1]!;
      const after = versions[i]!;
      if (!inWeek(after.from) || before.goal.text === after.goal.text) continue;
      goalChanged.add(r.id);
      items.push({ date: after.from, kind: 'goal', document: { kind: 'Standard', id: r.id, title }, what: `Goal ${before.goal.text} → ${after.goal.text}, in force from this day` });
    }
  }
  for (const s of model.standards) {
    if (goalChanged.has(s.id)) continue;
    for (const h of histories[s.origin.file] ?? []) {
      const date = h.date.slice(0, 10);
      const fields = h.fields.filter((f) => GOAL_FIELDS.has(f.field));
      if (!inWeek(date) || fields.length === 0) continue;
      items.push({
        date, kind: 'goal', document: { kind: 'Standard', id: s.id, title: s.title },
        what: `Goal changed: ${fields.map((f) => `${f.field} ${f.before ?? 'unset'} → ${f.after ?? 'removed'}`).join('; ')} (in force from ${s.effective})`,
      });
    }
  }

  for (const sop of model.sops) {
    for (const c of sop.changelog) {
      if (!inWeek(c.date)) continue;
      items.push({ date: c.date, kind: 'sop', document: { kind: 'SOP', id: sop.id, title: sop.title }, what: `Version ${c.version} published: ${c.summary}`, version: c.version });
    }
  }

  const rank = { status: 0, goal: 1, sop: 2 } as const;
  return items.sort((a, b) => b.date.localeCompare(a.date) || rank[a.kind] - rank[b.kind] || a.document.title.localeCompare(b.document.title));
}
