// What a corrective-action issue says: the hidden marker that finds it again, the statement, the figures,
// the worst tickets, the SOP to follow and the links. Everything from documents and tickets is escaped
// (publish/inert-markdown.ts); links are built from the Pipeline's site settings only.

import type { SopDefinition, StandardDefinition, StandardsModel, TeamDefinition } from '../model/model.ts';
import { formatDuration } from '../model/values.ts';
import { formatValue } from '../engine/report.ts';
import { explanationLines } from '../engine/explain-words.ts';
import type { TicketExplanation } from '../engine/explain.ts';
import type { ReportStandard } from '../publish/site-data.ts';
import { budgetInWords, countsOf } from '../publish/site-explain.ts';
import { sitePath } from '../publish/site-links.ts';
import { ticketLinker } from '../publish/ticket-links.ts';
import { spellPhrase } from '../publish/site-status.ts';
import type { Spell } from '../store/status-log.ts';
import { inertCode, inertMarkdown } from '../publish/inert-markdown.ts';
import { hiddenComment, markdownLink } from './markdown-text.ts';
import { burnLines, openLateLines, sopLines } from './breach-sections.ts';

export type Subject = `standard/${string}` | `review/${string}`;
export type IssueStatus = 'breached' | 'at-risk' | 'met' | 'no-data' | 'overdue' | 'reviewed' | 'deleted';

// The marker is the body's first line, as in every body we write: an issue that quotes it further down (another
// workflow echoing one of ours, a person pasting it) is not ours (issue-ownership.ts also asks who opened it).
const MARKER = /^<!-- service-standards:corrective-action subject=((?:standard|review)\/[a-z0-9]+(?:-[a-z0-9]+)*) status=([a-z-]+) -->(?=\r?\n|$)/;

export function markerOf(subject: Subject, status: IssueStatus): string {
  return hiddenComment(`service-standards:corrective-action subject=${subject} status=${status}`);
}

/** The subject and last status written into an issue body, or null for an issue that is not ours. */
export function readMarker(body: string): { subject: Subject; status: string } | null {
  const match = MARKER.exec(body);
  return match ? { subject: match[1] as Subject, status: match[2]! } : null;
}

const STATUS_WORDS: Record<string, string> = {
  breached: 'Breached', 'at-risk': 'At risk', met: 'Met', 'no-data': 'No data', overdue: 'Review overdue', reviewed: 'Reviewed', deleted: 'No longer defined',
};

