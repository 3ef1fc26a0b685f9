// The review as GitHub Markdown: the sticky pull-request comment (at most 65,536 characters) and the job summary
// (everything). The order puts what a reviewer must act on first, so a long review that does not fit loses only
// its tail: the summary, then every problem and thing to check, then the published days and figures the change
// alters, then what changes (the semantic diff), the standards measured differently, the what-if table, the
// owners' files, and the daily series last, collapsed.
//
// The review is data a pull request controls: every string in it goes through inert-markdown.ts, so it shows as
// text and cannot mention anyone, link, or break out of its element. The only links are the ones this code makes
// from trusted values (the run's address, files at the pull request's head).

import { formatPercentage } from '../model/values.ts';
import { inertCode, inertHtml, inertHtmlCode, inertMarkdown } from './inert-markdown.ts';
import type {
  CalendarChange, DocumentChange, FieldChange, KeptStep, PolicyChange, ProseHunk, PublishedChange, PublishedDayFigures, ReplaySide, ReplayedStandard,
  Review, ReviewNote, SopChange, SopStepChange, StandardChange, TeamChange, WordDiff,
} from '../review/review-data.ts';

/** Hidden marker that finds our comment among a pull request's comments. */
export const REVIEW_MARKER = '<!-- service-standards:review -->';
/** GitHub's hard limit for an issue or pull-request comment body. */
export const COMMENT_LIMIT = 65_536;

export interface RenderOptions {
  /** Where the full review is (the job summary of the Validate run), linked from the truncation note. Trusted. */
  fullReviewUrl?: string | null;
  /** The address of a file at the pull request's head, or null (no link). Trusted: see `fileLinker`. */
  fileUrl?: ((file: string) => string | null) | null;
}

export interface CommentOptions extends RenderOptions {
  limit?: number;
}

/** A file under standards/ named plainly enough to be put in a link. */
const LINKABLE_FILE = /^standards\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.ya?ml$/;

/** Links to files at one commit of one repository; files that are not plainly named get no link. */
export function fileLinker(server: string, repository: string, sha: string): ((file: string) => string | null) | null {
  if (!/^https:\/\/[A-Za-z0-9.-]+$/.test(server) || !/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^[0-9a-f]{40}$/.test(sha)) return null;
  return (file) => (LINKABLE_FILE.test(file) ? `${server}/${repository}/blob/${sha}/${file}` : null);
}

const text = (value: string, max?: number) => inertMarkdown(value, max);
const value = (v: string | null) => (v === null ? '_(none)_' : text(v));

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A list for the summary, which must stay short whatever the pull request holds. */
function firstTen(items: readonly string[], joiner = ', '): string {
  return items.length <= 10 ? items.join(joiner) : `${items.slice(0, 10).join(joiner)} and ${items.length - 10} more`;
}

function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function words(diff: WordDiff, max = 2000): string {
  return diff.map((p, i) => {
    const shown = text(i === diff.length - 1 ? p.text.replace(/\s+$/, '') : p.text, max);
    // A run that starts or ends with a space keeps it, so words do not run together around <ins> and <del>.
    const spaced = `${/^\s/.test(p.text) && i > 0 ? ' ' : ''}${shown}${/\s$/.test(p.text) && i < diff.length - 1 ? ' ' : ''}`;
    return p.change === 'added' ? `<ins>${spaced}</ins>` : p.change === 'removed' ? `<del>${spaced}</del>` : spaced;
  }).join('');
}

function hunkLines(hunks: readonly ProseHunk[]): string[] {
  const lines: string[] = [];
  hunks.forEach((hunk, h) => {
    if (h > 0) lines.push('', '  ⋯');
    lines.push('');
    hunk.paragraphs.forEach((p, i) => {
      if (i > 0) lines.push('  >');
      lines.push(`  > ${p.change === 'same' ? `${text(p.words.map((w) => w.text).join(''), 600)}` : words(p.words)}`);
    });
  });
  return lines;
}

function fileRef(file: string, options: RenderOptions): string {
  const url = options.fileUrl?.(file) ?? null;
  return url ? `[${inertCode(file)}](${url})` : inertCode(file);
}

function fieldLines(f: FieldChange, file: string, options: RenderOptions): string[] {
  const label = `**${text(f.label, 100)}**`;
  if (f.hunks) {
    const changed = f.hunks.reduce((n, h) => n + h.paragraphs.filter((p) => p.change !== 'same').length, 0);
    return [`- ${label}: ${plural(changed, 'paragraph')} changed, shown with the paragraph around each (full text in ${fileRef(file, options)}):`, ...hunkLines(f.hunks)];
  }
  if (f.words) return [`- ${label}: ${words(f.words)}`];
  return [`- ${label}: ${value(f.before)} → ${value(f.after)}`];
}

