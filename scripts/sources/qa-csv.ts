// A QA export (`source.qa.csv`) read into review records: one row per review, one column per behaviour. The
// rules are the ticket CSV's (csv-rows.ts): every problem of every row is reported at once with its row and
// column, and one bad row stops the import unless `skipBadRows`.
//
// What a row must say: the ticket, when it was reviewed, by whom, whose work, the scorecard (a column or the
// setting), and a mark for at least one of the scorecard's behaviours. A mark is pass, fail or na (any case,
// also yes/no/n/a, or mapped with `values.result`), or a score: `80%`, or a number from 0 to `maxScore`.
// A mark in the column of a behaviour the row's scorecard does not have is a problem, not silently dropped; so is
// a column of marks that is no scorecard's behaviour (a behaviour missing from the scorecard, a misspelt title):
// it stops the import unless mapped or listed in `ignoreColumns`. A column of free text (a comment) is ignored.
// People are stored as the Team documents know them, never as written (scripts/model/people.ts).

import type { Readable } from 'node:stream';
import type { QaCsvSettings, ScorecardDefinition, StandardsModel } from '../model/model.ts';
import type { QaReviewRecord } from '../model/documents.generated.ts';
import { peopleDirectory, recordKeyOf } from '../model/people.ts';
import { didYouMean } from '../model/suggest.ts';
import { TimestampReader, TIMESTAMP_EXPECTED } from './csv.ts';
import { CsvImportError, readCsvRows, RowProblems, settleProblems } from './csv-rows.ts';
import { formatInstant } from './instants.ts';
import type { RejectedRecord } from './source.ts';
import { quotedValue } from './quoted-value.ts';

export const QA_SETTING = 'source.qa.csv';

const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

const BUILT_IN_MARKS: Record<string, 'pass' | 'fail' | 'na'> = {
  pass: 'pass', passed: 'pass', yes: 'pass', y: 'pass',
  fail: 'fail', failed: 'fail', no: 'fail', n: 'fail',
  na: 'na', 'n/a': 'na', 'n.a.': 'na', 'not applicable': 'na',
};

export interface QaCsvResult {
  reviews: QaReviewRecord[];
  /** With `skipBadRows`: every problem of every skipped row. */
  rejected: RejectedRecord[];
  rows: number;
  /** Rows whose agent no Team document lists (kept under a pseudonym), by row number. */
  unknownAgentRows: number[];
  /** The row each review came from, by key (for problems found later, such as a review dated before its ticket). */
  rowOf: Map<string, number>;
}

/** Each behaviour's column, per scorecard: the setting's mapping, else a column named as its id or title. */
function behaviourColumns(settings: QaCsvSettings, scorecards: readonly ScorecardDefinition[], header: readonly string[]): Map<string, Map<string, string>> {
  const byLower = new Map(header.map((h) => [h.toLowerCase(), h]));
  const out = new Map<string, Map<string, string>>();
  for (const scorecard of scorecards) {
    const columns = new Map<string, string>();
    for (const b of scorecard.behaviours) {
      const mapped = settings.behaviours[b.id];
      const column = mapped !== undefined ? mapped.trim() : byLower.get(b.id.toLowerCase()) ?? byLower.get(b.title.toLowerCase());
      if (column !== undefined) columns.set(b.id, column);
    }
    out.set(scorecard.id, columns);
  }
  return out;
}

/** A column that is no field, no behaviour's and not ignored: the first mark seen in it, unless it holds free text. */
interface OtherColumn { firstMark: { line: number; raw: string } | null; freeText: boolean }

function otherColumnProblems(fileName: string, others: Map<string, OtherColumn>, scorecards: readonly ScorecardDefinition[]): RejectedRecord[] {
  const behaviourNames = scorecards.flatMap((s) => s.behaviours.flatMap((b) => [b.id, b.title]));
  const problems: RejectedRecord[] = [];
  for (const [column, seen] of others) {
    if (seen.firstMark === null || seen.freeText) continue;
    const { line, raw } = seen.firstMark;
    problems.push({
      where: `${fileName} row 1, column "${column}"`,
      reason: `holds marks (${quotedValue(raw)} on row ${line}) but is the column of no scorecard's behaviour${didYouMean(column, behaviourNames)} — ` +
        `add the behaviour to its Scorecard, map the column in ${QA_SETTING}.behaviours, or list it in ${QA_SETTING}.ignoreColumns if its marks are not a behaviour's`,
    });
  }
  return problems;
}