export function statusWords(status: string): string {
  return STATUS_WORDS[status] ?? status;
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export function dayText(day: string): string {
  return DAY_FORMAT.format(new Date(`${day}T00:00:00Z`));
}

/** The public URL of a site page, or null when the Pipeline has no `site.url`. */
export function pageUrl(model: StandardsModel, page: string): string | null {
  const origin = model.pipeline.site.url;
  return origin ? `${origin.replace(/\/+$/, '')}${sitePath(model.pipeline.site.base, page)}` : null;
}

function ticketLink(model: StandardsModel, id: string): string {
  return markdownLink(`#${id}`, ticketLinker(model.pipeline)(id));
}

function teamLine(team: TeamDefinition | undefined, ownerId: string): string {
  if (!team) return inertMarkdown(ownerId);
  // Handles in code spans: shown, not mentioned (the assignment already notifies them).
  const leads = team.leads.map(inertCode).join(', ');
  return `${inertMarkdown(team.name)}${leads ? ` (leads: ${leads})` : ''}`;
}

/** The same words as the standard's page (site-status.ts), the status in bold. */
function spellLine(status: string, spell: Spell | null, today: string): string {
  if (!spell || spell.status !== status) return `**${statusWords(status)}** as of ${dayText(today)}.`;
  return `**${statusWords(status)}** ${spellPhrase(spell, dayText)}; figures as of ${dayText(today)}.`;
}

/** How a worst ticket was measured (`standards explain`), collapsed under its list item; every line escaped. */
function explanationBlock(explanation: TicketExplanation): string[] {
  return [
    '  <details><summary>How it was measured</summary>',
    '',
    ...explanationLines(explanation).map((l) => `  ${'  '.repeat(l.depth)}- ${inertMarkdown(l.text)}`),
    '',
    '  </details>',
  ];
}

export interface StandardBodyInput {
  model: StandardsModel;
  standard: StandardDefinition;
  result: ReportStandard | null;
  status: IssueStatus;
  /** Since when the status holds, over every night known (site-status.ts `standardNights`). */
  spell: Spell | null;
  today: string;
  /** Extra paragraph on top (recovery progress). */
  note?: string;
}

export function standardIssueBody(input: StandardBodyInput): string {
  const { model, standard, result, status, spell, today } = input;
  const owner = model.teams.find((t) => t.id === standard.owner);
  const sops = model.sops.filter((s) => s.serves.includes(standard.id) && s.status !== 'retired');
  const lines: string[] = [markerOf(`standard/${standard.id}`, status), ''];
  lines.push(spellLine(status, spell, today));
  if (input.note) lines.push('', input.note);
  lines.push('', `> ${inertMarkdown(result?.statement ?? `${standard.title}: not evaluated yet.`, 2000)}`, '');
  if (result && result.count > 0) {
    const c = countsOf(result);
    lines.push('| Figure | Value |', '| --- | --- |');
    lines.push(`| Window | ${inertMarkdown(result.window.spec)}: ${dayText(result.window.from.slice(0, 10))} to ${dayText(result.window.to.slice(0, 10))} |`);
    if (result.value !== null) lines.push(`| Now | ${formatValue(standard.metric, result.value)} |`);
    lines.push(`| Counted | ${c.counted} |`, `| Met the goal | ${c.met} |`, `| Missed, closed | ${c.missedClosed} |`, `| Missed, still open | ${c.openAndLate} |`);
    lines.push(`| Open within the goal (not counted yet) | ${c.openWithinGoal} |`);
    lines.push(`| Goal | ${inertMarkdown(result.goal.judged ?? result.goal.text)} |`);
    const words = budgetInWords(standard.metric, result);
    if (words) lines.push('', inertMarkdown(words));
    lines.push(...burnLines(result), ...openLateLines(model, result));
    if (result.worst.length > 0) {
      lines.push('', '### Worst tickets', '');
      for (const w of result.worst.slice(0, 5)) {
        const where = [w.priority, w.channel, w.team ?? null].filter((x): x is string => Boolean(x)).map((x) => inertMarkdown(x)).join(', ');
        lines.push(`- ${ticketLink(model, w.id)}: ${formatDuration(Math.round(w.minutes))}${w.inFlight ? ', still open' : ''} (${where})`);
        if (w.explanation) lines.push(...explanationBlock(w.explanation));
      }
    }
  }
  lines.push('', '### What to do', '');
  lines.push(...sopLines(standard, sops, (page) => pageUrl(model, page)));
  lines.push(`- Owner: ${teamLine(owner, standard.owner)}.`);
  lines.push(`- The standard: ${markdownLink(standard.title, pageUrl(model, `standards/${standard.id}/`))}, defined in ${inertCode(standard.origin.file)}.`);
  const closeAfter = model.pipeline.actions.closeAfterDays;
  lines.push('', `<sub>Opened and updated each night by \`standards actions\`. It closes itself after ${closeAfter} ${closeAfter === 1 ? 'night' : 'nights'} without a breach.</sub>`);
  return `${lines.join('\n')}\n`;
}

export function reviewIssueBody(model: StandardsModel, sop: SopDefinition, status: 'overdue' | 'reviewed', today: string): string {
  const owner = model.teams.find((t) => t.id === sop.owner);
  const lines = [
    markerOf(`review/${sop.id}`, status), '',
    status === 'overdue'
      ? `**Review overdue**: the SOP ${markdownLink(sop.title, pageUrl(model, `sops/${sop.id}/`))} was due for review on ${dayText(sop.review.due)} (every ${inertMarkdown(sop.review.everyText)}, last on ${dayText(sop.review.last)}); as of ${dayText(today)} no review is recorded.`
      : `**Reviewed**: the SOP ${markdownLink(sop.title, pageUrl(model, `sops/${sop.id}/`))} was last reviewed on ${dayText(sop.review.last)}; next review due ${dayText(sop.review.due)}.`,
    '', '### What to do', '',
    `- Read the SOP against current practice, then record the review: set \`review.last\` in ${inertCode(sop.origin.file)} (and bump \`version\` with a changelog entry if the steps change).`,
    `- Owner: ${teamLine(owner, sop.owner)}.`,
    '', '<sub>Opened and updated each night by `standards actions`; it closes itself once the review is recorded.</sub>',
  ];
  return `${lines.join('\n')}\n`;
}

export function issueTitle(status: IssueStatus, title: string): string {
  const prefix = status === 'overdue' || status === 'reviewed' ? 'SOP review overdue' : statusWords(status);
  // Titles are plain text on GitHub; keep them on one line and within GitHub's 256 characters.
  return `${prefix}: ${title.replace(/\s+/g, ' ').trim()}`.slice(0, 256);
}
