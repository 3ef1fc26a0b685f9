// The review as GitHub Markdown: the sticky pull-request comment (at most 65,536 characters, cut at a section
// boundary with a note) and the job summary (everything). Every value that came from YAML, git or tickets is
// escaped here: HTML, Markdown syntax, @mentions, autolinks, and `::` so no line can become a workflow command.

import { formatPercentage } from '../model/values.ts';
import { markdownText } from './markdown-escape.ts';
import type {
  CalendarChange, DocumentChange, FieldChange, PolicyChange, ReplaySide, ReplayedStandard, Review, ReviewNote, SopChange,
  SopStepChange, StandardChange, TeamChange, WordDiff,
} from '../review/review-data.ts';

/** Hidden marker that finds our comment among a pull request's comments. */
export const REVIEW_MARKER = '<!-- service-standards:review -->';
/** GitHub's hard limit for an issue or pull-request comment body. */
export const COMMENT_LIMIT = 65_536;

/** Untrusted text as inert inline Markdown: the shared escape, plus `:` so no autolink and no `::` survive. */
export function escapeMarkdown(text: string): string {
  return markdownText(text).replace(/:/g, '\\:');
}

/** Untrusted text inside an HTML element (a `<summary>`), where Markdown is not parsed. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/`/g, '&#96;')
    .replace(/:/g, '&#58;')
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
    .replace(/\r?\n|\r/g, ' ');
}

/** An id or file name in a code span when it is plainly safe, else escaped text. */
export function code(text: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}

