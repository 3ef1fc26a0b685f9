// The sample helpdesk: a deterministic, seeded simulation of Northwind Outfitters' support, the default
// source. The knobs live in sample-profile.ts.
//
// How it stays stable night after night: tickets live on an absolute timeline. Each UTC day since
// SAMPLE_EPOCH has a fixed number of tickets (from the arrival intensity, a seeded daily variation and a
// running carry), every ticket's whole life is drawn from its own seeded generator, and `now` only cuts the
// lives short (events after `now` have not happened yet). So a later `now` shows the same tickets with more
// history, plus new ones: the sample source can answer "what changed since the cursor" like a real helpdesk,
// and recent tickets are naturally still open (the backlog).

import { IANAZone } from 'luxon';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { Channel, Priority, Ticket, TicketStatus } from '../model/model.ts';
import { formatInstant } from './instants.ts';
import {
  ARRIVALS_BY_HOUR,
  ARRIVALS_BY_WEEKDAY,
  CATEGORY_MIX,
  CHANNEL_MIX,
  CHANNEL_SPEED,
  URGENT_ON_CALL_SHARE,
  DAILY_NOISE,
  LIFECYCLE,
  PRIORITY_MIX,
  QA_BEHAVIOURS,
  QA_SCORECARD,
  SAMPLE_EPOCH,
  SAMPLE_TEAMS,
  TAG_CHANCES,
  TICKET_ID_PREFIX,
  type DelayDistribution,
  type SampleTeamProfile,
} from './sample-profile.ts';
import type { TicketSource } from './source.ts';

export interface SampleOptions {
  /** Expected number of tickets created in the `days` before `now` (the actual number varies by ~1%). */
  count: number;
  days: number;
  seed: number;
  now: Date;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const EPOCH_DAY = Date.parse(`${SAMPLE_EPOCH}T00:00:00Z`) / DAY_MS;

type Reply = Ticket['replies'][number];
type StatusChange = Ticket['statusChanges'][number];

/** Picks from a fixed mix with one uniform draw. */
interface Mix<T> { values: T[]; cumulative: Float64Array }

function mixOf<T extends string>(weights: Readonly<Record<T, number>>): Mix<T> {
  const values = Object.keys(weights) as T[];
  const cumulative = new Float64Array(values.length);
  let sum = 0;
  values.forEach((value, i) => { sum += weights[value]; cumulative[i] = sum; });
  for (let i = 0; i < cumulative.length; i++) cumulative[i]! /= sum;
  return { values, cumulative };
}

function pick<T>(mix: Mix<T>, u: number): T {
  const c = mix.cumulative;
  for (let i = 0; i < c.length - 1; i++) if (u < c[i]!) return mix.values[i]!;
  return mix.values[mix.values.length - 1]!;
}

/** A well-mixed 32-bit seed for (seed, stream, index), so neighbouring days and tickets are unrelated. */
function mixSeed(seed: number, stream: number, index: number): number {
  let h = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b);
  h ^= Math.imul((index | 0) + 0x632be5ab, 0xc2b2ae35);
  h ^= Math.imul(stream + 1, 0x27d4eb2f);
  h ^= h >>> 16; h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15; h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h | 0;
}

class Draws {
  readonly rng: RandomGenerator;
  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }
  /** Uniform in [0, 1). */
  uniform(): number {
    return (this.rng.next() >>> 0) / 4_294_967_296;
  }
  /** Log-normal with the given median and sigma (Box–Muller). */
  logNormal(d: DelayDistribution): number {
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    return d.median * Math.exp(d.sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
  }
}