/** `2026-11-20 06:00 UTC` from an ISO instant; anything else as inert text. */
function instant(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : text(iso, 40);
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
  return `| ${inertCode(r.id)} | ${pair(b && STATUS[b.status], STATUS[p.status])} | ${pair(b && text(b.valueText, 40), text(p.valueText, 40))} (goal ${pair(b && text(b.goalText, 100), text(p.goalText, 100))}) | ${pair(b && budget(b), budget(p))} | ${pair(b && String(b.count), String(p.count))} | ${pair(b && String(b.daysOutOfGoal), String(p.daysOutOfGoal))} |`;
}

/** How a replayed standard's values read: the value text tells the scale (NPS has no percent sign). */
function scaleOf(r: ReplayedStandard | undefined): (v: number) => string {
  return !r || r.proposed.valueText.endsWith('%') || r.proposed.value === null ? (v: number) => formatPercentage(v, 1) : (v: number) => String(Math.round(v * 10) / 10);
}

function seriesTable(r: ReplayedStandard): string {
  const metric = scaleOf(r);
  // About seven rows whatever the series length, always ending with today: every 15th day of 90.
  const step = Math.max(1, Math.ceil((r.series.length - 1) / 6));
  const rows = r.series.filter((_, i) => (r.series.length - 1 - i) % step === 0);
  const show = (v: number | null) => (v === null ? '–' : metric(v));
  return [
    '| window ending | base | proposed |',
    '| --- | --- | --- |',
    // The last row is today: its window ends now, so it shows the headline values above.
    ...rows.map((d, i) => `| ${text(d.date, 10)}${i === rows.length - 1 ? ' (now)' : ''} | ${r.base ? show(d.base) : '(new)'} | ${show(d.proposed)} |`),
  ].join('\n');
}

const CHANGE_WORDS: Record<DocumentChange['change'], string> = { added: 'added', removed: 'removed', changed: 'changed', renamed: 'renamed' };

function heading(c: DocumentChange): string {
  const renamed = c.change === 'renamed' && c.previousFile ? ` from ${inertHtmlCode(c.previousFile)}` : '';
  return `<b>${inertHtml(c.kind, 20)} ${inertHtmlCode(c.id)}</b> ${CHANGE_WORDS[c.change]}${renamed}: ${inertHtml(c.title)}`;
}

function stepName(step: string, title: string): string {
  return `step ${inertCode(step)} “${text(title, 200)}”`;
}

function stepLines(s: SopStepChange, file: string, options: RenderOptions): string[] {
  const name = stepName(s.step, s.title);
  switch (s.kind) {
    case 'step-added': return [`- ${name} added at position ${s.position}${s.within ? `, within ${text(s.within, 40)}` : ''}${s.role ? `, by ${text(s.role, 100)}` : ''}${s.keeps ? `, keeps ${inertCode(s.keeps)}` : ''}`];
    case 'step-removed': return [`- ${name} removed (was step ${s.position})`];
    case 'step-moved': return [`- ${name} moved from position ${s.from} to ${s.to}`];
    case 'step-changed': {
      if (s.field === 'within') return [`- ${name}: timeline ${value(s.before)} → ${value(s.after)}`];
      if (s.field === 'clock') return [`- ${name}: clock ${value(s.before)} → ${value(s.after)}`];
      if (s.field === 'keeps') return [`- ${name}: keeps ${s.before === null ? '_(none)_' : inertCode(s.before)} → ${s.after === null ? '_(none)_' : inertCode(s.after)}`];
      if (s.field === 'role') return [`- ${name}: role ${value(s.before)} → ${value(s.after)}`];
      if (s.hunks) return [`- ${name}: ${s.field} reworded, the changed paragraphs (all of it in ${fileRef(file, options)}):`, ...hunkLines(s.hunks)];
      return [`- ${name}: ${s.field} reworded: ${s.words ? words(s.words) : `${value(s.before)} → ${value(s.after)}`}`];
    }
  }
}

function verdict(k: KeptStep): string {
  return k.fits ? '✅ fits' : `❌ ${text(k.problem ?? 'does not fit', 200)}`;
}

const clockWords = (clock: KeptStep['clock']) => (clock === '24/7' ? '24/7' : 'business hours');