/** Owners are the one place a mention is wanted in spirit, but CODEOWNERS already requests them: do not ping. */
function owner(handle: string): string {
  return /^@[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/.test(handle) ? `\`${handle}\`` : escapeMarkdown(handle);
}

function words(diff: WordDiff): string {
  return diff.map((p, i) => {
    const text = (i === diff.length - 1 ? p.text.replace(/\s+$/, '') : p.text).split(/\r?\n/).map(escapeMarkdown).join('<br>');
    return p.change === 'added' ? `<ins>${text}</ins>` : p.change === 'removed' ? `<del>${text}</del>` : text;
  }).join('');
}

const value = (text: string | null) => (text === null ? '_(none)_' : escapeMarkdown(text));

function fieldLine(f: FieldChange): string {
  if (f.words) return `- **${escapeMarkdown(f.label)}**: ${words(f.words)}`;
  return `- **${escapeMarkdown(f.label)}**: ${value(f.before)} → ${value(f.after)}`;
}

const STATUS: Record<ReplaySide['status'], string> = { met: '🟢 met', 'at-risk': '🟠 at risk', breached: '🔴 breached', 'no-data': '⚪ no data' };

function budget(side: ReplaySide): string {
  if (side.budgetRemaining === null) return '–';
  return side.budgetRemaining >= 0 ? `${formatPercentage(side.budgetRemaining, 0)} left` : `overspent ${formatPercentage(-side.budgetRemaining, 0)}`;
}

function pair(before: string | null, after: string): string {
  return before === null ? `new: ${after}` : before === after ? after : `${before} → ${after}`;
}

function replayRow(r: ReplayedStandard): string {
  const b = r.base;
  const p = r.proposed;
  return `| ${code(r.id)} | ${pair(b && STATUS[b.status], STATUS[p.status])} | ${pair(b && b.valueText, p.valueText)} (goal ${pair(b && escapeMarkdown(b.goalText), escapeMarkdown(p.goalText))}) | ${pair(b && budget(b), budget(p))} | ${pair(b && String(b.count), String(p.count))} | ${pair(b && String(b.daysOutOfGoal), String(p.daysOutOfGoal))} |`;
}

function seriesTable(r: ReplayedStandard, metric: (v: number) => string): string {
  // About seven rows whatever the series length, always ending with today: every 15th day of 90.
  const step = Math.max(1, Math.ceil((r.series.length - 1) / 6));
  const rows = r.series.filter((_, i) => (r.series.length - 1 - i) % step === 0);
  const show = (v: number | null) => (v === null ? '–' : metric(v));
  return [
    `| window ending | base | proposed |`,
    '| --- | --- | --- |',
    // The last row is today: its window ends now, so it shows the headline values above.
    ...rows.map((d, i) => `| ${d.date}${i === rows.length - 1 ? ' (now)' : ''} | ${r.base ? show(d.base) : '(new)'} | ${show(d.proposed)} |`),
  ].join('\n');
}

function formatSeriesValue(side: ReplaySide): (v: number) => string {
  // The value text tells the scale: NPS has no percent sign.
  return side.valueText.endsWith('%') || side.value === null ? (v) => formatPercentage(v, 1) : (v) => String(Math.round(v * 10) / 10);
}

function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

const CHANGE_WORDS: Record<DocumentChange['change'], string> = { added: 'added', removed: 'removed', changed: 'changed', renamed: 'renamed' };

function heading(c: DocumentChange): string {
  const renamed = c.change === 'renamed' && c.previousFile ? ` from <code>${escapeHtml(c.previousFile)}</code>` : '';
  return `<b>${escapeHtml(c.kind)} <code>${escapeHtml(c.id)}</code></b> ${CHANGE_WORDS[c.change]}${renamed}: ${escapeHtml(c.title)}`;
}

function stepLine(s: SopStepChange): string {
  const name = `step ${code(s.step)} “${escapeMarkdown(s.title)}”`;
  switch (s.kind) {
    case 'step-added': return `- ${name} added at position ${s.position}${s.within ? `, within ${escapeMarkdown(s.within)}` : ''}${s.role ? `, by ${escapeMarkdown(s.role)}` : ''}`;
    case 'step-removed': return `- ${name} removed (was step ${s.position})`;
    case 'step-moved': return `- ${name} moved from position ${s.from} to ${s.to}`;
    case 'step-changed':
      if (s.field === 'within') return `- ${name}: timeline ${value(s.before)} → ${value(s.after)}`;
      if (s.field === 'role') return `- ${name}: role ${value(s.before)} → ${value(s.after)}`;
      return `- ${name}: ${s.field} reworded: ${s.words ? words(s.words) : `${value(s.before)} → ${value(s.after)}`}`;
  }
}

function listLine(label: string, items: readonly string[]): string[] {
  return items.length ? [`- ${label}: ${items.map(escapeMarkdown).join(', ')}`] : [];
}

function changeBody(c: DocumentChange, notes: readonly ReviewNote[]): string {
  const lines: string[] = [];
  if (c.kind === 'Standard' && c.affectedBy.length) lines.push(`- replayed because ${c.affectedBy.map(escapeMarkdown).join('; ')}`);
  if (c.kind === 'SOP') {
    const s = c as SopChange;
    if (s.version.before !== null && s.version.after !== null && s.version.before !== s.version.after) lines.push(`- **version**: ${s.version.before} → ${s.version.after}`);
    for (const e of s.changelog) lines.push(`- **changelog ${e.version}** (${escapeMarkdown(e.date)}): ${escapeMarkdown(e.summary)}`);
    for (const step of s.steps) lines.push(stepLine(step));
  }
  if (c.change !== 'added' && c.change !== 'removed') for (const f of c.fields) lines.push(fieldLine(f));
  if (c.kind === 'Policy') {
    const p = c as PolicyChange;
    lines.push(...listLine('links added', p.links.added), ...listLine('links removed', p.links.removed));
  }
  if (c.kind === 'Team') {
    const t = c as TeamChange;
    lines.push(...listLine('members added', t.members.added), ...listLine('members removed', t.members.removed));
    lines.push(...listLine('leads added', t.leads.added), ...listLine('leads removed', t.leads.removed));
    lines.push(...listLine('now owns', t.ownership.gained), ...listLine('no longer owns', t.ownership.lost));
  }
  if (c.kind === 'Calendar') {
    const k = c as CalendarChange;
    lines.push(...listLine('hours', k.hours), ...listLine('holidays added', k.holidays.added), ...listLine('holidays removed', k.holidays.removed), ...listLine('holidays changed', k.holidays.changed));
    if (k.standards.length) lines.push(`- standards on this calendar: ${k.standards.map(code).join(', ')}`);
  }
  for (const n of notes) lines.push(`- ${n.severity === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(n.message)}`);
  if (lines.length === 0) lines.push(c.change === 'added' ? '- new document' : c.change === 'removed' ? '- the document is removed' : '- no change in meaning (formatting or comments)');
  return lines.join('\n');
}

const SECTION_TITLES: Record<DocumentChange['kind'], string> = {
  Standard: 'Standards', SOP: 'SOPs', Policy: 'Policies', Team: 'Teams', Calendar: 'Calendars', Scorecard: 'Scorecards', Pipeline: 'Pipeline',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A list for the summary, which must stay short whatever the pull request holds. */
function firstTen(items: readonly string[]): string {
  return items.length <= 10 ? items.join(', ') : `${items.slice(0, 10).join(', ')} and ${items.length - 10} more`;
}

/** The first lines: what changes, what the replay says, what to check, who approves. */
export function reviewSummary(review: Review): string {
  const counts = new Map<string, number>();
  for (const c of review.changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const kinds = [...counts].map(([k, n]) => plural(n, k, k === 'Policy' ? 'Policies' : `${k}s`));
  const lines: string[] = [];
  lines.push(review.changes.length
    ? `**${plural(review.changes.length, 'document')} change${review.changes.length === 1 ? 's' : ''}** (${kinds.join(', ')}) compared with ${code(review.baseRef)}.`
    : `**No document changes in meaning** compared with ${code(review.baseRef)}.`);
  if (review.replay.state === 'replayed') {
    const worse = review.replay.standards.filter((r) => r.proposed.status === 'breached' && r.base?.status !== 'breached');
    const better = review.replay.standards.filter((r) => r.base?.status === 'breached' && r.proposed.status !== 'breached');
    const parts = [`${plural(review.replay.standards.length, 'standard')} replayed on ${review.replay.tickets.toLocaleString('en-US')} stored tickets`];
    if (worse.length) parts.push(`**${worse.length} would be breached**: ${firstTen(worse.map((r) => `${code(r.id)} (${r.base ? STATUS[r.base.status] : 'new'} → ${STATUS[r.proposed.status]})`))}`);
    if (better.length) parts.push(`${better.length} would no longer be breached: ${firstTen(better.map((r) => code(r.id)))}`);
    if (!worse.length && !better.length) parts.push('no status changes to breached or back');
    lines.push(`${parts.join('; ')}.`);
  } else {
    lines.push(`What-if replay: ${escapeMarkdown(review.replay.reason)}`);
  }
  const errors = review.notes.filter((n) => n.severity === 'error').length;
  const warnings = review.notes.length - errors;
  if (review.notes.length) lines.push(`${errors ? `❌ ${plural(errors, 'problem')}` : ''}${errors && warnings ? ', ' : ''}${warnings ? `⚠️ ${plural(warnings, 'thing')} to check` : ''}: see below.`);
  if (review.approvals.length) lines.push(`Approval needed from ${firstTen(review.approvals.map((a) => `${owner(a.owner)} (${plural(a.files.length, 'file')})`))}.`);
  return lines.join('\n\n');
}

/** The sections after the summary, each self-contained so the comment can stop between two of them. */
export function reviewSections(review: Review): string[] {
  const sections: string[] = [];
  if (review.replay.state === 'replayed') {
    const replay = review.replay;
    const table = [
      `### What-if on the stored tickets (now = ${/^[\d\-T:.Z]+$/.test(replay.now) ? replay.now : escapeMarkdown(replay.now)}, ${escapeMarkdown(replay.store)})`,
      '',
      'Each cell is base → proposed. Days out of goal counts the days of the series whose window missed the goal.',
      '',
      '| standard | status | value | error budget | measured in window | days out of goal |',
      '| --- | --- | --- | --- | --- | --- |',
      ...replay.standards.map(replayRow),
    ];
    for (const note of replay.notes) table.push('', escapeMarkdown(note));
    sections.push(table.join('\n'));
    for (const r of replay.standards) {
      sections.push(details(`<code>${escapeHtml(r.id)}</code>: ${r.series.length}-day series`, seriesTable(r, formatSeriesValue(r.proposed))));
    }
  }
  const notesOf = (c: DocumentChange) => review.notes.filter((n) => n.file === c.file);
  let kind: DocumentChange['kind'] | null = null;
  for (const c of review.changes) {
    const body = details(heading(c), changeBody(c, notesOf(c)), c.kind !== 'Calendar' && c.kind !== 'Team' && review.changes.length <= 10);
    sections.push(kind === c.kind ? body : `### ${SECTION_TITLES[c.kind]}\n\n${body}`);
    kind = c.kind;
  }
  const shown = new Set(review.changes.map((c) => c.file));
  const loose = review.notes.filter((n) => !shown.has(n.file));
  if (loose.length) {
    sections.push(['### Also check', '', ...loose.map((n) => `- ${n.severity === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(n.subject)} (${code(n.file)}): ${escapeMarkdown(n.message)}`)].join('\n'));
  }
  if (review.approvals.length) {
    sections.push(details('Owners whose approval is required', review.approvals.map((a) => `- ${owner(a.owner)}: ${a.files.map(code).join(', ')}`).join('\n')));
  }
  return sections;
}

export interface CommentOptions {
  /** Where the full review is (the job summary of the run), linked from the truncation note. */
  fullReviewUrl?: string | null;
  limit?: number;
}

/** The sticky comment: marker, summary, then as many whole sections as fit under the limit. */
export function renderReviewComment(review: Review, options: CommentOptions = {}): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const head = `${REVIEW_MARKER}\n## Standards review\n\n${reviewSummary(review)}`;
  const sections = reviewSections(review);
  const where = options.fullReviewUrl && /^https:\/\/[^\s)<>"]+$/.test(options.fullReviewUrl) ? `[the job summary](${options.fullReviewUrl})` : 'the job summary of the Validate run';
  const note = (left: number) => `\n\n---\n✂️ **Truncated**: ${plural(left, 'more section')} did not fit in GitHub's ${limit.toLocaleString('en-US')}-character limit for a comment; the full review is in ${where}.\n`;
  let body = head;
  for (let i = 0; i < sections.length; i++) {
    const next = `${body}\n\n${sections[i]}`;
    const last = i === sections.length - 1;
    // Room is kept for the note whenever sections remain, so cutting here always fits.
    if (next.length + (last ? 1 : note(sections.length - i - 1).length) > limit) return `${body}${note(sections.length - i)}`;
    body = next;
  }
  return `${body}\n`;
}

/** The job summary: everything, no limit but the runner's (1 MiB per step). */
export function renderReviewSummary(review: Review): string {
  return `## Standards review\n\n${reviewSummary(review)}\n\n${reviewSections(review).join('\n\n')}\n`;
}
