// The day counters (scripts/engine/day-counters.ts) kept beside the store, one file per stored day:
//
//   <store>/.cache/counters/YYYY-MM-DD.counts
//
// Like the facts cache they are derived, disposable and never trusted blindly: each file names the facts it was
// made from (the SHA-256 of the day's stored text, as the facts cache does), the engine that made it (a digest of
// the measuring modules' source, so counters of another version of the code are rebuilt), and its own format; a
// file that does not match, or whose bytes do not match their checksums, is made again from the day's tickets. The
// blocks' checksums are CRC-32, as the facts cache's pieces are (facts-cache-format.ts says why: damage, not an
// attacker, at several GB/s); the header's own text keeps its SHA-256 (a few hundred bytes).
// units it holds are keyed by what made them (counter-units.ts), so a standard, calendar or exclusion that
// changes finds no counters of its own and builds them.
//
// Layout: a JSON header line (what the night reads about the day: classification sizes, rejected records, the
// tie-out, teams, units; it ends with the digest of its own text, since no block's digest reaches its fields), then
// the blocks a night reads separately, by position:
//   main     always: live tickets; recent ones with their last event, creation and final solve; each unit's
//            dates (counts, met, sums, breakdown, worst tickets, QA behaviours), its recent tickets' measurements
//            and its exclusion hits; lists column by column, read as views of the block (float64s, then int32s)
//   tickets  when tickets are placed one by one: each entry's segments code (int32s), where each id's text starts
//            (int32s, one more than the entries: the last is where the texts end), then the ids' texts end to end,
//            each as JSON writes it between its quotes; an id is decoded when asked for (`StoredIds`): a night asks
//            for the few that could be among the worst, and a changed day's counters copy the others' bytes
//   rows     per date, only when a night needs it: the measurements' values, instants, QA points lost
//            (float64s), tickets, QA marks (int32s)
//   live     the live tickets' entries, in the order of the main block's list: a facts cache file of them alone
//            (counters-live-entries.ts; facts-cache-format.ts `encodeEntries`, with its digests, made from the same facts), so a night counts
//            a day whose only tickets to read are its live ones without reading its facts file's index, texts and
//            the 64 KiB pieces they lie in (≈ 0.5 MB for one live ticket at 1M tickets). Absent from files made
//            before it (`liveEntries` null): those are read from the facts file, as then.
//   named    the entries of the other tickets a night may read one by one, in the order of the main block's `named`
//            list: the worst candidates (named-tickets.ts `worstCandidateTickets`), whose facts the report explains,
//            and those "7 days ago" reads as they stood then on a night at the counters' instant
//            (`readThenCandidates`). Same form as `live`, read only when one of them is asked for (a few days a
//            night), so a warm night opens no facts file past its header; a ticket not among them is read from the
//            facts file, as before (format 3 files had no such block: they are made again, the run line says so).
// A night over 180 unchanged days reads each file's header and main block (a few kB), not its rows.

import { createHash } from 'node:crypto';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ExactSum } from '../engine/exact-sum.ts';
import { codeDigest, sourceFilesIn } from '../model/code-digest.ts';
import type { BehaviourSums, DateCounters, DayCounters, DetailRows, NumberList, SegmentCount, TicketIds, UnitCounters, WorstCandidate } from '../engine/day-counters.ts';
import { dateCounters, detailRows, exclusionHits, RemappedIds, recentEvents, unitCounters } from '../engine/day-counters.ts';
import type { UnitKind } from '../engine/counter-units.ts';
import type { RejectedPart } from '../engine/day-counters.ts';
import type { TieOutPart } from '../engine/tie-out.ts';
import { readFileParts, type StoreFileSystem } from './atomic-write.ts';
import { readCacheFileHeader } from './cache-file-header.ts';
import { NumberBlock } from './number-block.ts';

/**
 * 6: the ticket table keeps where each id starts, each id decoded alone (format 5: one JSON list, parsed whole for
 * one id); 5: the main block, the ticket table and each date's rows checked by CRC-32. An older file is made again.
 */
const FORMAT = 6;
const MAGIC = 'SSCOUNT\n';
/**
 * The first read of a file: the header and, usually, the main block (a few kB for a day whose tickets are all old;
 * a day with many recent tickets has its main block read by a second read, of its exact size). Every night reads
 * every counted day's first bytes: reading more than they need costs memory and time on each.
 */
const FIRST_READ = 16 * 1024;

/**
 * The code that decides what a counter holds: every module of scripts/engine/ and scripts/model/ (the engine
 * imports the model's values and constants), and the time-zone library with its version. A list by hand missed
 * modules the measuring code imports (a sorted search, the comparison's days, the weekdays), and the cache travels
 * from night to night whatever code made it (actions/cache restores the newest), so counters made by other code
 * would stay in use after an upgrade; whole folders cost a few milliseconds to hash and never miss one. (The
 * generated types and validators are left out: they decide what loads, not what is measured.)
 */