function lookup<T>(map: Record<string, T>, raw: string): T | undefined {
  if (Object.hasOwn(map, raw)) return map[raw];
  const lower = raw.toLowerCase();
  for (const key of Object.keys(map)) if (key.toLowerCase() === lower) return map[key];
  return undefined;
}

/** A mark as stored (pass, fail, na, or a score 0–1), or the reason it is not one. */
export function readMark(raw: string, settings: Pick<QaCsvSettings, 'maxScore' | 'values'>): { mark: 'pass' | 'fail' | 'na' | number } | { problem: string } {
  const mapped = lookup(settings.values.result, raw) ?? BUILT_IN_MARKS[raw.toLowerCase()];
  if (mapped !== undefined) return { mark: mapped };
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(raw);
  if (percent) {
    const value = Number(percent[1]);
    if (value < 0 || value > 100) return { problem: `score ${quotedValue(raw)} is out of range — expected 0% to 100%` };
    return { mark: value / 100 };
  }
  if (/^-?\d+(?:\.\d+)?$/.test(raw)) {
    const value = Number(raw);
    if (value < 0 || value > settings.maxScore) {
      return { problem: `score ${raw} is out of range — expected 0 to ${settings.maxScore} (${QA_SETTING}.maxScore), or pass, fail or na` };
    }
    return { mark: Math.round((value / settings.maxScore) * 1e9) / 1e9 };
  }
  return { problem: `${quotedValue(raw)} is not a mark — expected pass, fail, na or a score from 0 to ${settings.maxScore}, or map it in ${QA_SETTING}.values.result` };
}