function keptByLine(k: KeptStep): string {
  return `- kept by SOP ${inertCode(k.sop)} step ${k.position} ${inertCode(k.step)} (within ${k.within === null ? '–' : text(k.within, 40)}, ${clockWords(k.clock)}): ${verdict(k)}`;
}

function keepsLine(k: KeptStep): string {
  const threshold = k.threshold === null ? '' : ` (${text(k.threshold, 40)}, ${clockWords(k.standardClock)})`;
  return `- step ${k.position} ${inertCode(k.step)} keeps ${inertCode(k.standard)}${threshold} within ${k.within === null ? '–' : text(k.within, 40)}, ${clockWords(k.clock)}: ${verdict(k)}`;
}

function listLine(label: string, items: readonly string[]): string[] {
  return items.length ? [`- ${label}: ${firstTen(items.map((i) => text(i, 200)))}`] : [];
}

function changeBody(c: DocumentChange, notes: readonly ReviewNote[], options: RenderOptions): string {
  const lines: string[] = [];
  const errors = notes.filter((n) => n.severity === 'error').length;
  if (notes.length) lines.push(`- ${errors ? `❌ ${plural(errors, 'problem')}` : ''}${errors && notes.length > errors ? ', ' : ''}${notes.length > errors ? `⚠️ ${plural(notes.length - errors, 'thing')} to check` : ''}: listed at the top`);
  if (c.kind === 'Standard' && (c as StandardChange).affectedBy.length) lines.push(`- also measured differently because ${(c as StandardChange).affectedBy.map((r) => text(r, 200)).join('; ')}`);
  if (c.kind === 'SOP') {
    const s = c as SopChange;
    if (s.version.before !== null && s.version.after !== null && s.version.before !== s.version.after) lines.push(`- **version**: ${s.version.before} → ${s.version.after}`);
    for (const e of s.changelog) lines.push(`- **changelog ${e.version}** (${text(e.date, 20)}): ${text(e.summary)}`);
    for (const step of s.steps) lines.push(...stepLines(step, c.file, options));
  }
  if (c.change !== 'added' && c.change !== 'removed') for (const f of c.fields) lines.push(...fieldLines(f, c.file, options));
  if (c.kind === 'Standard') for (const k of (c as StandardChange).keptBy) lines.push(keptByLine(k));
  if (c.kind === 'SOP') for (const k of (c as SopChange).keeps) lines.push(keepsLine(k));
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
    if (k.standards.length) lines.push(`- standards on this calendar: ${firstTen(k.standards.map(inertCode))}`);
  }
  if (lines.length === 0) lines.push(c.change === 'added' ? '- new document' : c.change === 'removed' ? '- the document is removed' : '- no change in meaning (formatting or comments)');
  return lines.join('\n');
}

const KIND_PLURAL: Record<DocumentChange['kind'], string> = {
  Standard: 'Standards', SOP: 'SOPs', Policy: 'Policies', Team: 'Teams', Calendar: 'Calendars', Scorecard: 'Scorecards', Pipeline: 'Pipeline',
};

function ownersText(owners: readonly string[]): string {
  const named = owners.map(inertCode);
  return named.length === 1 ? named[0]! : `one of ${firstTen(named)}`;
}

/** Standards whose published figures change on at least one day. */
function publishedChanges(review: Review): PublishedChange[] {
  return review.replay.state === 'replayed' ? (review.replay.published ?? []).filter((p) => p.days.length > 0) : [];
}

/** Published days shown in the comment per standard; the job summary shows them all. */
const COMMENT_DAYS = 31;