/** A team's local time and working hours, with the zone offset memoised per UTC hour. */
class TeamClock {
  readonly profile: SampleTeamProfile;
  readonly zone: IANAZone;
  readonly offsets = new Map<number, number>();
  constructor(profile: SampleTeamProfile) {
    this.profile = profile;
    this.zone = IANAZone.create(profile.timezone);
  }
  offsetMs(ms: number): number {
    const hour = Math.floor(ms / HOUR_MS);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = this.zone.offset(hour * HOUR_MS) * MINUTE_MS;
      this.offsets.set(hour, offset);
    }
    return offset;
  }
  /**
   * The instant `minutes` of working time after `fromMs`. Holidays are not modelled, and the offset is read
   * at the start of each local day: teams do not work at 01:00–03:00 when clocks change.
   */
  addBusinessMinutes(fromMs: number, minutes: number): number {
    let remaining = minutes * MINUTE_MS;
    let t = fromMs;
    for (let guard = 0; guard < 400; guard++) {
      const offset = this.offsetMs(t);
      const local = t + offset;
      const localDay = Math.floor(local / DAY_MS);
      const weekday = (((localDay + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Monday = 0
      let msOfDay = local - localDay * DAY_MS;
      for (const interval of this.profile.hours[weekday]!) {
        const end = interval.end * MINUTE_MS;
        if (msOfDay >= end) continue;
        const start = Math.max(msOfDay, interval.start * MINUTE_MS);
        if (remaining <= end - start) return localDay * DAY_MS + start + remaining - offset;
        remaining -= end - start;
        msOfDay = end;
      }
      t = (localDay + 1) * DAY_MS - offset;
    }
    return t + remaining;
  }
}

const PRIORITIES = mixOf(PRIORITY_MIX);
const CHANNELS = mixOf(CHANNEL_MIX);
const CATEGORIES = mixOf(CATEGORY_MIX);
const TAGS = Object.entries(TAG_CHANCES);

function ceilToSecond(ms: number): number {
  return Math.ceil(ms / 1000) * 1000;
}

/**
 * The day's arrival weights per (team, UTC hour) — 24 cells per team — from each team's local hour and
 * weekday, normalised so that an average day of a team weighs its share. The offset is read at noon UTC.
 */
function dayArrivalWeights(day: number, clocks: readonly TeamClock[], teamDailyMeans: readonly number[]): Float64Array {
  const cells = new Float64Array(clocks.length * 24);
  clocks.forEach((clock, team) => {
    const offsetMinutes = clock.offsetMs(day * DAY_MS + 12 * HOUR_MS) / MINUTE_MS;
    for (let hour = 0; hour < 24; hour++) {
      const localMinutes = hour * 60 + offsetMinutes;
      const dayShift = Math.floor(localMinutes / 1440);
      const localHour = Math.floor((localMinutes - dayShift * 1440) / 60);
      const weekday = ((((day + dayShift + 3) % 7) + 7) % 7);
      cells[team * 24 + hour] = (clock.profile.share * ARRIVALS_BY_HOUR[localHour]! * ARRIVALS_BY_WEEKDAY[weekday]!) / teamDailyMeans[team]!;
    }
  });
  return cells;
}

/** Tickets expected on `day` (before the carry to whole tickets). */
function expectedTickets(day: number, seed: number, rate: number, cells: Float64Array): number {
  let sum = 0;
  for (const w of cells) sum += w;
  const u = (mixSeed(seed, 0, day) >>> 0) / 4_294_967_296;
  return rate * sum * (1 + DAILY_NOISE * (2 * u - 1));
}

function validateOptions(options: SampleOptions): void {
  const { count, days, seed, now } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`sample: tickets must be a whole number >= 0, got ${count}`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`sample: days must be a whole number >= 1, got ${days}`);
  if (!Number.isInteger(seed)) throw new RangeError(`sample: seed must be a whole number, got ${seed}`);
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError('sample: now must be a valid Date');
}

/**
 * Generates the sample helpdesk's tickets created in the `days` before `now`, as they stand at `now`,
 * sorted by creation time (ids grow with it). Streams day by day: memory holds one day of tickets.
 */
export function* generateSampleTickets(options: SampleOptions): Generator<Ticket, void, undefined> {
  validateOptions(options);
  const { count, days, seed } = options;
  if (count === 0) return;
  const nowMs = options.now.getTime();
  const startMs = nowMs - days * DAY_MS;
  const rate = count / days;
  const clocks = SAMPLE_TEAMS.map((team) => new TeamClock(team));
  const weekTotal = ARRIVALS_BY_WEEKDAY.reduce((a, b) => a + b, 0) * ARRIVALS_BY_HOUR.reduce((a, b) => a + b, 0);
  const teamDailyMeans = clocks.map(() => weekTotal / 7);
  const firstDay = Math.floor(startMs / DAY_MS);
  const lastDay = Math.floor(nowMs / DAY_MS);

  // Ids count every ticket since the epoch, so the same ticket keeps its id when `now` moves on.
  let carried = 0;
  let sequence = 0;
  for (let day = Math.min(EPOCH_DAY, firstDay); day < firstDay; day++) {
    carried += expectedTickets(day, seed, rate, dayArrivalWeights(day, clocks, teamDailyMeans));
    sequence = Math.floor(carried);
  }

  for (let day = firstDay; day <= lastDay; day++) {
    const cells = dayArrivalWeights(day, clocks, teamDailyMeans);
    carried += expectedTickets(day, seed, rate, cells);
    const n = Math.floor(carried) - sequence;
    const draws = new Draws(mixSeed(seed, 1, day));
    let total = 0;
    for (const w of cells) total += w;
    const created = new Float64Array(n);
    const teams = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let u = draws.uniform() * total;
      let cell = 0;
      while (cell < cells.length - 1 && u >= cells[cell]!) { u -= cells[cell]!; cell++; }
      teams[i] = Math.floor(cell / 24);
      created[i] = day * DAY_MS + (cell % 24) * HOUR_MS + Math.floor(draws.uniform() * 3600) * 1000;
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => created[a]! - created[b]! || a - b);
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const createdMs = created[i]!;
      if (createdMs < startMs || createdMs > nowMs) continue;
      yield simulateTicket(sequence + k + 1, createdMs, clocks[teams[i]!]!, nowMs, seed);
    }
    sequence += n;
  }
}

