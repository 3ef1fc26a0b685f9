// The review as plain text for a terminal. Values from documents are printed as text, with line breaks folded
// and `::` broken up, because a CI log turns a line starting with `::` into a workflow command.

import { formatPercentage } from '../model/values.ts';
import type { DocumentChange, ProseHunk, ReplaySide, Review, WordDiff } from '../review/review-data.ts';

/** Untrusted text for a log line: one line, no workflow command. */
export function logText(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/::/g, ': :');
}

function words(diff: WordDiff): string {
  return diff.map((p) => (p.change === 'added' ? `{+${p.text}+}` : p.change === 'removed' ? `[-${p.text}-]` : p.text)).join('');
}

function hunks(list: readonly ProseHunk[]): string {
  return list.map((h) => `[paragraph ${h.start}] ${h.paragraphs.map((p) => words(p.words)).join(' ¶ ')}`).join(' … ');
}

function side(s: ReplaySide | null): string {
  if (!s) return 'new';
  const budget = s.budgetRemaining === null ? 'no budget' : `${formatPercentage(s.budgetRemaining, 0)} budget`;
  return `${s.status} ${s.valueText} (${s.count} measured, ${budget}, ${s.daysOutOfGoal} days out of goal)`;
}

function changeLines(c: DocumentChange): string[] {
  const lines = [`${c.kind} ${c.id} ${c.change}${c.previousFile ? ` from ${c.previousFile}` : ''}: ${c.title}`];
  if (c.kind === 'Standard') for (const r of c.affectedBy) lines.push(`  replayed because ${r}`);
  if (c.kind === 'SOP') {
    if (c.version.before !== c.version.after && c.version.before !== null) lines.push(`  version ${c.version.before} → ${c.version.after}`);
    for (const e of c.changelog) lines.push(`  changelog ${e.version}: ${e.summary}`);
    for (const s of c.steps) {
      if (s.kind === 'step-changed') lines.push(`  step ${s.step} ${s.field}: ${s.hunks ? hunks(s.hunks) : s.words ? words(s.words) : `${s.before ?? '(none)'} → ${s.after ?? '(none)'}`}`);
      else if (s.kind === 'step-moved') lines.push(`  step ${s.step} moved ${s.from} → ${s.to}`);
      else lines.push(`  step ${s.step} ${s.kind === 'step-added' ? `added at ${s.position}` : 'removed'}`);
    }
  }
  if (c.change === 'changed' || c.change === 'renamed') {
    for (const f of c.fields) lines.push(`  ${f.label}: ${f.hunks ? hunks(f.hunks) : f.words && (f.before ?? '').length > 60 ? words(f.words) : `${f.before ?? '(none)'} → ${f.after ?? '(none)'}`}`);
  }
  const kept = c.kind === 'Standard' ? c.keptBy : c.kind === 'SOP' ? c.keeps : [];
  for (const k of kept) lines.push(`  step ${k.sop}/${k.step} (within ${k.within ?? '–'}, ${k.clock}) keeps ${k.standard} (${k.threshold ?? '–'}, ${k.standardClock}): ${k.fits ? 'fits' : `does not fit: ${k.problem}`}`);
  if (c.kind === 'Policy') {
    if (c.links.added.length) lines.push(`  links added: ${c.links.added.join(', ')}`);
    if (c.links.removed.length) lines.push(`  links removed: ${c.links.removed.join(', ')}`);
  }
  if (c.kind === 'Team') {
    for (const [label, list] of [['members added', c.members.added], ['members removed', c.members.removed], ['leads added', c.leads.added], ['leads removed', c.leads.removed], ['now owns', c.ownership.gained], ['no longer owns', c.ownership.lost]] as const) {
      if (list.length) lines.push(`  ${label}: ${list.join(', ')}`);
    }
  }
  if (c.kind === 'Calendar') {
    for (const h of c.hours) lines.push(`  hours ${h}`);
    for (const h of c.holidays.added) lines.push(`  holiday added ${h}`);
    for (const h of c.holidays.removed) lines.push(`  holiday removed ${h}`);
    for (const h of c.holidays.changed) lines.push(`  holiday changed ${h}`);
    if (c.standards.length) lines.push(`  standards on this calendar: ${c.standards.join(', ')}`);
  }
  return lines;
}

export function renderReviewText(review: Review): string {
  const lines: string[] = [`Review against ${review.baseRef}: ${review.files.length} file(s) change, ${review.changes.length} in meaning.`];
  for (const c of review.changes) lines.push('', ...changeLines(c));
  if (review.affected.length) {
    lines.push('', 'Measured differently, though their files do not change:');
    for (const a of review.affected) lines.push(`  ${a.id}: ${a.reasons.join('; ')}`);
  }
  if (review.notes.length) {
    lines.push('', 'To check:');
    for (const n of review.notes) lines.push(`  ${n.severity} ${n.file} (${n.subject}): ${n.message}`);
  }
  const published = review.replay.state === 'replayed' ? (review.replay.published ?? []).filter((p) => p.days.length > 0) : [];
  if (published.length) {
    lines.push('', 'Published figures that change (as published → once merged: measured, met, the day, the window ending that day):');
    const figures = (n: number | null) => (n === null ? '–' : String(Math.round(n * 1000) / 1000));
    for (const p of published) {
      lines.push(`  ${p.id} (${p.reasons.join('; ')}):`);
      for (const d of p.days) {
        lines.push(`    ${d.date}: ${d.base.count} → ${d.proposed.count}, ${d.base.met} → ${d.proposed.met}, ${figures(d.base.value)} → ${figures(d.proposed.value)}, ${figures(d.base.windowValue)} → ${figures(d.proposed.windowValue)}`);
      }
    }
  }
  lines.push('');
  if (review.replay.state === 'skipped') lines.push(`What-if replay: ${review.replay.reason}`);
  else {
    lines.push(`What-if replay on ${review.replay.tickets} tickets from ${review.replay.store}, now ${review.replay.now}:`);
    for (const r of review.replay.standards) {
      lines.push(`  ${r.id} (${r.change})`, `    base:     ${side(r.base)}`, `    proposed: ${side(r.proposed)}`);
    }
    for (const n of review.replay.notes) lines.push(`  ${n}`);
  }
  if (review.approvals.length) {
    lines.push('', 'Approval needed from:');
    for (const a of review.approvals) lines.push(`  ${a.owners.length > 1 ? `one of ${a.owners.join(', ')}` : a.owners[0]}: ${a.files.join(', ')}`);
  }
  return lines.map(logText).join('\n');
}
