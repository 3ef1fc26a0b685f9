// Every writer of GitHub Markdown renders untrusted text one way (publish/inert-markdown.ts). The hostile corpus
// of the review comment (tests/review/hostile-review.ts) goes into every free string of a corrective-action
// issue body, its status comment, and each job summary; a real CommonMark + GFM parser then checks that nothing
// came out that the writer did not put there itself: no mention, reference, emoji, link, image, tag or code span.
import { describe, expect, it } from 'vitest';
import { reviewIssueBody, standardIssueBody } from '../../scripts/actions/issue-body.ts';
import { planActions } from '../../scripts/actions/plan.ts';
import { formatActionsSummary } from '../../scripts/actions/summary.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { formatFindingsSummary } from '../../scripts/publish/annotations.ts';
import { formatFetchSummary, formatReportSummary } from '../../scripts/publish/job-summary.ts';
import type { Report, StandardsModel } from '../../scripts/model/model.ts';
import type { FetchSummary } from '../../scripts/sources/fetch.ts';
import { actionsModel, leadsTeam, report, urgentResult, urgentSop } from '../actions/action-fixtures.ts';
import { calendar, model as engineModel, standard, ticket } from '../engine/engine-fixtures.ts';
import { HOSTILE_TEXTS } from '../review/hostile-review.ts';
import { inspectComment } from '../review/rendered-comment.ts';

const MARKER = /^<!-- service-standards:corrective-action subject=(standard|review)\/[a-z0-9-]+ status=[a-z-]+ -->$/;
const ownLink = (url: string) => url.startsWith('https://acme.example/standards/') || url.startsWith('https://help.example/tickets/');

/** Code spans the writers themselves put in the text. */
const OWN_CODE = new Set(['standards actions', 'review.last', 'version']);

/** What the parser saw, less what the writers put there themselves (their marker, `<sub>`, their own links and code). */
function seen(markdown: string) {
  const i = inspectComment(markdown, ownLink);
  const tags = i.tags.filter((t) => !MARKER.test(t) && t !== '<sub>' && t !== '</sub>');
  return { links: i.links, images: i.images, tags, code: i.code.filter((c) => !OWN_CODE.has(c)), references: i.references, filtered: i.filtered, detailsBalanced: i.detailsBalanced };
}

function hostileModel(text: string): StandardsModel {
  const m = actionsModel();
  const [urgent, ...rest] = m.standards;
  return {
    ...m,
    teams: [{ ...leadsTeam, name: text, leads: [text, 'ana-lopez'] }],
    sops: [{ ...urgentSop, title: text, review: { ...urgentSop.review, everyText: text }, origin: { file: text } }],
    standards: [{ ...urgent!, title: text, origin: { file: text } }, ...rest],
  };
}

function hostileResult(text: string) {
  const result = urgentResult('breached', { count: 400, met: 355, inFlight: 3, pending: 4 });
  return {
    ...result, statement: text, goal: { ...result.goal, text }, window: { ...result.window, spec: text },
    worst: [{ ...result.worst[0]!, id: text, priority: text, channel: text, team: text }],
  };
}

/** How a worst ticket with a hostile id explains itself (the engine's own lines). */
async function explained(text: string) {
  const office = calendar('office', 'UTC');
  const frt = standard({ id: 'frt', metric: 'first_response_time', thresholdMinutes: 60, calendar: 'office' });
  const evaluated = await evaluateStandards({ model: engineModel({ standards: [frt], calendars: [office] }), tickets: [ticket({ id: text, created: '2026-11-20T16:30:00Z' })], now: new Date('2026-11-23T09:45:00Z'), clockFor });
  return evaluated.standards[0]!.worst[0]?.explanation ?? null;
}

describe('a corrective-action issue whose every string is hostile', () => {
  it.each(HOSTILE_TEXTS)('%j stays text in the issue body and its comments', async (text) => {
    const model = hostileModel(text);
    const result = hostileResult(text);
    const explanation = await explained(text);
    const withExplanation = { ...result, worst: [{ ...result.worst[0]!, ...(explanation ? { explanation } : {}) }] };
    const bodies = [
      standardIssueBody({ model, standard: model.standards[0]!, result: withExplanation, status: 'breached', spell: null, today: '2026-11-01' }),
      reviewIssueBody(model, model.sops[0]!, 'overdue', '2026-11-01'),
    ];
    // A status change (breached → at risk) on an open issue: the comment carries the goal in words.
    const plan = planActions({
      model, report: report('2026-11-02T06:00:00Z', [{ ...result, status: 'at-risk' }]),
      statusLog: [{ date: '2026-11-01', standard: 'first-response-urgent', status: 'breached', value: null, version: 'v1' }],
      issues: [{ number: 1, title: 'Breached: x', state: 'open', labels: ['corrective-action', 'breached'], body: bodies[0]!, assignees: [] }] as never,
    });
    const written = plan.actions.flatMap((a) => {
      const op = a.operation as { body?: string; comment?: string };
      return [op.body, op.comment].filter((x): x is string => typeof x === 'string');
    });
    expect(written.length).toBeGreaterThan(0);
    for (const markdown of [...bodies, ...written]) {
      expect(seen(markdown)).toEqual({ links: [], images: [], tags: [], code: [], references: [], filtered: [], detailsBalanced: true });
    }
  });
});

describe('job summaries whose every string is hostile', () => {
  const fetched = (text: string): FetchSummary => ({
    fetched: 3, added: 1, updated: 1, unchanged: 1, stale: 0, removed: 0, changedDays: ['2026-11-20'], rejected: [], skipped: 0, shrunkDays: [],
    batches: 1, cursorBefore: text, cursor: text, dryRun: false,
  });
  const nightly = (text: string) => ({
    summary: { met: 0, 'at-risk': 0, breached: 1, 'no-data': 0 },
    data: { source: text, tickets: 3, rejected: [{ reason: text, count: 2 }], scopeGaps: [{ standard: text, field: 'team', value: text, message: text }] },
    standards: [{ id: text, status: 'breached', statement: text }],
  }) as unknown as Report;

  it.each(HOSTILE_TEXTS)('%j stays text in the nightly, validate and actions summaries', (text) => {
    const plan = { actions: [], deferred: [{ operation: {} as never, priority: 4, writes: 1, summary: text }], notes: [] };
    const summaries = [
      formatReportSummary(nightly(text), fetched(text)),
      formatFindingsSummary([{ file: text, line: 3, col: 5, severity: 'error', message: text, rule: 'schema' }]),
      formatActionsSummary(plan, { outcomes: [{ action: { ...plan.deferred[0]!, summary: text }, issue: null, url: null, error: text, note: text }], stopped: text }),
    ];
    for (const markdown of summaries) {
      expect(seen(markdown)).toEqual({ links: [], images: [], tags: [], code: [], references: [], filtered: [], detailsBalanced: true });
    }
  });

  it('shows a place, an id and a cursor in code, as they are', () => {
    expect(formatFindingsSummary([{ file: 'standards/service-levels/a.yaml', line: 12, col: 3, severity: 'error', message: 'bad', rule: 'schema' }]))
      .toContain('| error | `standards/service-levels/a.yaml:12:3` | bad | schema |');
    expect(formatFetchSummary(fetched('MTU3NjYxMzUzOS4wfHw0Njd8+/='))).toContain('| cursor after | `MTU3NjYxMzUzOS4wfHw0Njd8+/=` |');
  });
});
