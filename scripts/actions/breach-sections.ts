// The parts of a corrective-action issue that say what to act on, in the words of the breach page
// (publish/breach-actions.ts): how fast the error budget burns and the day it runs out, the tickets still open
// and late (linked into the helpdesk), and the SOP step that keeps the standard. Everything from documents and
// tickets is rendered inert (publish/inert-markdown.ts); links are built from settings only.

import type { SopDefinition, StandardDefinition, StandardsModel } from '../model/model.ts';
import { formatDuration } from '../model/values.ts';
import { burnRateText, burnSpanName, burnSummary, runsOutText, stepAnchor, stepsKeeping } from '../publish/breach-actions.ts';
import type { ReportStandard } from '../publish/site-data.ts';
import { ticketLinker } from '../publish/ticket-links.ts';
import { dayText } from '../engine/report.ts';
import { inertMarkdown } from '../publish/inert-markdown.ts';
import { markdownLink } from './markdown-text.ts';

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', hourCycle: 'h23' });
/** `2026-10-31T11:00:00Z` → `31 Oct 2026 11:00 UTC`. */
function instantText(iso: string): string {
  return `${dayText(iso.slice(0, 10))} ${TIME.format(new Date(iso))} UTC`;
}

/** How fast the budget burns over the last day and the last 7 days, and the day it runs out; [] without burn spans. */
export function burnLines(result: ReportStandard): string[] {
  const summary = burnSummary(result, dayText);
  const spans = result.burn?.spans ?? [];
  if (summary === null) return [];
  const spent = (result.errorBudget?.remaining ?? 0) < 0;
  return [
    '', '### How fast the budget burns', '',
    `**${summary}**`, '',
    '| Span | Burn rate | Runs out |', '| --- | --- | --- |',
    ...spans.map((s) => `| ${burnSpanName(s, dayText)}, ${s.count.toLocaleString('en-GB')} counted | ${burnRateText(s.rate)} | ${runsOutText(s, spent, dayText)} |`),
    '', 'A burn rate of 1 spends the budget exactly as fast as the goal allows; 2 twice as fast.',
  ];
}

/** The tickets still open and past the goal, waiting longest first; [] when the report lists none. */
export function openLateLines(model: StandardsModel, result: ReportStandard): string[] {
  const late = result.openLate ?? [];
  if (late.length === 0) return [];
  const link = ticketLinker(model.pipeline);
  const teamName = (id: string) => model.teams.find((t) => t.id === id)?.name ?? id;
  const total = result.inFlight ?? late.length;
  return [
    '', '### Open and late: act on these first', '',
    ...(total > late.length ? [`The ${late.length} waiting longest of ${total.toLocaleString('en-GB')} open and late:`, ''] : []),
    ...late.map((t) => {
      const where = [t.priority, t.channel, t.team ? teamName(t.team) : null].filter((x): x is string => Boolean(x)).map((x) => inertMarkdown(x)).join(', ');
      return `- ${markdownLink(`#${t.id}`, link(t.id))}: ${formatDuration(Math.round(t.minutes))} so far, late since ${instantText(t.lateSince)} (${where})`;
    }),
  ];
}

/** "What to do": the step of each SOP that keeps the standard, else the SOP as a whole. `page`: a site page's public URL. */
export function sopLines(standard: StandardDefinition, sops: readonly SopDefinition[], page: (path: string) => string | null): string[] {
  if (sops.length === 0) return ['- No SOP serves this standard yet: agree the corrective action here and record it in an SOP.'];
  const keeping = stepsKeeping(sops, standard.id);
  return sops.flatMap((sop) => {
    const url = page(`sops/${sop.id}/`);
    const sopLink = markdownLink(sop.title, url);
    const steps = keeping.filter((k) => k.sop.id === sop.id);
    if (steps.length === 0) return [`- Follow the SOP ${sopLink} (version ${sop.version}).`];
    return steps.map(({ step, number, of }) => {
      const within = step.withinMinutes !== null ? `: within ${formatDuration(step.withinMinutes)}${step.clock === 'business' ? ' of business hours' : ''}` : '';
      const role = step.role ? ` (${inertMarkdown(step.role)})` : '';
      return `- Follow step ${number} of ${of}, ${markdownLink(step.title, url ? `${url}#${stepAnchor(step)}` : null)}${role}, of the SOP ${sopLink} (version ${sop.version})${within}; it keeps this standard.`;
    });
  });
}
