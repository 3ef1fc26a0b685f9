// The job summary of `standards actions`: what was opened, updated and closed, what failed, and what is left
// for later nights. Messages can carry titles from documents, so every cell is escaped.

import { inertMarkdown } from '../publish/inert-markdown.ts';
import type { ApplyResult } from './apply.ts';
import type { ActionPlan } from './plan.ts';

export function formatActionsSummary(plan: ActionPlan, result: ApplyResult): string {
  const lines = ['## Corrective actions', ''];
  if (result.outcomes.length === 0 && plan.deferred.length === 0) lines.push('Nothing to open, update or close tonight.', '');
  if (result.outcomes.length > 0) {
    lines.push('| What | Issue | Result |', '| --- | --- | --- |');
    for (const o of result.outcomes) {
      const issue = o.issue ? `#${o.issue}` : '';
      lines.push(`| ${inertMarkdown(o.action.summary)} | ${issue} | ${inertMarkdown(o.error ?? (o.note ? `done; ${o.note}` : 'done'))} |`);
    }
    lines.push('');
  }
  if (result.stopped) lines.push(`Stopped early: ${inertMarkdown(result.stopped)}`, '');
  if (plan.deferred.length > 0) {
    lines.push(`**${plan.deferred.length} more over tonight's write budget**, done on later nights (most urgent first):`, '');
    for (const a of plan.deferred) lines.push(`- ${inertMarkdown(a.summary)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
