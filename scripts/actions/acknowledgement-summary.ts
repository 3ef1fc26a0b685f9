// The job summary's "SOP acknowledgements" section: per active SOP the version in force and each following
// team's progress, what was opened, updated and closed, what GitHub would not let us read (and that nothing
// recorded before was lost), responses by people outside the Team documents (not counted), and accounts
// renamed on GitHub. Logins and titles are untrusted text: inert-markdown.ts keeps them text.

import type { StandardsModel } from '../model/model.ts';
import { inertCode, inertMarkdown } from '../publish/inert-markdown.ts';
import { describeOperation, type AcknowledgementPlan, type AppliedOperation, type ReadOutcome } from './acknowledgements.ts';

export interface AcknowledgementSummaryInput {
  model: StandardsModel;
  plan: AcknowledgementPlan;
  applied: readonly AppliedOperation[];
  read: ReadOutcome;
  /** Acknowledgements new to the store tonight. */
  recorded: number;
  /** GitHub accounts seen under a new login: [old, new]. */
  renamed: readonly [string, string][];
}

export function formatAcknowledgementSummary(input: AcknowledgementSummaryInput): string {
  const { model, plan, read } = input;
  const lines = ['## SOP acknowledgements', ''];
  lines.push(`${input.recorded} new acknowledgement${input.recorded === 1 ? '' : 's'} recorded tonight.`, '');
  if (plan.progress.length > 0) {
    lines.push('| SOP | Version | Issue | Acknowledged |', '| --- | --- | --- | --- |');
    for (const p of plan.progress) {
      const sop = model.sops.find((s) => s.id === p.sop);
      const teams = p.teams.map((t) => `${inertMarkdown(model.teams.find((x) => x.id === t.team)?.name ?? t.team, 80)} ${t.acknowledged} of ${t.members}`).join('; ');
      lines.push(`| ${inertMarkdown(sop?.title ?? p.sop, 140)} | ${p.version} | ${p.issue ? `#${p.issue}` : ''} | ${teams || 'no following team'} |`);
    }
    lines.push('');
  }
  for (const a of input.applied) lines.push(`- ${inertMarkdown(describeOperation(a.operation), 300)}: ${a.error ? inertMarkdown(a.error, 500) : 'done'}`);
  for (const op of plan.deferred) lines.push(`- ${inertMarkdown(describeOperation(op), 300)}: over tonight's write budget, done on a later night`);
  if (input.applied.length > 0 || plan.deferred.length > 0) lines.push('');
  if (read.unread.length > 0) {
    lines.push('**Not read tonight** (nothing recorded from these issues tonight; every acknowledgement recorded before is kept, and they are not closed):', '');
    for (const u of read.unread) lines.push(`- #${u.issue} (${inertCode(u.sop)} v${u.version}): ${inertMarkdown(u.reason, 500)}`);
    lines.push('');
  }
  if (read.outsiders.length > 0) {
    const logins = [...new Set(read.outsiders.map((o) => o.login))];
    lines.push(`**Not counted**: ${read.outsiders.length} response${read.outsiders.length === 1 ? '' : 's'} by ${logins.length === 1 ? 'someone' : `${logins.length} people`} no Team document lists (${logins.slice(0, 10).map((l) => inertCode(l)).join(', ')}${logins.length > 10 ? ', …' : ''}). Add them to a team's members if they follow the SOP.`, '');
  }
  for (const [before, after] of input.renamed) {
    lines.push(`**Renamed on GitHub**: ${inertCode(after)} was ${inertCode(before)}; their acknowledgements still count. Rename the member in the Team document.`, '');
  }
  return `${lines.join('\n')}\n`;
}