/** One ticket's whole life from its own generator, then cut at `now`. */
function simulateTicket(sequence: number, createdMs: number, clock: TeamClock, nowMs: number, seed: number): Ticket {
  const draws = new Draws(mixSeed(seed, 2, sequence));
  const team = clock.profile;
  const priority: Priority = pick(PRIORITIES, draws.uniform());
  const channel: Channel = pick(CHANNELS, draws.uniform());
  const category = pick(CATEGORIES, draws.uniform());
  const tags: string[] = [];
  for (const [tag, chance] of TAGS) if (draws.uniform() < chance) tags.push(tag);
  if (team.id === 'escalations') tags.push('tier-2');

  const speed = CHANNEL_SPEED[channel];
  const agentReplyAt = (delay: DelayDistribution, fromMs: number): number => {
    const minutes = draws.logNormal(delay) * speed;
    const afterHours = draws.uniform() < (priority === 'urgent' ? URGENT_ON_CALL_SHARE : team.afterHoursShare);
    return ceilToSecond(afterHours ? fromMs + minutes * MINUTE_MS : clock.addBusinessMinutes(fromMs, minutes));
  };
  const wallAfter = (fromMs: number, delay: DelayDistribution): number => ceilToSecond(fromMs + draws.logNormal(delay) * MINUTE_MS);

  const replies: { at: number; by: Reply['by'] }[] = [];
  const changes: { at: number; status: TicketStatus }[] = [{ at: createdMs, status: 'new' }];
  let t = createdMs;
  let reopens = 0;
  if (draws.uniform() < LIFECYCLE.solvedWithoutReply) {
    t = ceilToSecond(clock.addBusinessMinutes(createdMs, draws.logNormal({ median: 60, sigma: 1 })));
    changes.push({ at: t, status: 'solved' });
  } else {
    t = agentReplyAt(team.firstReply[priority], createdMs);
    replies.push({ at: t, by: 'agent' });
    let agentReplies = 1;
    const solveChances = LIFECYCLE.solveAfterReply;
    for (;;) {
      if (draws.uniform() < solveChances[Math.min(agentReplies - 1, solveChances.length - 1)]!) {
        changes.push({ at: t, status: 'solved' });
        const reopenChance = reopens === 0 ? LIFECYCLE.reopen : LIFECYCLE.reopen / 3;
        if (draws.uniform() < reopenChance) {
          const back = wallAfter(t, LIFECYCLE.reopenAfter);
          if (back < t + LIFECYCLE.closeAfterDays * DAY_MS) {
            reopens++;
            replies.push({ at: back, by: 'customer' });
            changes.push({ at: back, status: 'open' });
            t = agentReplyAt(team.nextReply[priority], back);
            replies.push({ at: t, by: 'agent' });
            agentReplies++;
            continue;
          }
        }
        break;
      }
      if (draws.uniform() < LIFECYCLE.onHold) {
        changes.push({ at: t, status: 'on-hold' });
        const back = wallAfter(t, LIFECYCLE.onHoldMinutes);
        changes.push({ at: back, status: 'open' });
        t = agentReplyAt(team.nextReply[priority], back);
        replies.push({ at: t, by: 'agent' });
        agentReplies++;
        continue;
      }
      changes.push({ at: t, status: 'pending' });
      if (draws.uniform() < LIFECYCLE.customerSilent) {
        t += LIFECYCLE.pendingAutoSolveDays * DAY_MS;
        changes.push({ at: t, status: 'solved' });
        break;
      }
      const back = wallAfter(t, LIFECYCLE.customerReply);
      replies.push({ at: back, by: 'customer' });
      changes.push({ at: back, status: 'open' });
      t = agentReplyAt(team.nextReply[priority], back);
      replies.push({ at: t, by: 'agent' });
      agentReplies++;
    }
  }
  const solvedMs = t;
  changes.push({ at: solvedMs + LIFECYCLE.closeAfterDays * DAY_MS, status: 'closed' });

  let satisfaction: { at: number; rating: 'good' | 'bad' } | null = null;
  if (draws.uniform() < LIFECYCLE.csat) {
    const at = wallAfter(solvedMs, LIFECYCLE.csatAfter);
    const good = draws.uniform() < team.csatGood - (reopens > 0 ? LIFECYCLE.csatPenaltyReopened : 0);
    satisfaction = { at, rating: good ? 'good' : 'bad' };
  }
  let nps: { at: number; score: number } | null = null;
  if (draws.uniform() < LIFECYCLE.nps) {
    const at = wallAfter(solvedMs, LIFECYCLE.npsAfter);
    const u = draws.uniform();
    const v = draws.uniform();
    const score = u < LIFECYCLE.npsPromoters ? 9 + Math.floor(v * 2)
      : u < LIFECYCLE.npsPromoters + LIFECYCLE.npsDetractors ? Math.floor(Math.sqrt(v) * 7)
        : 7 + Math.floor(v * 2);
    nps = { at, score };
  }
  let qa: { at: number; results: Record<string, 'pass' | 'fail' | 'na'> } | null = null;
  if (draws.uniform() < LIFECYCLE.qa) {
    const { min, max } = LIFECYCLE.qaAfterDays;
    const at = ceilToSecond(solvedMs + (min + draws.uniform() * (max - min)) * DAY_MS);
    const results: Record<string, 'pass' | 'fail' | 'na'> = {};
    for (const behaviour of QA_BEHAVIOURS) {
      const u = draws.uniform();
      results[behaviour.id] = u < behaviour.notApplicable ? 'na' : draws.uniform() < team.qaPass ? 'pass' : 'fail';
    }
    qa = { at, results };
  }

  // Cut at now: what has not happened yet is not in the ticket.
  let updatedMs = createdMs;
  const keptReplies: Reply[] = [];
  for (const reply of replies) {
    if (reply.at > nowMs) break;
    keptReplies.push({ at: formatInstant(reply.at), by: reply.by });
    if (reply.at > updatedMs) updatedMs = reply.at;
  }
  const keptChanges: StatusChange[] = [];
  for (const change of changes) {
    if (change.at > nowMs) break;
    keptChanges.push({ at: formatInstant(change.at), status: change.status });
    if (change.at > updatedMs) updatedMs = change.at;
  }
  const status = keptChanges[keptChanges.length - 1]!.status;
  const ticket: Ticket = {
    id: TICKET_ID_PREFIX + String(sequence).padStart(6, '0'),
    created: formatInstant(createdMs),
    updated: '',
    priority,
    channel,
    // A phone ticket is a call the agent logged: opened by the agent (first response then runs to the first
    // agent reply after the agent's opening comment). No draw is taken, so every other ticket stays the same.
    ...(channel === 'phone' ? { openedBy: 'agent' as const } : {}),
    status,
    team: team.id,
    category,
    tags,
    replies: keptReplies,
    statusChanges: keptChanges,
  };
  if (satisfaction && satisfaction.at <= nowMs) {
    ticket.satisfaction = { at: formatInstant(satisfaction.at), rating: satisfaction.rating };
    if (satisfaction.at > updatedMs) updatedMs = satisfaction.at;
  }
  if (nps && nps.at <= nowMs) {
    ticket.nps = { at: formatInstant(nps.at), score: nps.score };
    if (nps.at > updatedMs) updatedMs = nps.at;
  }
  if (qa && qa.at <= nowMs) {
    ticket.qa = [{ scorecard: QA_SCORECARD, at: formatInstant(qa.at), results: qa.results }];
    if (qa.at > updatedMs) updatedMs = qa.at;
  }
  ticket.updated = formatInstant(updatedMs);
  return ticket;
}

