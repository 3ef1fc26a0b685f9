// Per-agent QA figures, for the nightly run's job summary only. Individual agents are never named on the
// published site or in the report; the job summary is readable only by people with access to the
// repository's Actions, which is where a lead looks for coaching material (README "Quality reviews").
// Agents are shown as the Team documents know them (their GitHub handle, else their staff id); someone the
// Team documents do not list is shown by the pseudonym the store keeps, never by a name or an e-mail.

import type { QaReviewRecord } from '../model/documents.generated.ts';
import type { StandardsModel } from '../model/model.ts';
import { peopleDirectory } from '../model/people.ts';
import { scoreQaReview } from '../engine/metrics.ts';
import { parseInstant } from '../engine/ticket-checks.ts';
import { inertCode, inertMarkdown } from './inert-markdown.ts';

const DAY_MS = 86_400_000;

/** A stored person key (a handle, `staff:<id>`, `email:<hash>`, `anon:<hash>`: schemas/qa-review.schema.json) in a code span. */
function personCode(key: string): string {
  return /^((staff|email|anon):)?[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(key) ? `\`${key}\`` : inertCode(key);
}

interface AgentFigures { key: string; team: string | null; week: number; month: number; scores: number[]; fails: Map<string, number> }

/** The section, or '' when the store holds no review. Figures as of `nowMs`: reviews of the last 7 and 30 days. */
export function formatQaAgentSummary(model: Pick<StandardsModel, 'teams' | 'scorecards'>, reviews: readonly QaReviewRecord[], nowMs: number): string {
  if (reviews.length === 0) return '';
  const directory = peopleDirectory(model.teams);
  const scorecards = new Map(model.scorecards.map((s) => [s.id, s]));
  const agents = new Map<string, AgentFigures>();
  for (const review of reviews) {
    const atMs = parseInstant(review.at);
    if (!(atMs <= nowMs) || atMs < nowMs - 30 * DAY_MS) continue;
    let a = agents.get(review.agent);
    if (a === undefined) {
      a = { key: review.agent, team: directory.byKey(review.agent)?.teams[0] ?? null, week: 0, month: 0, scores: [], fails: new Map() };
      agents.set(review.agent, a);
    }
    a.month++;
    if (atMs >= nowMs - 7 * DAY_MS) a.week++;
    const scorecard = scorecards.get(review.scorecard);
    const scored = scorecard ? scoreQaReview(review.results, scorecard) : null;
    if (scored === null) continue;
    a.scores.push(scored.score);
    for (const [id, mark] of scored.behaviours) if (!mark.passed) a.fails.set(id, (a.fails.get(id) ?? 0) + 1);
  }
  const titles = new Map(model.scorecards.flatMap((s) => s.behaviours.map((b) => [b.id, b.title] as const)));
  const teamName = new Map(model.teams.map((t) => [t.id, t.name]));
  const lines = [
    '## Quality reviews by agent',
    '',
    'For coaching; **not published**: the site and the report never name an agent. Reviews made in the last 7 and 30 days, and the average score and most failed behaviour over the 30 days.',
    '',
    '| Agent | Team | Reviews, 7 days | Reviews, 30 days | Average score | Failed most |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const rows = [...agents.values()].sort((x, y) => (x.team ?? '~').localeCompare(y.team ?? '~') || x.key.localeCompare(y.key));
  for (const a of rows) {
    const average = a.scores.length === 0 ? '—' : `${((a.scores.reduce((s, x) => s + x, 0) / a.scores.length) * 100).toFixed(1)}%`;
    const worst = [...a.fails].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
    const who = a.key.startsWith('anon:') ? `${personCode(a.key)} (in no Team document)` : a.key.startsWith('email:') ? `${personCode(a.key)} (known by e-mail)` : personCode(a.key);
    lines.push(`| ${who} | ${a.team ? inertMarkdown(teamName.get(a.team) ?? a.team, 80) : '—'} | ${a.week} | ${a.month} | ${average} | ${worst ? `${inertMarkdown(titles.get(worst[0]) ?? worst[0], 80)} (${worst[1]})` : '—'} |`);
  }
  if (rows.length === 0) lines.push('| — | — | 0 | 0 | — | — |');
  return `${lines.join('\n')}\n\n`;
}
