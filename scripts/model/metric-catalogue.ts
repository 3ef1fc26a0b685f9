// The metric catalogue: the single definition of every metric. The validator checks standards against it,
// the engine implements each entry (scripts/engine/metrics.ts, keyed by the same ids) and the site prints
// the definitions on its methodology page. A test keeps the Standard schema's `metric` enum equal to these ids.

export type MetricKind = 'duration' | 'rate' | 'score';

export interface MetricDefinition {
  id: MetricId;
  name: string;
  kind: MetricKind;
  /** Unit of the per-ticket measurement (duration) or of the aggregate value (rate, score). */
  unit: 'minutes' | 'fraction' | 'nps';
  /** Which way is good for the aggregate: a rate or score target is `min` or `max`; durations are always `min` attainment. */
  goodDirection: 'higher' | 'lower';
  /** One paragraph, exact enough that two people computing it by hand get the same number. */
  definition: string;
  /** When a ticket's measurement is complete, which decides the window it counts in. */
  countedAt: string;
  /**
   * What one measurement scores, which the engine sums: `whole` (met 0/1, a rate's 0/1, NPS's -1/0/1) or `fractional`
   * (a QA review's weighted share). Whole scores add up exactly as plain numbers in any order (below 2^53); fractional
   * ones do not (0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1), so the engine keeps their sums exact (exact-sum.ts), or a report
   * would depend on the order it read the measurements in. A metric that can score a fraction must say so here.
   */
  scores: 'whole' | 'fractional';
}