export async function readQaCsv(
  input: Readable | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  settings: QaCsvSettings,
  model: Pick<StandardsModel, 'scorecards' | 'teams'>,
  options: { fileName: string },
): Promise<QaCsvResult> {
  const { fileName } = options;
  const timestamps = new TimestampReader(settings.timezone);
  const directory = peopleDirectory(model.teams);
  const scorecards = new Map(model.scorecards.map((s) => [s.id, s]));
  const mapped: Record<string, string> = {};
  for (const [field, column] of Object.entries(settings.columns)) if (typeof column === 'string') mapped[`columns.${field}`] = column;
  for (const [behaviour, column] of Object.entries(settings.behaviours)) mapped[`behaviours.${behaviour}`] = column;

  let columnsOf = new Map<string, Map<string, string>>();
  let behaviourHeaders = new Set<string>();
  const others = new Map<string, OtherColumn>();
  const reviews: QaReviewRecord[] = [];
  const found = new RowProblems();
  const firstRowOfKey = new Map<string, number>();
  const unknownAgentRows: number[] = [];

  const { rows } = await readCsvRows(input, { fileName, delimiter: settings.delimiter, setting: QA_SETTING, columns: mapped }, {
    onHeader(header) {
      columnsOf = behaviourColumns(settings, model.scorecards, header);
      behaviourHeaders = new Set([...columnsOf.values()].flatMap((m) => [...m.values()]));
      const known = new Set([...Object.values(mapped).map((c) => c.trim()), ...behaviourHeaders, ...settings.ignoreColumns.map((c) => c.trim())]);
      for (const column of header) if (!known.has(column)) others.set(column, { firstMark: null, freeText: false });
    },
    onBadRow: (problem) => found.add([problem]),
    onRow({ line, values }) {
      for (const [column, seen] of others) {
        const raw = values.get(column) ?? '';
        if (raw === '' || seen.freeText) continue;
        if ('problem' in readMark(raw, settings)) seen.freeText = true;
        else seen.firstMark ??= { line, raw };
      }
      const problems: RejectedRecord[] = [];
      const at = (column: string) => `${fileName} row ${line}, column "${column}"`;
      const field = (name: keyof QaCsvSettings['columns']): string | null => {
        const column = settings.columns[name];
        if (column === undefined) return null;
        const v = values.get(column.trim()) ?? '';
        return v === '' ? null : v;
      };
      const required = (name: 'ticket' | 'reviewedAt' | 'reviewer' | 'agent', what: string): string | null => {
        const v = field(name);
        if (v === null) problems.push({ where: at(settings.columns[name]), reason: `empty — every review needs ${what}` });
        return v;
      };
      const ticket = required('ticket', 'the id of the ticket it reviews');
      if (ticket !== null && !ID_PATTERN.test(ticket)) problems.push({ where: at(settings.columns.ticket), reason: `${quotedValue(ticket)} is not a usable ticket id — expected up to 64 letters, digits, ".", "_", ":" or "-"` });
      const reviewedText = required('reviewedAt', 'the time it was made');
      const reviewedMs = reviewedText === null ? null : timestamps.read(reviewedText);
      if (reviewedText !== null && reviewedMs === null) problems.push({ where: at(settings.columns.reviewedAt), reason: `${quotedValue(reviewedText)} is not a date — ${TIMESTAMP_EXPECTED}` });
      const reviewerText = required('reviewer', 'who reviewed');
      const agentText = required('agent', 'whose work was reviewed');
      const idText = field('id');

      let scorecard: ScorecardDefinition | null = null;
      const scorecardText = field('scorecard');
      if (scorecardText !== null) {
        const id = lookup(settings.values.scorecard, scorecardText) ?? scorecardText;
        scorecard = scorecards.get(id) ?? null;
        if (scorecard === null) {
          const hint = didYouMean(id, [...scorecards.keys()]) || ` — known scorecards: ${[...scorecards.keys()].join(', ') || 'none'}`;
          problems.push({ where: at(settings.columns.scorecard!), reason: `${quotedValue(scorecardText)} is not a Scorecard${hint}, or map it in ${QA_SETTING}.values.scorecard` });
        }
      } else if (settings.columns.scorecard !== undefined && settings.scorecard === null) {
        problems.push({ where: at(settings.columns.scorecard), reason: 'empty — every review needs its Scorecard (or set source.qa.csv.scorecard for rows without one)' });
      } else {
        scorecard = settings.scorecard === null ? null : scorecards.get(settings.scorecard) ?? null;
      }

      const results: Record<string, 'pass' | 'fail' | 'na' | number> = {};
      if (scorecard !== null) {
        const own = columnsOf.get(scorecard.id) ?? new Map<string, string>();
        if (own.size === 0) {
          problems.push({ where: `${fileName} row ${line}`, reason: `no column holds a behaviour of scorecard ${scorecard.id} — name the columns as its behaviours' ids or titles, or map them in ${QA_SETTING}.behaviours` });
        }
        const ownColumns = new Set(own.values());
        for (const column of behaviourHeaders) {
          const raw = values.get(column) ?? '';
          if (raw === '' || ownColumns.has(column)) continue;
          problems.push({ where: at(column), reason: `${quotedValue(raw)} marks a behaviour scorecard ${scorecard.id} does not have — its behaviours are ${scorecard.behaviours.map((b) => b.id).join(', ')}; leave the column empty for its reviews` });
        }
        for (const [behaviour, column] of own) {
          const raw = values.get(column) ?? '';
          if (raw === '') continue;
          const mark = readMark(raw, settings);
          if ('problem' in mark) problems.push({ where: at(column), reason: mark.problem });
          else results[behaviour] = mark.mark;
        }
        if (own.size > 0 && ![...ownColumns].some((c) => (values.get(c) ?? '') !== '')) {
          problems.push({ where: `${fileName} row ${line}`, reason: `no behaviour of scorecard ${scorecard.id} has a mark — a review marks each behaviour pass, fail or na` });
        }
      }
      if (problems.length > 0 || ticket === null || reviewedMs === null || reviewerText === null || agentText === null || scorecard === null) {
        found.add(problems);
        return;
      }
      const reviewer = recordKeyOf(directory, reviewerText).key;
      const agent = recordKeyOf(directory, agentText);
      if (!agent.known) unknownAgentRows.push(line);
      const atText = formatInstant(reviewedMs);
      const key = idText !== null ? `id:${idText}` : `${ticket}|${reviewer}|${scorecard.id}|${atText}`;
      const earlier = firstRowOfKey.get(key);
      if (earlier !== undefined) {
        const where = idText !== null ? at(settings.columns.id!) : `${fileName} row ${line}`;
        const what = idText !== null ? `review ${quotedValue(idText)}` : `the review of ticket ${ticket} by the same reviewer with scorecard ${scorecard.id} at ${atText}`;
        found.add([{ where, reason: `${what} is already on row ${earlier} — each review must be one row` }]);
        return;
      }
      firstRowOfKey.set(key, line);
      reviews.push({ key, ticket, at: atText, scorecard: scorecard.id, reviewer, agent: agent.key, results });
    },
  });
  // Not a row's problem: skipBadRows would import every row without the column's marks.
  const columnProblems = otherColumnProblems(fileName, others, model.scorecards);
  if (columnProblems.length > 0) {
    const n = columnProblems.length;
    throw new CsvImportError(`${fileName} was not imported: ${n === 1 ? 'a column holds' : `${n} columns hold`} marks of no behaviour`, columnProblems, n);
  }
  const rejected = settleProblems(fileName, QA_SETTING, rows, found, settings.skipBadRows);
  return { reviews, rejected, rows, unknownAgentRows, rowOf: firstRowOfKey };
}
