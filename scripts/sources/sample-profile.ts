// The knobs of the sample helpdesk (Northwind Outfitters), in one place. The engine's standards are tuned
// against these numbers so that the bundled sample shows some standards met, some at risk, some breached.
//
// Response delays are log-normal: `median` minutes and spread `sigma`. The share of tickets answered within a
// threshold T is Φ((ln T − ln median) / sigma) (Φ = standard normal CDF), before channel factors. Examples with
// sigma 0.8: T = median → 50%; T = 2 × median → 81%; T = 3 × median → 91%; T = 4 × median → 96%.
// First and next replies are measured in the team's business hours (`hours`), except the `afterHoursShare`
// of replies, which arrive in wall-clock time (on-call, weekend cover) — they look faster in business time.

import type { Channel, Priority } from '../model/model.ts';

/** Minutes after local midnight; per weekday, Monday first. */
export type WeeklyHours = readonly (readonly { start: number; end: number }[])[];

export interface DelayDistribution { median: number; sigma: number }

export interface SampleTeamProfile {
  id: string;
  timezone: string;
  /** Share of all tickets assigned to this team. */
  share: number;
  /** When the team's agents work (holidays are not modelled). */
  hours: WeeklyHours;
  /** First agent reply, in business minutes of `hours`, per priority. */
  firstReply: Record<Priority, DelayDistribution>;
  /** Agent reply to a customer's reply, in business minutes, per priority. */
  nextReply: Record<Priority, DelayDistribution>;
  /** Share of agent replies sent outside business hours (wall-clock delays). */
  afterHoursShare: number;
  /** Share of CSAT ratings that are good (before the penalty for reopened tickets). */
  csatGood: number;
  /** Chance that a QA behaviour passes when it applies. */
  qaPass: number;
}

const H = 60;
const weekdays = (start: number, end: number) => ({ start: start * H, end: end * H });

export const SAMPLE_TEAMS: readonly SampleTeamProfile[] = [
  {
    id: 'support-emea',
    timezone: 'Europe/Dublin',
    share: 0.46,
    hours: [[weekdays(8, 18)], [weekdays(8, 18)], [weekdays(8, 18)], [weekdays(8, 18)], [weekdays(8, 18)], [], []],
    firstReply: {
      urgent: { median: 12, sigma: 0.7 },
      high: { median: 62, sigma: 0.75 },
      normal: { median: 150, sigma: 0.8 },
      low: { median: 200, sigma: 0.8 },
    },
    nextReply: {
      urgent: { median: 20, sigma: 0.75 },
      high: { median: 60, sigma: 0.8 },
      normal: { median: 110, sigma: 0.8 },
      low: { median: 170, sigma: 0.8 },
    },
    afterHoursShare: 0.06,
    csatGood: 0.96,
    qaPass: 0.96,
  },
  {
    id: 'support-americas',
    timezone: 'America/Chicago',
    share: 0.44,
    hours: [[weekdays(8, 20)], [weekdays(8, 20)], [weekdays(8, 20)], [weekdays(8, 20)], [weekdays(8, 20)], [weekdays(10, 14)], []],
    firstReply: {
      urgent: { median: 14, sigma: 0.75 },
      high: { median: 75, sigma: 0.85 },
      normal: { median: 170, sigma: 0.9 },
      low: { median: 260, sigma: 0.9 },
    },
    nextReply: {
      urgent: { median: 45, sigma: 0.85 },
      high: { median: 180, sigma: 0.9 },
      normal: { median: 420, sigma: 0.95 },
      low: { median: 780, sigma: 1.0 },
    },
    afterHoursShare: 0.08,
    csatGood: 0.94,
    qaPass: 0.94,
  },
  {
    id: 'escalations',
    timezone: 'Europe/Dublin',
    share: 0.1,
    hours: [[weekdays(8, 18)], [weekdays(8, 18)], [weekdays(8, 18)], [weekdays(8, 18)], [weekdays(8, 18)], [], []],
    firstReply: {
      urgent: { median: 10, sigma: 0.7 },
      high: { median: 55, sigma: 0.75 },
      normal: { median: 150, sigma: 0.8 },
      low: { median: 220, sigma: 0.8 },
    },
    nextReply: {
      urgent: { median: 25, sigma: 0.75 },
      high: { median: 60, sigma: 0.8 },
      normal: { median: 120, sigma: 0.8 },
      low: { median: 180, sigma: 0.8 },
    },
    afterHoursShare: 0.12,
    csatGood: 0.92,
    qaPass: 0.94,
  },
];