const MEASURING_FOLDERS = ['engine', 'model'];
let engineDigest: string | null = null;

/** The measuring code's files, relative to scripts/ (`engine/metrics.ts`), sorted. */
export function measuringCodeFiles(): string[] {
  return measuringSources().map((s) => s.label);
}

const measuringSources = () => sourceFilesIn(MEASURING_FOLDERS.map((folder) => fileURLToPath(new URL(`../${folder}/`, import.meta.url))),
  (n) => n.endsWith('.ts') && !n.includes('.generated.'));

/** A digest of the measuring code's source, of luxon's version and of this format (taken from its record while no file it read has changed: code-digest.ts). */
export const countersEngineDigest = (function countersEngineDigest(): string {
  engineDigest ??= codeDigest({ name: 'counters', head: `format ${FORMAT}\n`, files: measuringSources(), packages: ['luxon'], from: import.meta.url, tail: '' }).slice(0, 32);
  return engineDigest;
});

export const countersDir = (function countersDir(storeDir: string): string {
  return path.join(storeDir, '.cache', 'counters');
});

interface UnitHead { key: string; kind: UnitKind; fromDn: number; worstKept: number; behaviours: number; dates: number; recent: number; hits: number }

/** The bytes of one row of a unit with `behaviours` QA behaviours: value, instant, ticket, then a mark and points per behaviour. */
const rowBytes = (behaviours: number) => 20 + 12 * behaviours;

interface CountersHeader {
  format: number;
  engine: string;
  /** SHA-256 of the day's stored text the counters were made from. */
  facts: string;
  madeAtMs: number;
  oldUntilMs: number;
  maxOldLastEventMs: number | null;
  maxSettledLastEventMs: number | null;
  entries: number;
  live: number;
  /** How many tickets the `named` block keeps (their indices follow the live ones in the main block). */
  named: number;
  recent: number;
  created: DayCounters['created'];
  rejected: RejectedPart[];
  tieOut: TieOutPart | null;
  teams: string[];
  units: UnitHead[];
  main: { at: number; floats: number; ints: number; crc32: number };
  /** The ticket table's bytes: codes, id offsets (`entries + 1` int32s) and ids' texts, one CRC-32 over the three. */
  tickets: { at: number; codes: number; offsets: number; ids: number; crc32: number };
  rows: { at: number; length: number };
  /** Where the live tickets' entries are (absent, or null, when not kept). */
  liveEntries?: { at: number; length: number } | null;
  /** Where the named tickets' entries are (null when there are none). */
  namedEntries: { at: number; length: number } | null;
  /** The digest of the header's text before it (`HEAD_DIGEST`). */
  head: string;
}

/**
 * The header's last field: the digest of its text before it. The blocks' digests do not reach the header's own
 * fields (the teams' names, the instants, the units' places), and one bit changed there would change a report.
 */
const HEAD_DIGEST = ',"head":"';
const DIGEST_HEX = 64;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A block's checksum, of its parts end to end; as an int32 (how a date's rows keep it in the main block). */
const checksum = (...parts: Uint8Array[]) => parts.reduce((crc, part) => crc32(part, crc), 0) | 0;
const align8 = (n: number) => Math.ceil(n / 8) * 8;

function partialsOf(sum: number | ExactSum): readonly number[] {
  return typeof sum === 'number' ? [sum] : sum.partials;
}

/**
 * Rows read from a file, with the bytes they were read from (their checksum matched) and that checksum: writing them
 * again copies the bytes. Keyed by the rows object, which nothing changes once made (an update that renumbers a
 * date's tickets makes new rows).
 */
const rowsAsRead = new WeakMap<DetailRows, { block: Buffer; digest: number }>();

/**
 * The file's bytes. Every date must hold its rows and the ticket table must be there. `live`: the live tickets'
 * entries as a facts cache file of their own (`liveEntriesBytes`), or none; `named`: other tickets (ascending) and
 * their entries in the same form, or none.
 */