export const METRIC_IDS = [
  'first_response_time',
  'next_reply_time',
  'full_resolution_time',
  'requester_wait_time',
  'agent_work_time',
  'reopen_rate',
  'first_contact_resolution',
  'csat',
  'nps',
  'backlog_age',
  'qa_score',
  'qa_coverage',
  'sop_acknowledgement',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = {
  first_response_time: {
    id: 'first_response_time',
    name: 'First response time',
    kind: 'duration',
    unit: 'minutes',
    goodDirection: 'lower',
    definition:
      'Time from the ticket’s creation to the first public reply by an agent, measured in the standard’s calendar ' +
      '(business hours) or in wall-clock time without one. Internal notes and automatic acknowledgements do not count. ' +
      'A ticket opened by an agent (a logged phone call, an outbound e-mail) is measured from its creation to the first ' +
      'public agent reply after the agent’s opening comment, as Zendesk measures it (creation to the second public agent ' +
      'comment); an agent reply at the creation instant of such a ticket is that opening comment, never a response. ' +
      'A ticket solved without any agent reply has no first response and is not measured.',
    countedAt: 'the first agent reply; an open ticket with no reply counts as a miss at the instant it passed the threshold (an in-flight breach: in business time, a threshold reached as the desk closes is passed when it next opens), and one still inside the threshold or exactly on it is pending and not counted',
    scores: 'whole',
  },
  next_reply_time: {
    id: 'next_reply_time',
    name: 'Next reply time',
    kind: 'duration',
    unit: 'minutes',
    goodDirection: 'lower',
    definition:
      'For every customer reply after the first agent reply, the time until the next public agent reply; each such ' +
      'exchange is one measurement. Consecutive customer replies are measured from the first of them. A customer ' +
      'reply followed by the ticket being solved without an agent reply is not measured (a customer reply after ' +
      'that solve starts a new exchange); an agent reply that solves the ticket in the same action (“submit as ' +
      'solved”, the solve at the reply’s own instant) answers the exchange and is measured. Customer replies before ' +
      'the first agent reply are covered by first response time and not measured here (on a ticket opened by an ' +
      'agent, the opening comment is not that first reply).',
    countedAt: 'the agent reply that answers; an unanswered customer reply on an open ticket counts as a miss at the instant it passed the threshold, and is pending until then',
    scores: 'whole',
  },
  full_resolution_time: {
    id: 'full_resolution_time',
    name: 'Full resolution time',
    kind: 'duration',
    unit: 'minutes',
    goodDirection: 'lower',
    definition:
      'Time from the ticket’s creation to the last time it was solved, including time spent pending or on hold. ' +
      'A reopened ticket is measured to its final solve: its last move from an unsolved status (new, open, pending ' +
      'or on-hold) into solved or closed; a solved ticket later closed is not solved again. A ticket that is not ' +
      'solved or closed now is unsolved.',
    countedAt: 'the final solve; an unsolved ticket counts as a miss at the instant it passed the threshold, and is pending until then',
    scores: 'whole',
  },
  requester_wait_time: {
    id: 'requester_wait_time',
    name: 'Requester wait time',
    kind: 'duration',
    unit: 'minutes',
    goodDirection: 'lower',
    definition:
      'Time from creation to the final solve during which the requester waited: time in new, open and on-hold counts, ' +
      'time in pending (waiting on the requester) is left out, and so is time spent solved or closed before a reopen. ' +
      'This is Zendesk’s requester wait time. A standard may name other pause statuses with `pauseStatuses` ' +
      '(for example [pending, on-hold]); agent work time is the built-in metric for new and open only.',
    countedAt: 'the final solve; an unsolved ticket counts as a miss at the instant its wait passed the threshold, and is pending until then',
    scores: 'whole',
  },
  agent_work_time: {
    id: 'agent_work_time',
    name: 'Agent work time',
    kind: 'duration',
    unit: 'minutes',
    goodDirection: 'lower',
    definition:
      'Time from creation to the final solve during which the ticket was new or open (waiting on an agent): time ' +
      'pending, on hold, and solved or closed before a reopen is left out. This is Zendesk’s agent work time.',
    countedAt: 'the final solve; an unsolved ticket counts as a miss at the instant its work time passed the threshold, and is pending until then',
    scores: 'whole',
  },
  reopen_rate: {
    id: 'reopen_rate',
    name: 'Reopen rate',
    kind: 'rate',
    unit: 'fraction',
    goodDirection: 'lower',
    definition:
      'Share of solved tickets that were reopened (moved from solved back to new, open, pending or on-hold) at least once. ' +
      'The denominator is tickets whose first solve falls in the window; a ticket reopened after the window still ' +
      'counts as reopened in the window of its first solve.',
    countedAt: 'the first solve',
    scores: 'whole',
  },
  first_contact_resolution: {
    id: 'first_contact_resolution',
    name: 'First-contact resolution',
    kind: 'rate',
    unit: 'fraction',
    goodDirection: 'higher',
    definition:
      'Share of solved tickets (solved or closed now) that got exactly one public agent reply up to their final ' +
      'solve and were never reopened.',
    countedAt: 'the final solve',
    scores: 'whole',
  },
  csat: {
    id: 'csat',
    name: 'Customer satisfaction (CSAT)',
    kind: 'rate',
    unit: 'fraction',
    goodDirection: 'higher',
    definition:
      'Share of satisfaction ratings that are good: a `good` rating, or 4 or 5 on a 1–5 scale. Tickets without a ' +
      'rating are not counted.',
    countedAt: 'the rating',
    scores: 'whole',
  },
  nps: {
    id: 'nps',
    name: 'Net Promoter Score (NPS)',
    kind: 'score',
    unit: 'nps',
    goodDirection: 'higher',
    definition:
      'Percentage of promoters (answers 9–10) minus percentage of detractors (0–6) among all NPS answers, from -100 ' +
      'to 100. Passives (7–8) count in the total only.',
    countedAt: 'the answer',
    scores: 'whole',
  },
  backlog_age: {
    id: 'backlog_age',
    name: 'Backlog age',
    kind: 'duration',
    unit: 'minutes',
    goodDirection: 'lower',
    definition:
      'Age of each unsolved ticket (not solved or closed) at the end of the window (now), measured from creation in the ' +
      'standard’s calendar. Attainment is the share of the backlog whose age is at most the threshold; the daily ' +
      'series is the backlog as it stood at the end of each day (in the calendar’s time zone, UTC without one).',
    countedAt: 'the end of the window (a snapshot of the backlog)',
    scores: 'whole',
  },
  qa_score: {
    id: 'qa_score',
    name: 'QA score',
    kind: 'score',
    unit: 'fraction',
    goodDirection: 'higher',
    definition:
      'Average over QA reviews with the standard’s scorecard of the weighted share of applicable behaviours passed. ' +
      'A behaviour marked pass counts its whole weight, fail none, and a score s out of the export’s scale s / scale of it; ' +
      'behaviours marked not applicable, or without a result, are left out of that review, and a review with no applicable ' +
      'behaviour is not scored. A review failing a critical behaviour (a fail, or a score below the pass mark) scores 0. ' +
      'The value is the average score; a review at or above the scorecard’s pass mark counts as passed. Reviews come ' +
      'from the QA export (or the helpdesk) and count once their ticket is in the store; the scope and the breakdowns ' +
      'use the reviewed ticket’s priority, channel, team, category and tags. Per behaviour, the pass rate is the share ' +
      'of reviews where it applied that passed it, and the points it costs are the score the average lost through it: ' +
      'its weight over the review’s applicable weight where it failed (for a failed critical behaviour, also the rest ' +
      'of that review’s score), averaged over every review, so the points of all behaviours add up to 100% minus the score.',
    countedAt: 'the review',
    scores: 'fractional',
  },
  qa_coverage: {
    id: 'qa_coverage',
    name: 'QA coverage',
    kind: 'rate',
    unit: 'fraction',
    goodDirection: 'higher',
    definition:
      'Share of agent-weeks in which the agent got at least `reviewsPerAgent` QA reviews (with the standard’s scorecard, ' +
      'when it names one). The agents are the members of the teams in the standard’s `scope.team` (every team without ' +
      'one) at the time: a week counts for a person who was a member of those teams for the whole of it (up to now, ' +
      'for the current week), so someone who joined counts from the first week that starts after they joined and ' +
      'someone who left until the last week that ended before they left, in the team they were in when the week ' +
      'began. Who was a member when comes from each Team document’s history on the default branch: the members of its ' +
      'first committed version from the beginning, and each person added or removed from the commit that did it (for ' +
      'a pull request merged with a merge commit, the merge); without that history (outside git), the members listed ' +
      'now, for every week. A week runs Monday 00:00 to Monday 00:00 in the standard’s time zone ' +
      '(its calendar’s, UTC without one), and a review counts in the week it was made, whether or not its ticket is in ' +
      'the store. An agent with no review in a week is a week missed.',
    countedAt: 'the review that reaches the count (a success), or the end of the week (a miss); the current week is pending until one of them',
    scores: 'whole',
  },
  sop_acknowledgement: {
    id: 'sop_acknowledgement',
    name: 'SOP acknowledgement',
    kind: 'duration',
    unit: 'minutes',
    goodDirection: 'lower',
    definition:
      'For every version of an SOP in scope (every active SOP, or the standard’s `sops`) and every person who was a ' +
      'member of a team that follows it (its `followedBy`, or the teams the standards it serves measure; narrowed by ' +
      '`scope.team`) at any time while that version was current, the time from the version’s publication (the moment ' +
      'its version went up on the default branch: for a pull request merged with a merge commit, the merge, not the ' +
      'branch’s own commit), or from their joining when they joined later, to the member’s ' +
      'acknowledgement of that version: a 👍 reaction or an `/ack` comment on its “Please read” issue, or a row of the ' +
      'acknowledgements export. An acknowledgement of an earlier version does not count for a later one. A version ' +
      'replaced before a member acknowledged it and before the threshold passed is not measured for that member, nor is ' +
      'one for a member who left in that time; a threshold passed before they left stays a miss. A version published ' +
      'before the standard took effect is not measured. Measured in the standard’s calendar ' +
      '(business hours) or in wall-clock time without one. Who was a member when comes from the Team documents’ ' +
      'history on the default branch, as for qa_coverage (without it, the members listed now).',
    countedAt: 'the acknowledgement; a member who has not acknowledged counts as a miss at the instant the version’s time passed the threshold, and is pending until then',
    scores: 'whole',
  },
};

/** Whether a measurement of `metric` can score a fraction (its sums are then kept exact: engine/standard-state.ts). */
export const hasFractionalScores = (function hasFractionalScores(metric: MetricId): boolean {
  return METRICS[metric].scores === 'fractional';
});

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && (METRIC_IDS as readonly string[]).includes(value);
}