/** Share of urgent replies sent by the on-call rota in wall-clock time (urgent standards are 24/7). */
export const URGENT_ON_CALL_SHARE = 0.93;

/** Arrival intensity by local hour (0–23) and local weekday (Monday first), relative; normalised per team. */
export const ARRIVALS_BY_HOUR: readonly number[] = [
  0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.45, 0.9, 1.5, 1.9, 2.0, 1.9, 1.6, 1.7, 1.8, 1.7, 1.5, 1.2, 0.9, 0.75, 0.65, 0.5, 0.35, 0.22,
];
export const ARRIVALS_BY_WEEKDAY: readonly number[] = [1.25, 1.15, 1.1, 1.05, 0.95, 0.45, 0.4];
/** Day-to-day variation of the number of tickets: ± this fraction, uniformly. */
export const DAILY_NOISE = 0.12;

export const PRIORITY_MIX: Readonly<Record<Priority, number>> = { urgent: 0.05, high: 0.2, normal: 0.55, low: 0.2 };
export const CHANNEL_MIX: Readonly<Record<Channel, number>> = { email: 0.4, web: 0.25, chat: 0.15, phone: 0.08, social: 0.07, api: 0.05 };
/** Multiplies reply delays per channel: chat and phone are answered while the customer waits. */
export const CHANNEL_SPEED: Readonly<Record<Channel, number>> = { email: 1, web: 1, chat: 0.012, phone: 0.06, social: 0.7, api: 1.1 };

export const CATEGORY_MIX: Readonly<Record<string, number>> = {
  'order-status': 0.22,
  returns: 0.16,
  shipping: 0.14,
  billing: 0.12,
  'product-question': 0.14,
  warranty: 0.07,
  account: 0.09,
  technical: 0.06,
};
/** Each tag is added independently with this chance. */
export const TAG_CHANCES: Readonly<Record<string, number>> = {
  vip: 0.04,
  'first-order': 0.12,
  'damaged-item': 0.05,
  refund: 0.1,
  'mobile-app': 0.08,
  'promo-code': 0.04,
  'loyalty-member': 0.15,
};

export const LIFECYCLE = {
  /** Spam, duplicates: solved without any public reply. */
  solvedWithoutReply: 0.02,
  /** Chance that an agent reply solves the ticket, by the number of earlier agent replies (last repeats). */
  solveAfterReply: [0.76, 0.7, 0.75, 0.85, 1],
  /** Chance that an agent reply that does not solve puts the ticket on hold (waiting on a third party). */
  onHold: 0.06,
  onHoldMinutes: { median: 26 * H, sigma: 0.7 },
  /** The customer answers a pending ticket after (wall-clock minutes)... */
  customerReply: { median: 4 * H, sigma: 1.1 },
  /** ...unless they never do: then the ticket is solved automatically after `pendingAutoSolveDays`. */
  customerSilent: 0.1,
  pendingAutoSolveDays: 3,
  /** Solved tickets close automatically after this many days; they can be reopened only before. */
  closeAfterDays: 4,
  /** Chance that a solve is followed by a reopen (the customer writes back), and when. */
  reopen: 0.047,
  reopenAfter: { median: 20 * H, sigma: 0.9 },
  /** Share of solved tickets that get a CSAT rating / an NPS answer / a QA review, and when. */
  csat: 0.25,
  csatAfter: { median: 5 * H, sigma: 1 },
  csatPenaltyReopened: 0.3,
  nps: 0.1,
  npsAfter: { median: 40 * H, sigma: 0.6 },
  /** NPS answers: shares of promoters (9–10) and detractors (0–6); the rest are passives (7–8). */
  npsPromoters: 0.56,
  npsDetractors: 0.16,
  qa: 0.05,
  qaAfterDays: { min: 1, max: 8 },
} as const;

export const QA_SCORECARD = 'interaction-quality';
/** Behaviour ids of the scorecard and the chance each is not applicable to an interaction. */
export const QA_BEHAVIOURS: readonly { id: string; notApplicable: number }[] = [
  { id: 'acknowledge-the-customer', notApplicable: 0 },
  { id: 'listen-actively', notApplicable: 0.02 },
  { id: 'identify-the-need', notApplicable: 0.04 },
  { id: 'give-accurate-and-complete-information', notApplicable: 0.03 },
  { id: 'be-responsive', notApplicable: 0 },
  { id: 'take-ownership', notApplicable: 0.08 },
  { id: 'thank-the-customer', notApplicable: 0 },
];

/** Ticket ids are `NW-` and a sequence number counted from this day, so they stay stable night after night. */
export const SAMPLE_EPOCH = '2020-01-01';
export const TICKET_ID_PREFIX = 'NW-';