export function encodeDayCounters(dc: DayCounters, facts: string, live: Buffer | null = null, named: { tickets: readonly number[]; bytes: Buffer } | null = null): Buffer {
  if (dc.tickets === null) throw new Error('encodeDayCounters: the ticket table was not read');
  const floats = new NumberBlock(new Float64Array(1024));
  const ints = new NumberBlock(new Int32Array(1024));
  const column = (into: NumberBlock<Float64Array> | NumberBlock<Int32Array>, list: NumberList) => {
    // A typed list of the block's own kind (read from a file, or updated) is copied at once.
    if (list instanceof Int32Array && into.array instanceof Int32Array) (into as NumberBlock<Int32Array>).pushAll(list);
    else if (list instanceof Float64Array && into.array instanceof Float64Array) (into as NumberBlock<Float64Array>).pushAll(list);
    else for (let k = 0; k < list.length; k++) into.push(list[k]!);
  };
  for (const i of dc.live) ints.push(i);
  for (let k = 0; k < (named?.tickets.length ?? 0); k++) {
    if (k > 0 && !(named!.tickets[k]! > named!.tickets[k - 1]!)) throw new Error('encodeDayCounters: the named tickets are not ascending');
    ints.push(named!.tickets[k]!);
  }
  column(ints, dc.recent);
  column(floats, dc.recentLastEventMs);
  column(floats, dc.recentCreatedMs);
  column(floats, dc.recentFinalSolveMs);
  const rowBlocks: Buffer[] = [];
  let rowsLength = 0;
  const units: UnitHead[] = [];
  const sum = (value: number | ExactSum) => {
    const partials = partialsOf(value);
    ints.push(partials.length);
    for (const p of partials) floats.push(p);
  };
  for (const [key, unit] of dc.units) {
    const B = unit.behaviours;
    units.push({ key, kind: unit.kind, fromDn: unit.fromDn, worstKept: unit.worstKept, behaviours: B, dates: unit.dates.length, recent: unit.recent.tickets.length, hits: unit.hits.tickets.length });
    for (const date of unit.dates) {
      const rows = date.rows;
      if (rows === null) throw new Error(`encodeDayCounters: the rows of day ${date.dn} were not read`);
      const n = rows.values.length;
      const bytesOf = (a: Float64Array | Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      // Rows read from a file (a changed day's previous counters, updated) are written again as the bytes they were read from.
      const read = rowsAsRead.get(rows);
      const block = read?.block ?? Buffer.concat([bytesOf(rows.values), bytesOf(rows.atMs), bytesOf(rows.lost), bytesOf(rows.tickets), bytesOf(rows.marks)]);
      if (block.length !== n * rowBytes(B)) throw new Error(`encodeDayCounters: the rows of day ${date.dn} do not hold ${B} behaviour(s) each`);
      const digest = read?.digest ?? checksum(block);
      ints.push(date.dn);
      ints.push(date.count);
      ints.push(date.met);
      ints.push(date.segments.length);
      ints.push(date.worst.length);
      ints.push(n);
      ints.push(rowsLength);
      ints.push(digest);
      floats.push(date.theta);
      sum(date.sum);
      for (const s of date.segments) {
        ints.push(s.segment);
        ints.push(s.count);
        ints.push(s.met);
        sum(s.sum);
      }
      for (const w of date.worst) {
        ints.push(w.ticket);
        floats.push(w.value);
        floats.push(w.atMs);
      }
      if (B > 0) {
        if (date.behaviours === null) throw new Error(`encodeDayCounters: the behaviours of day ${date.dn} were not summed`);
        for (let k = 0; k < B; k++) {
          ints.push(date.behaviours.applicable[k]!);
          ints.push(date.behaviours.passed[k]!);
          sum(date.behaviours.lost[k]!);
        }
      }
      rowBlocks.push(block);
      rowsLength += block.length;
    }
    // Column by column, so a night reads each as a view of the block.
    const r = unit.recent;
    if (r.marks.length !== r.tickets.length * B || r.lost.length !== r.tickets.length * B) throw new Error('encodeDayCounters: the recent measurements do not hold their behaviours');
    column(ints, r.tickets);
    column(ints, r.dns);
    column(ints, r.marks);
    column(floats, r.atMs);
    column(floats, r.values);
    column(floats, r.lost);
    const h = unit.hits;
    column(ints, h.exclusions);
    column(ints, h.tickets);
    column(floats, h.lifeEndMs);
  }
  const mainFloats = floats.bytes();
  const mainInts = ints.bytes();
  const codes = Buffer.from(dc.tickets.codes.buffer, dc.tickets.codes.byteOffset, dc.tickets.codes.length * 4);
  if (dc.tickets.codes.length !== dc.entries || dc.tickets.ids.length !== dc.entries) throw new Error('encodeDayCounters: the ticket table does not hold every entry');
  const { offsets, ids } = idsBytes(dc.tickets.ids);
  const header: Omit<CountersHeader, 'main' | 'tickets' | 'rows' | 'namedEntries' | 'head'> = {
    format: FORMAT, engine: countersEngineDigest(), facts, madeAtMs: dc.madeAtMs, oldUntilMs: dc.oldUntilMs,
    maxOldLastEventMs: dc.maxOldLastEventMs, maxSettledLastEventMs: dc.maxSettledLastEventMs, entries: dc.entries,
    live: dc.live.length, named: named?.tickets.length ?? 0, recent: dc.recent.length, created: dc.created, rejected: dc.rejected, tieOut: dc.tieOut, teams: dc.teams, units,
  };
  // Block positions depend on the header's length, which depends on them: place them after a header written
  // with room to spare (numbers only grow the text by the digits they need). The header's text is made once; only
  // the positions at its end change between drafts.
  const fixed = JSON.stringify(header).slice(0, -1);
  const mainDigest = checksum(mainFloats, mainInts);
  const ticketsDigest = checksum(codes, offsets, ids);
  const positions = (mainAt: number) => {
    const ticketsAt = align8(mainAt + mainFloats.length + mainInts.length);
    const rowsAt = align8(ticketsAt + codes.length + offsets.length + ids.length);
    const liveAt = align8(rowsAt + rowsLength);
    return { mainAt, ticketsAt, rowsAt, liveAt, namedAt: align8(liveAt + (live?.length ?? 0)) };
  };
  const draft = (mainAt: number) => {
    const { ticketsAt, rowsAt, liveAt, namedAt } = positions(mainAt);
    const blocks = {
      main: { at: mainAt, floats: mainFloats.length / 8, ints: mainInts.length / 4, crc32: mainDigest },
      tickets: { at: ticketsAt, codes: codes.length, offsets: offsets.length, ids: ids.length, crc32: ticketsDigest },
      rows: { at: rowsAt, length: rowsLength },
      liveEntries: live === null ? null : { at: liveAt, length: live.length },
      namedEntries: named === null || named.tickets.length === 0 ? null : { at: namedAt, length: named.bytes.length },
    };
    const line = `${fixed},${JSON.stringify(blocks).slice(1, -1)}`;
    return Buffer.from(`${MAGIC}${line}${HEAD_DIGEST}${sha256(Buffer.from(line, 'utf8'))}"}\n`, 'utf8');
  };
  let mainAt = align8(draft(0).length + 64);
  let head = draft(mainAt);
  while (head.length > mainAt) {
    mainAt = align8(head.length + 64);
    head = draft(mainAt);
  }
  const placed = positions(mainAt);
  const parsed = { tickets: { at: placed.ticketsAt }, rows: { at: placed.rowsAt }, live: { at: placed.liveAt } };
  const hasNamed = named !== null && named.tickets.length > 0;
  const out = Buffer.alloc(hasNamed ? placed.namedAt + named.bytes.length : live === null ? parsed.rows.at + rowsLength : parsed.live.at + live.length);
  head.copy(out, 0);
  mainFloats.copy(out, mainAt);
  mainInts.copy(out, mainAt + mainFloats.length);
  codes.copy(out, parsed.tickets.at);
  offsets.copy(out, parsed.tickets.at + codes.length);
  ids.copy(out, parsed.tickets.at + codes.length + offsets.length);
  let at = parsed.rows.at;
  for (const block of rowBlocks) {
    block.copy(out, at);
    at += block.length;
  }
  live?.copy(out, parsed.live.at);
  if (hasNamed) named.bytes.copy(out, placed.namedAt);
  return out;
}

/** Where a date's rows are in the file, how many QA behaviours each holds, and their checksum (`checksum`). */
interface RowsPlace { at: number; count: number; behaviours: number; digest: number }

/** Counters read from a file: the engine's DayCounters, and where their rows and ticket table are. */
export interface KeptCounters {
  dc: DayCounters;
  header: CountersHeader;
  /** The tickets the `named` block keeps, ascending (a view of the main block). */
  named: Int32Array;
  rowsOf: Map<DateCounters, RowsPlace>;
}

/** The header of a counters file, or why it cannot be used. */
const readHeader = (function readHeader(first: Buffer): CountersHeader | string {
  const head = readCacheFileHeader<CountersHeader>(first, MAGIC, 'counters', FORMAT);
  if (typeof head === 'string') return head;
  if (head.engine !== countersEngineDigest()) return 'made by another version of the engine';
  // Its text up to the digest field, as the bytes read (the header was parsed whole: the line is there).
  const end = first.indexOf(10, MAGIC.length);
  const digestAt = end - DIGEST_HEX - 2 - HEAD_DIGEST.length;
  if (digestAt < MAGIC.length || first.toString('latin1', digestAt, digestAt + HEAD_DIGEST.length) !== HEAD_DIGEST || first.toString('latin1', end - 2, end) !== '"}') return 'header lacks its digest';
  if (sha256(first.subarray(MAGIC.length, digestAt)) !== head.head) return 'its header does not match its digest (damaged)';
  if (typeof head.main !== 'object' || typeof head.tickets !== 'object' || typeof head.rows !== 'object' || !Array.isArray(head.units)) return 'header lacks its blocks';
  if (!Number.isSafeInteger(head.named) || head.named < 0 || (head.named > 0) !== (typeof head.namedEntries === 'object' && head.namedEntries !== null)) return 'header lacks its blocks';
  return head;
});

/** A sum kept as `n` partials from floats[at]: a QA unit's exact sum, any other unit's one number (none: 0). */
const sumAt = (function sumAt(kind: UnitKind, floats: Float64Array, at: number, n: number): number | ExactSum {
  if (kind !== 'qa') return n === 0 ? 0 : floats[at]!;
  const partials: number[] = [];
  for (let p = 0; p < n; p++) partials.push(floats[at + p]!);
  return ExactSum.of(partials);
});

/** A date's breakdown: `count` segments from ints[at] and floats[floatAt] (their places checked by `decodeMain`). */
const segmentsAt = (function segmentsAt(kind: UnitKind, ints: Int32Array, floats: Float64Array, count: number, at: number, floatAt: number): SegmentCount[] {
  const out: SegmentCount[] = [];
  for (let k = 0; k < count; k++) {
    const n = ints[at + 3]!;
    out.push({ segment: ints[at]!, count: ints[at + 1]!, met: ints[at + 2]!, sum: sumAt(kind, floats, floatAt, n) });
    at += 4;
    floatAt += n;
  }
  return out;
});

/** A date's worst tickets: `count` of them, tickets from ints[at], value and instant pairs from floats[floatAt]. */
const worstAt = (function worstAt(ints: Int32Array, floats: Float64Array, count: number, at: number, floatAt: number): WorstCandidate[] {
  const out: WorstCandidate[] = [];
  for (let k = 0; k < count; k++) out.push({ ticket: ints[at + k]!, value: floats[floatAt + 2 * k]!, atMs: floats[floatAt + 2 * k + 1]! });
  return out;
});

/** Where a date's lists lie in its main block. */
interface ListPlaces { kind: UnitKind; ints: Int32Array; floats: Float64Array; segmentCount: number; segmentsInt: number; segmentsFloat: number; worstCount: number; worstInt: number; worstFloat: number }

/**
 * A date read for counting: its breakdown and worst tickets decoded on first use. (Not for counters a night copies
 * date by date, `{ ...date }`: a copy has no lists. `readDayCounters` gives those plain dates.)
 */
class KeptDate implements DateCounters {
  readonly dn: number;
  readonly count: number;
  readonly met: number;
  readonly theta: number;
  readonly sum: number | ExactSum;
  readonly behaviours: BehaviourSums | null;
  rows: DetailRows | null = null;
  #segments: SegmentCount[] | null = null;
  #worst: WorstCandidate[] | null = null;
  readonly #places: ListPlaces;
  constructor(dn: number, count: number, met: number, theta: number, sum: number | ExactSum, behaviours: BehaviourSums | null, places: ListPlaces) {
    this.dn = dn;
    this.count = count;
    this.met = met;
    this.theta = theta;
    this.sum = sum;
    this.behaviours = behaviours;
    this.#places = places;
  }
  get segments(): SegmentCount[] {
    const p = this.#places;
    return this.#segments ??= segmentsAt(p.kind, p.ints, p.floats, p.segmentCount, p.segmentsInt, p.segmentsFloat);
  }
  set segments(value: SegmentCount[]) {
    this.#segments = value;
  }
  get worst(): WorstCandidate[] {
    const p = this.#places;
    return this.#worst ??= worstAt(p.ints, p.floats, p.worstCount, p.worstInt, p.worstFloat);
  }
  set worst(value: WorstCandidate[]) {
    this.#worst = value;
  }
}

/**
 * Decodes the main block into the engine's counters (rows and ticket table not read). Throws when it does not add up.
 * `lazy`: a date's breakdown and worst tickets are decoded when first asked for (`KeptDate`): a night places most
 * dates by their sums alone (a date before the series and both windows not even that), and decoding every date's
 * lists made a few thousand small objects a day, most never read. Their places are checked here either way, as the
 * block is walked, so a list decoded later reads exactly what a whole decode would have.
 */
const decodeMain = (function decodeMain(head: CountersHeader, main: Buffer, lists: 'eager' | 'lazy'): KeptCounters {
  // Views of the bytes read where they are aligned (the block starts at a multiple of 8 in the file, and a read of
  // more than a few kB has memory of its own), else a copy.
  const floatsEnd = main.byteOffset + head.main.floats * 8;
  const floats = main.byteOffset % 8 === 0 ? new Float64Array(main.buffer, main.byteOffset, head.main.floats) : new Float64Array(main.buffer.slice(main.byteOffset, floatsEnd));
  const ints = floatsEnd % 4 === 0 ? new Int32Array(main.buffer, floatsEnd, head.main.ints) : new Int32Array(main.buffer.slice(floatsEnd, floatsEnd + head.main.ints * 4));
  let ii = 0;
  let fi = 0;
  const int = () => {
    if (ii >= ints.length) throw new Error('main block cut off');
    return ints[ii++]!;
  };
  const float = () => {
    if (fi >= floats.length) throw new Error('main block cut off');
    return floats[fi++]!;
  };
  const sumOf = (kind: UnitKind): number | ExactSum => {
    const n = int();
    if (!(n >= 0) || fi + n > floats.length) throw new Error('main block cut off');
    fi += n;
    return sumAt(kind, floats, fi - n, n);
  };
  const behavioursOf = (count: number): BehaviourSums => {
    const sums: BehaviourSums = { applicable: [], passed: [], lost: [] };
    for (let k = 0; k < count; k++) {
      sums.applicable.push(int());
      sums.passed.push(int());
      sums.lost.push(sumOf('qa') as ExactSum);
    }
    return sums;
  };
  /** The next `n` ints or floats, as a view of the block. */
  const intColumn = (n: number) => {
    if (!Number.isInteger(n) || n < 0 || ii + n > ints.length) throw new Error('main block cut off');
    ii += n;
    return ints.subarray(ii - n, ii);
  };
  const floatColumn = (n: number) => {
    if (!Number.isInteger(n) || n < 0 || fi + n > floats.length) throw new Error('main block cut off');
    fi += n;
    return floats.subarray(fi - n, fi);
  };
  const live = Array.from(intColumn(head.live));
  const named = intColumn(head.named);
  const recent = intColumn(head.recent);
  const recentLastEventMs = floatColumn(head.recent);
  const recentCreatedMs = floatColumn(head.recent);
  const recentFinalSolveMs = floatColumn(head.recent);
  const rowsOf = new Map<DateCounters, RowsPlace>();
  const units = new Map<string, UnitCounters>();
  for (const u of head.units) {
    const B = u.behaviours;
    if (!Number.isInteger(B) || B < 0 || (B > 0) !== (u.kind === 'qa')) throw new Error('a unit\'s behaviours do not match its kind');
    const dates: DateCounters[] = [];
    for (let d = 0; d < u.dates; d++) {
      const dn = int();
      const count = int();
      const met = int();
      const segmentCount = int();
      const worstCount = int();
      const rowCount = int();
      const rowsAt = int();
      const digest = int();
      const theta = float();
      const sum = sumOf(u.kind);
      // The lists' places: walked over, each length checked, decoded on first use.
      if (!(segmentCount >= 0) || !(worstCount >= 0)) throw new Error('main block cut off');
      const segmentsInt = ii;
      const segmentsFloat = fi;
      for (let k = 0; k < segmentCount; k++) {
        // segment, count, met, then the sum's partials: how many, and themselves (floats).
        if (ii + 4 > ints.length) throw new Error('main block cut off');
        const n = ints[ii + 3]!;
        ii += 4;
        if (!(n >= 0) || fi + n > floats.length) throw new Error('main block cut off');
        fi += n;
      }
      const worstInt = ii;
      const worstFloat = fi;
      if (ii + worstCount > ints.length || fi + 2 * worstCount > floats.length) throw new Error('main block cut off');
      ii += worstCount;
      fi += 2 * worstCount;
      const behaviours = u.kind === 'qa' ? behavioursOf(B) : null;
      const date: DateCounters = lists === 'lazy'
        ? new KeptDate(dn, count, met, theta, sum, behaviours, { kind: u.kind, ints, floats, segmentCount, segmentsInt, segmentsFloat, worstCount, worstInt, worstFloat })
        : dateCounters(dn, count, met, theta, sum, segmentsAt(u.kind, ints, floats, segmentCount, segmentsInt, segmentsFloat), worstAt(ints, floats, worstCount, worstInt, worstFloat), behaviours, null);
      rowsOf.set(date, { at: head.rows.at + rowsAt, count: rowCount, behaviours: B, digest });
      dates.push(date);
    }
    // Read in the block's order (ints, then floats), made in the engine's (`recentEvents`, `exclusionHits`).
    const tickets = intColumn(u.recent);
    const dns = intColumn(u.recent);
    const marks = intColumn(u.recent * B);
    const atMs = floatColumn(u.recent);
    const values = floatColumn(u.recent);
    const lost = floatColumn(u.recent * B);
    const hitExclusions = intColumn(u.hits);
    const hitTickets = intColumn(u.hits);
    const hitLifeEndMs = floatColumn(u.hits);
    units.set(u.key, unitCounters(u.kind, u.fromDn, u.worstKept, B, dates, recentEvents(tickets, dns, atMs, values, marks, lost), exclusionHits(hitExclusions, hitLifeEndMs, hitTickets)));
  }
  if (ii !== ints.length || fi !== floats.length) throw new Error('the main block does not add up to its header');
  const dc: DayCounters = {
    madeAtMs: head.madeAtMs, oldUntilMs: head.oldUntilMs, maxOldLastEventMs: head.maxOldLastEventMs, maxSettledLastEventMs: head.maxSettledLastEventMs,
    entries: head.entries, live, recent, recentLastEventMs, recentCreatedMs, recentFinalSolveMs, created: head.created, rejected: head.rejected, tieOut: head.tieOut,
    tickets: null, teams: head.teams, units,
  };
  return { dc, header: head, named, rowsOf };
});

/**
 * Reads a day's counters made from `facts` (the header and main block): null with why when there are none to
 * use (missing, made from other facts or by another engine, damaged). `lists: 'lazy'` (a night counting the day):
 * each date's breakdown and worst tickets decoded when first read (`decodeMain`).
 */
export const readDayCounters = (async function readDayCounters(fs: StoreFileSystem, file: string, facts: string, options: { lists?: 'eager' | 'lazy' } = {}): Promise<{ kept: KeptCounters } | { why: string }> {
  let parts: Buffer[] | null;
  try {
    parts = await readFileParts(fs, file, [{ position: 0, length: FIRST_READ }]);
  } catch (error) {
    return { why: `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  if (parts === null) return { why: 'missing' };
  const first = parts[0]!;
  const head = readHeader(first);
  if (typeof head === 'string') return { why: head };
  if (head.facts !== facts) return { why: 'made from other facts' };
  const mainLength = head.main.floats * 8 + head.main.ints * 4;
  let main = first.subarray(head.main.at, head.main.at + mainLength);
  if (main.length < mainLength) {
    const more = await readFileParts(fs, file, [{ position: head.main.at, length: mainLength }]);
    main = more?.[0] ?? Buffer.alloc(0);
  }
  if (main.length !== mainLength) return { why: 'file cut off' };
  if (checksum(main) !== head.main.crc32) return { why: 'its content does not match its digest (damaged)' };
  try {
    return { kept: decodeMain(head, main, options.lists ?? 'eager') };
  } catch (error) {
    return { why: (error as Error).message };
  }
});

/**
 * The ids of a ticket table read from a file (its bytes matched their checksum, its offsets checked): each decoded
 * when first asked for, and kept. A night places a day's recent tickets by their codes, and needs an id only for a
 * ticket that could be one of the worst (a few a night); parsing the whole table for them cost 0.14–0.19 s a 3M night.
 */
export class StoredIds implements TicketIds {
  /** Where each id's text starts in `texts`, and (last) where they end. */
  readonly offsets: Int32Array;
  /** The ids' texts end to end, each as JSON writes it between its quotes. */
  readonly texts: Buffer;
  /** The ids decoded so far (made on first use: a changed day's update asks the same ids again and again, on ties). */
  #decoded: (string | undefined)[] | null = null;
  constructor(offsets: Int32Array, texts: Buffer) {
    this.offsets = offsets;
    this.texts = texts;
  }
  get length(): number {
    return this.offsets.length - 1;
  }
  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.offsets.length - 1)) return undefined;
    const decoded = (this.#decoded ??= new Array<string | undefined>(this.offsets.length - 1));
    return decoded[index] ??= idOfText(this.texts, this.offsets[index]!, this.offsets[index + 1]!);
  }
}

/** Whether each id's text lies within the texts, in order, from 0 to `end`: an id read later reads exactly its own bytes. */
const offsetsInOrder = (function offsetsInOrder(offsets: Int32Array, end: number): boolean {
  const n = offsets.length - 1;
  if (offsets[0] !== 0 || offsets[n] !== end) return false;
  for (let k = 0; k < n; k++) if (offsets[k]! > offsets[k + 1]!) return false;
  return true;
});

/** An id from its text as JSON writes it between quotes: the bytes themselves unless JSON escaped a character (a backslash). */
const idOfText = (function idOfText(texts: Buffer, from: number, to: number): string {
  for (let p = from; p < to; p++) if (texts[p] === 0x5c) return JSON.parse(`"${texts.toString('utf8', from, to)}"`) as string;
  return texts.toString('utf8', from, to);
});

/**
 * The ticket table's id offsets and texts (`StoredIds`) for `ids`: a table read from a file as its bytes; a changed
 * day's (`RemappedIds` of a table read from a file) with the kept ids' bytes copied; any other id by id. An id is
 * written as JSON writes it between quotes (a lone surrogate stays itself, where UTF-8 would replace it).
 */
const idsBytes = (function idsBytes(ids: TicketIds): { offsets: Buffer; ids: Buffer } {
  const bytesOf = (offsets: Int32Array, texts: Buffer) => ({ offsets: Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength), ids: texts });
  if (ids instanceof StoredIds) return bytesOf(ids.offsets, ids.texts);
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  if (ids instanceof RemappedIds && ids.from instanceof StoredIds) {
    const from = ids.from;
    const added = ids.added.map((id) => Buffer.from(JSON.stringify(id).slice(1, -1), 'utf8'));
    let length = 0;
    for (let j = 0; j < n; j++) {
      const s = ids.source[j]!;
      length += s >= 0 ? from.offsets[s + 1]! - from.offsets[s]! : added[-1 - s]!.length;
      offsets[j + 1] = length;
    }
    const texts = Buffer.allocUnsafe(length);
    // Kept ids in runs (entries that follow each other in both tables: most of a day), each run copied at once.
    for (let j = 0; j < n;) {
      const s = ids.source[j]!;
      if (s < 0) {
        added[-1 - s]!.copy(texts, offsets[j]!);
        j++;
        continue;
      }
      let end = j + 1;
      while (end < n && ids.source[end] === s + (end - j)) end++;
      from.texts.copy(texts, offsets[j]!, from.offsets[s]!, from.offsets[s + end - j]!);
      j = end;
    }
    return bytesOf(offsets, texts);
  }
  const parts: string[] = new Array<string>(n);
  let length = 0;
  for (let j = 0; j < n; j++) {
    const id = ids.at(j);
    if (typeof id !== 'string') throw new Error('encodeDayCounters: an entry of the ticket table has no id');
    const text = JSON.stringify(id).slice(1, -1);
    parts[j] = text;
    length += Buffer.byteLength(text, 'utf8');
    offsets[j + 1] = length;
  }
  return bytesOf(offsets, Buffer.from(parts.join(''), 'utf8'));
});

/**
 * Reads the ticket table (when `tickets`) and the rows of the dates `wanted` (unit key → day numbers) that do not
 * hold them yet. Throws when the bytes do not match their digests (the caller makes the counters again).
 */
export const readRowsOf = (async function readRowsOf(fs: StoreFileSystem, file: string, kept: KeptCounters, wanted: ReadonlyMap<string, ReadonlySet<number>>, tickets: boolean): Promise<void> {
  const { dc, header } = kept;
  const dates: DateCounters[] = [];
  for (const [key, dns] of wanted) {
    for (const date of dc.units.get(key)?.dates ?? []) if (dns.has(date.dn) && date.rows === null) dates.push(date);
  }
  const readTable = tickets && dc.tickets === null;
  const parts = [
    ...(readTable ? [{ position: header.tickets.at, length: header.tickets.codes + header.tickets.offsets + header.tickets.ids }] : []),
    ...dates.map((date) => { const place = kept.rowsOf.get(date)!; return { position: place.at, length: place.count * rowBytes(place.behaviours) }; }),
  ];
  if (parts.length === 0) return;
  const read = await readFileParts(fs, file, parts);
  if (read === null) throw new Error('the counters file went missing');
  let k = 0;
  if (readTable) {
    const block = read[k++]!;
    const { codes: codesLength, offsets: offsetsLength, ids: idsLength } = header.tickets;
    if (block.length !== codesLength + offsetsLength + idsLength || checksum(block) !== header.tickets.crc32) throw new Error('its ticket table does not match its digest (damaged)');
    if (codesLength !== dc.entries * 4 || offsetsLength !== (dc.entries + 1) * 4) throw new Error('its ticket table does not match its header');
    // Views of the bytes read where they are aligned (a read of more than a few kB has memory of its own; the ids'
    // texts are kept anyway), else copies: a night reads the tables of most recent days.
    const int32s = (at: number, length: number) => ((block.byteOffset + at) % 4 === 0 ? new Int32Array(block.buffer, block.byteOffset + at, length / 4) : new Int32Array(block.buffer.slice(block.byteOffset + at, block.byteOffset + at + length)));
    const codes = int32s(0, codesLength);
    const offsets = int32s(codesLength, offsetsLength);
    if (!offsetsInOrder(offsets, idsLength)) throw new Error('its ticket table does not match its header');
    dc.tickets = { codes, ids: new StoredIds(offsets, block.subarray(codesLength + offsetsLength)) };
  }
  for (const date of dates) {
    const block = read[k++]!;
    const place = kept.rowsOf.get(date)!;
    if (block.length !== place.count * rowBytes(place.behaviours) || checksum(block) !== place.digest) throw new Error(`the rows of a date do not match their digest (damaged)`);
    const n = place.count;
    const nb = n * place.behaviours;
    let at = block.byteOffset;
    const take = <T extends Float64Array | Int32Array>(make: new (buffer: ArrayBuffer) => T, length: number, size: number): T => {
      const part = new make(block.buffer.slice(at, at + length * size) as ArrayBuffer);
      at += length * size;
      return part;
    };
    // Taken in the file's order, made in the engine's (`detailRows`).
    const values = take(Float64Array, n, 8);
    const atMs = take(Float64Array, n, 8);
    const lost = take(Float64Array, nb, 8);
    const tickets = take(Int32Array, n, 4);
    const rows = detailRows(values, atMs, tickets, take(Int32Array, nb, 4), lost);
    rowsAsRead.set(rows, { block, digest: place.digest });
    date.rows = rows;
  }
});
