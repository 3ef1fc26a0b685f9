// One ticket entry's layout in a facts cache file's segment (facts-cache-format.ts holds the file around it): its
// integers (kinds, codes, counts, text numbers) appended to an int32 block, its instants to a float64 block, each
// distinct text once in the segment's list. `writeEntry` and `decodeOne` are each other's inverse, field by field;
// a change to either bumps the file's FORMAT.

import { isRejection, type TicketEntry } from '../engine/ticket-entries.ts';
import { ticketRecord, type TicketQaReview, type TicketReply, type TicketStatusChange } from '../engine/ticket-checks.ts';
import type { Channel, Priority, TicketStatus } from '../model/model.ts';
import { NumberBlock } from './number-block.ts';

/** Codes kept for priorities, channels and statuses: their place in these lists. */
const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const CHANNELS: readonly Channel[] = ['email', 'web', 'chat', 'phone', 'social', 'api'];
const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'];
const PRIORITY_CODE = new Map<string, number>(PRIORITIES.map((p, i) => [p, i]));
const CHANNEL_CODE = new Map<string, number>(CHANNELS.map((c, i) => [c, i]));
const STATUS_CODE = new Map<string, number>(STATUSES.map((s, i) => [s, i]));

/** Numbers and texts being written: each entry's numbers appended to the blocks, each distinct new text once. */
export interface BodyWriter { ints: NumberBlock<Int32Array>; floats: NumberBlock<Float64Array>; strings: string[]; stringIndex: Map<string, number> }

export function bodyWriter(entries: number, strings: string[] = []): BodyWriter {
  return { ints: new NumberBlock(new Int32Array(entries * 16 + 16)), floats: new NumberBlock(new Float64Array(entries * 8 + 8)), strings, stringIndex: new Map() };
}

/** Appends one entry's numbers (and its new texts) to `w`. */
export function writeEntry(w: BodyWriter, entry: TicketEntry): void {
  const { ints, floats, strings, stringIndex } = w;
  const text = (value: string | null): number => {
    if (value === null) return -1;
    let i = stringIndex.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      stringIndex.set(value, i);
    }
    return i;
  };
  /** Ids are unique within a day: listed, not looked up. */
  const uniqueText = (value: string): number => strings.push(value) - 1;
  if (isRejection(entry)) {
    ints.push(0);
    ints.push(text(entry.reason));
    ints.push(uniqueText(entry.example));
    return;
  }
  const r = entry;
  ints.push(1);
  ints.push(uniqueText(r.id));
  ints.push(PRIORITY_CODE.get(r.priority)!);
  ints.push(CHANNEL_CODE.get(r.channel)!);
  ints.push(text(r.team));
  ints.push(text(r.category));
  ints.push(r.tags.length);
  for (const tag of r.tags) ints.push(text(tag));
  ints.push(r.openedByAgent ? 1 : 0);
  ints.push(r.replies.length);
  floats.push(r.createdMs);
  floats.push(r.lastEventMs);
  for (const reply of r.replies) {
    ints.push(reply.agent ? 1 : 0);
    floats.push(reply.atMs);
  }
  ints.push(r.statusChanges.length);
  for (const change of r.statusChanges) {
    ints.push(STATUS_CODE.get(change.status)!);
    floats.push(change.atMs);
  }
  if (r.satisfaction === null) ints.push(-1);
  else {
    ints.push(r.satisfaction.good ? 1 : 0);
    floats.push(r.satisfaction.atMs);
  }
  if (r.nps === null) ints.push(-1);
  else {
    ints.push(r.nps.score);
    floats.push(r.nps.atMs);
  }
  // QA reviews are rare and shaped by their scorecard, the helpdesk's figures are the source's: JSON text.
  ints.push(r.qa.length === 0 ? -1 : text(JSON.stringify(r.qa)));
  ints.push(r.helpdeskMetrics === undefined ? -1 : text(JSON.stringify(r.helpdeskMetrics)));
}
/** A segment's blocks, viewed, and its texts (each page parsed when a text on it is first asked for, once checked). */
export interface Body { floats: Float64Array; ints: Int32Array; text: (i: number) => string }
/** Decodes the entry whose numbers start at ints[ii], floats[fi]; returns it and where the next one starts. */
export const decodeOne = (function decodeOne(body: Body, e: number, ii: number, fi: number): { entry: TicketEntry; ii: number; fi: number } {
  const { ints, floats, text } = body;
  const code = <T>(list: readonly T[], i: number): T => {
    const v = list[i];
    if (v === undefined) throw new Error(`code ${i} is out of range`);
    return v;
  };
  const kind = ints[ii++];
  if (kind === 0) return { entry: { reason: text(ints[ii++]!), example: text(ints[ii++]!) }, ii, fi };
  if (kind !== 1) throw new Error(`entry ${e} has kind ${String(kind)}`);
  const id = text(ints[ii++]!);
  const priority = code(PRIORITIES, ints[ii++]!);
  const channel = code(CHANNELS, ints[ii++]!);
  const teamAt = ints[ii++]!;
  const categoryAt = ints[ii++]!;
  const tagCount = ints[ii++]!;
  const tags: string[] = [];
  for (let k = 0; k < tagCount; k++) tags.push(text(ints[ii++]!));
  const openedByAgent = ints[ii++] === 1;
  const createdMs = floats[fi++]!;
  const lastEventMs = floats[fi++]!;
  const replyCount = ints[ii++]!;
  // Grown by push from [], as the checker grows them (ticket-checks.ts `ticketRecord`: one elements kind, one map).
  const replies: TicketReply[] = [];
  for (let k = 0; k < replyCount; k++) replies.push({ atMs: floats[fi++]!, agent: ints[ii++] === 1 });
  const changeCount = ints[ii++]!;
  if (!(changeCount > 0)) throw new Error(`entry ${e} has no timeline`);
  const statusChanges: TicketStatusChange[] = [];
  for (let k = 0; k < changeCount; k++) statusChanges.push({ atMs: floats[fi++]!, status: code(STATUSES, ints[ii++]!) });
  const good = ints[ii++]!;
  const satisfaction = good === -1 ? null : { atMs: floats[fi++]!, good: good === 1 };
  const score = ints[ii++]!;
  const nps = score === -1 ? null : { atMs: floats[fi++]!, score };
  const qaAt = ints[ii++]!;
  const qa = qaAt === -1 ? [] : (JSON.parse(text(qaAt)) as TicketQaReview[]);
  const helpdeskAt = ints[ii++]!;
  const record = ticketRecord(id, priority, channel, teamAt === -1 ? null : text(teamAt), categoryAt === -1 ? null : text(categoryAt), tags, createdMs, openedByAgent,
    replies, statusChanges, satisfaction, nps, qa, lastEventMs, helpdeskAt === -1 ? undefined : JSON.parse(text(helpdeskAt)) as object);
  return { entry: record, ii, fi };
});