function publishedBlock(p: PublishedChange, replayed: ReplayedStandard | undefined, maxDays: number): string {
  const show = scaleOf(replayed);
  const figure = (f: PublishedDayFigures, key: 'value' | 'windowValue') => (f[key] === null ? '–' : show(f[key]!));
  const first = p.days[0]!.date;
  const last = p.days[p.days.length - 1]!.date;
  const line = `- ${inertCode(p.id)}: ${plural(p.days.length, 'published day')} change${p.days.length === 1 ? 's' : ''}, ${first === last ? text(first, 10) : `${text(first, 10)} to ${text(last, 10)}`}, because ${p.reasons.map((r) => text(r, 200)).join('; ')}`;
  const rows = p.days.slice(0, maxDays).map((d) => `| ${text(d.date, 10)} | ${pair(String(d.base.count), String(d.proposed.count))} | ${pair(String(d.base.met), String(d.proposed.met))} | ${pair(figure(d.base, 'value'), figure(d.proposed, 'value'))} | ${pair(figure(d.base, 'windowValue'), figure(d.proposed, 'windowValue'))} |`);
  const more = p.days.length > maxDays ? `\n\n${plural(p.days.length - maxDays, 'more day')}, to ${text(last, 10)}: the job summary lists every one.` : '';
  const table = ['| day | measured | met | the day | window ending that day |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
  return p.days.length <= 7 ? `${line}:\n\n${table}` : `${line}.\n\n${details(`${plural(p.days.length, 'day')}, published → once merged`, `${table}${more}`)}`;
}

/** The first lines: what changes, what the replay says, what to check, who approves. */
export function reviewSummary(review: Review): string {
  const lines: string[] = [];
  const base = inertCode(review.baseRef);
  const counts = new Map<string, number>();
  for (const c of review.changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const kinds = [...counts].map(([k, n]) => plural(n, k, KIND_PLURAL[k as DocumentChange['kind']]));
  const meaningful = new Set(review.changes.flatMap((c) => [c.file, c.previousFile ?? c.file]));
  const formattingOnly = review.files.filter((f) => !meaningful.has(f)).length;
  if (review.files.length === 0) lines.push(`**No file under standards/ changes** compared with ${base}.`);
  else if (review.changes.length === 0) lines.push(`**${plural(review.files.length, 'file')} change${review.files.length === 1 ? 's' : ''}**, in formatting or comments only, compared with ${base}.`);
  else lines.push(`**${plural(review.files.length, 'file')} change${review.files.length === 1 ? 's' : ''}** (${kinds.join(', ')}${formattingOnly ? `; ${plural(formattingOnly, 'file')} only in formatting or comments` : ''}) compared with ${base}.`);
  if (review.affected.length) {
    lines.push(`Measured differently, though their files do not change: ${firstTen(review.affected.map((a) => `${inertCode(a.id)} (${a.reasons.map((r) => text(r, 200)).join('; ')})`))}.`);
  }
  if (review.replay.state === 'replayed') {
    const worse = review.replay.standards.filter((r) => r.proposed.status === 'breached' && r.base?.status !== 'breached');
    const better = review.replay.standards.filter((r) => r.base?.status === 'breached' && r.proposed.status !== 'breached');
    const parts = [`${plural(review.replay.standards.length, 'standard')} replayed on ${plural(review.replay.tickets, 'stored ticket')}`];
    if (worse.length) parts.push(`**${worse.length} would be breached**: ${firstTen(worse.map((r) => `${inertCode(r.id)} (${r.base ? STATUS[r.base.status] : 'new'} → ${STATUS[r.proposed.status]})`))}`);
    if (better.length) parts.push(`${better.length} would no longer be breached: ${firstTen(better.map((r) => inertCode(r.id)))}`);
    if (!worse.length && !better.length) parts.push('no status changes to breached or back');
    lines.push(`${parts.join('; ')}.`);
  } else {
    lines.push(`What-if replay: ${text(review.replay.reason)}`);
  }
  const published = publishedChanges(review);
  if (published.length) {
    lines.push(`📜 **Changes figures already published**: ${firstTen(published.map((p) => `${inertCode(p.id)} on ${plural(p.days.length, 'day')}`))}.`);
  }
  const errors = review.notes.filter((n) => n.severity === 'error').length;
  const warnings = review.notes.length - errors;
  if (review.notes.length) lines.push(`${errors ? `❌ ${plural(errors, 'problem')}` : ''}${errors && warnings ? ' and ' : ''}${warnings ? `⚠️ ${plural(warnings, 'thing')} to check` : ''}, listed first below.`);
  if (review.approvals.length) {
    lines.push(`Approval needed: ${firstTen(review.approvals.map((a) => `${ownersText(a.owners)} for ${a.files.length === 1 ? inertCode(a.files[0]!) : plural(a.files.length, 'file')}`), '; ')}.`);
  }
  return lines.join('\n\n');
}

/** A piece of the comment that is kept or cut whole; `glue` joins it to the piece before. */
interface Block { text: string; glue: string }

function section(title: string, items: readonly string[], glue = '\n\n'): Block[] {
  return items.map((item, i) => ({ text: i === 0 ? `### ${title}\n\n${item}` : item, glue: i === 0 ? '\n\n' : glue }));
}

function noteLine(n: ReviewNote): string {
  return `- ${n.severity === 'error' ? '❌' : '⚠️'} **${text(n.subject, 200)}** (${inertCode(n.file)}): ${text(n.message, 1000)}`;
}

/** Everything after the summary, in the order a reviewer needs it; each block self-contained. */
function reviewBlocks(review: Review, options: RenderOptions, maxDays = COMMENT_DAYS): Block[] {
  const blocks: Block[] = [];
  const notes = [...review.notes.filter((n) => n.severity === 'error'), ...review.notes.filter((n) => n.severity === 'warning')];
  blocks.push(...section('Problems and things to check', notes.map(noteLine), '\n'));

  const replayed = review.replay.state === 'replayed' ? review.replay.standards : [];
  const published = publishedChanges(review).map((p) => publishedBlock(p, replayed.find((r) => r.id === p.id), maxDays));
  if (published.length) {
    const intro = 'Once merged, the nightly job computes these days again: each cell is as published → as it will be.';
    blocks.push(...section('Published figures that change', published.map((b, i) => (i === 0 ? `${intro}\n\n${b}` : b))));
  }

  const notesOf = (c: DocumentChange) => review.notes.filter((n) => n.file === c.file);
  let kind: DocumentChange['kind'] | null = null;
  for (const c of review.changes) {
    const body = details(heading(c), changeBody(c, notesOf(c), options), c.kind !== 'Calendar' && c.kind !== 'Team' && review.changes.length <= 10);
    blocks.push({ text: kind === c.kind ? body : `### ${KIND_PLURAL[c.kind]}\n\n${body}`, glue: '\n\n' });
    kind = c.kind;
  }
  blocks.push(...section('Standards measured differently', review.affected.map((a) => `- ${inertCode(a.id)} (${text(a.title, 200)}): ${a.reasons.map((r) => text(r, 200)).join('; ')}`), '\n'));

  if (review.replay.state === 'replayed') {
    const replay = review.replay;
    const table = [
      `### What-if on the stored tickets (now = ${instant(replay.now)}, ${text(replay.store, 200)})`,
      '',
      'Each cell is base → proposed. Days out of goal counts the days of the series whose window missed the goal.',
      '',
      '| standard | status | value | error budget | measured in window | days out of goal |',
      '| --- | --- | --- | --- | --- | --- |',
      ...replay.standards.map(replayRow),
    ];
    for (const note of replay.notes) table.push('', text(note));
    blocks.push({ text: table.join('\n'), glue: '\n\n' });
  }
  if (review.approvals.length) {
    blocks.push({ text: details('Files each owner approves', review.approvals.map((a) => `- ${ownersText(a.owners)}: ${a.files.map(inertCode).join(', ')}`).join('\n')), glue: '\n\n' });
  }
  if (review.replay.state === 'replayed') {
    for (const r of review.replay.standards) blocks.push({ text: details(`${inertHtmlCode(r.id)}: ${r.series.length}-day series`, seriesTable(r)), glue: '\n\n' });
  }
  return blocks;
}

/** The sections after the summary, as they appear in the job summary. */
export function reviewSections(review: Review, options: RenderOptions = {}): string[] {
  return reviewBlocks(review, options, Number.POSITIVE_INFINITY).map((b) => b.text);
}

/** The sticky comment: marker, summary, then as many whole blocks as fit under the limit. */
export function renderReviewComment(review: Review, options: CommentOptions = {}): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const head = `${REVIEW_MARKER}\n## Standards review\n\n${reviewSummary(review)}`;
  const blocks = reviewBlocks(review, options);
  const where = options.fullReviewUrl && /^https:\/\/[^\s)<>"]+$/.test(options.fullReviewUrl) ? `[the job summary](${options.fullReviewUrl})` : 'the job summary of the Validate run';
  const note = (left: number) => `\n\n---\n✂️ **Truncated**: ${plural(left, 'more part')} did not fit in GitHub's ${limit.toLocaleString('en-US')}-character limit for a comment; the full review is in ${where}.\n`;
  let body = head;
  for (let i = 0; i < blocks.length; i++) {
    const next = `${body}${blocks[i]!.glue}${blocks[i]!.text}`;
    const last = i === blocks.length - 1;
    // Room is kept for the note whenever blocks remain, so cutting here always fits.
    if (next.length + (last ? 1 : note(blocks.length - i - 1).length) > limit) return `${body}${note(blocks.length - i)}`;
    body = next;
  }
  return `${body}\n`;
}

/** The job summary: everything (commands/io.ts appendJobSummary cuts it at the runner's 1 MiB a step, at a whole line). */
export function renderReviewSummary(review: Review, options: RenderOptions = {}): string {
  const blocks = reviewBlocks(review, options, Number.POSITIVE_INFINITY);
  return `## Standards review\n\n${reviewSummary(review)}${blocks.map((b) => `${b.glue}${b.text}`).join('')}\n`;
}