/** Tickets per batch: a helpdesk API page is 100; the generator is cheap, so larger batches cost less. */
const SAMPLE_BATCH = 5000;

export interface SampleSourceSettings { tickets: number; days: number; seed: number }

/**
 * The sample source. Its cursor names the settings and the instant of the fetch
 * (`sample:seed=42;tickets=20000;days=180;at=2026-11-02T03:00:00Z`); a cursor of other settings means
 * "start over". A fetch returns the tickets created or updated after the cursor's instant; a backfill (`--since`),
 * those after the earlier of --since and that instant.
 */
export function createSampleSource(settings: SampleSourceSettings, deps: { now: Date }): TicketSource {
  const signature = `sample:seed=${settings.seed};tickets=${settings.tickets};days=${settings.days}`;
  /** The instant of a cursor of these settings; null for another's (start over) or one without an instant. */
  const cursorInstant = (cursor: string): number | null => {
    if (!cursor.startsWith(`${signature};at=`)) return null;
    const at = Date.parse(cursor.slice(signature.length + 4));
    return Number.isNaN(at) ? null : at;
  };
  return {
    type: 'sample',
    upstream: `sample:seed=${settings.seed}`,
    storedPosition: (cursor) => cursorInstant(cursor),
    async *fetchChanges(cursor, options) {
      let sinceMs = (cursor === null ? null : cursorInstant(cursor)) ?? Number.NEGATIVE_INFINITY;
      // A backfill reads from --since, but never from later than the cursor's instant: the tickets updated between
      // would be skipped for good, as the next fetch reads from tonight.
      if (options?.since) sinceMs = sinceMs === Number.NEGATIVE_INFINITY ? options.since.getTime() : Math.min(sinceMs, options.since.getTime());
      let tickets: Ticket[] = [];
      for (const ticket of generateSampleTickets({ count: settings.tickets, days: settings.days, seed: settings.seed, now: deps.now })) {
        if (sinceMs === Number.NEGATIVE_INFINITY || Date.parse(ticket.updated) > sinceMs) tickets.push(ticket);
        if (tickets.length === SAMPLE_BATCH) { yield { tickets, rejected: [] }; tickets = []; }
      }
      if (tickets.length) yield { tickets, rejected: [] };
      return `${signature};at=${formatInstant(deps.now.getTime())}`;
    },
  };
}
