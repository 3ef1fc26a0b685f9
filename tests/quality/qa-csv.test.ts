// The QA export read row by row: every way a row can be wrong, with the exact message (file, row, column, what is
// wrong, what would be right), all-or-nothing unless skipBadRows, and what a good row becomes.

import { describe, expect, it } from 'vitest';
import { readMark, readQaCsv } from '../../scripts/sources/qa-csv.ts';
import { CsvImportError } from '../../scripts/sources/csv.ts';
import type { QaCsvSettings, ScorecardDefinition, StandardsModel, TeamDefinition } from '../../scripts/model/model.ts';
import { teamPersonOf } from '../../scripts/model/people.ts';

const review = { every: { amount: 1, unit: 'y' as const }, everyText: '1y', last: '2026-10-01', due: '2027-10-01' };
const scorecard = (id: string, behaviours: [string, string, number, boolean][]): ScorecardDefinition => ({
  id, title: id, description: null, owner: 'leads', passMark: 0.8, review, origin: { file: `standards/qa/${id}.yaml` },
  behaviours: behaviours.map(([bid, title, weight, critical]) => ({ id: bid, title, description: '', weight, critical })),
});
const interaction = scorecard('interaction', [['greet', 'Greet the customer', 1, false], ['accurate', 'Accurate information', 2, true], ['ownership', 'Take ownership', 1, false]]);
const phone = scorecard('phone-calls', [['greet', 'Greet the customer', 1, false], ['empathy', 'Empathy', 1, false]]);
const members: (string | { github?: string; email?: string; staffId?: string })[] = ['aoife-byrne', { github: 'ciaran-walsh', email: 'ciaran@example.com' }, { staffId: 'E2' }];
const team: TeamDefinition = {
  id: 'emea', name: 'EMEA', description: null, calendar: null, githubTeam: null, leads: [], members: ['aoife-byrne', 'ciaran-walsh'],
  people: members.map((m) => teamPersonOf(m)), origin: { file: 'standards/teams/emea.yaml' },
};
const model: Pick<StandardsModel, 'scorecards' | 'teams'> = { scorecards: [interaction, phone], teams: [team] };

function settings(extra: Partial<QaCsvSettings> = {}): QaCsvSettings {
  return {
    path: 'qa.csv', timezone: 'Europe/Dublin', delimiter: ',', skipBadRows: false, scorecard: null, maxScore: 5,
    columns: { id: 'Review', ticket: 'Ticket', reviewedAt: 'Reviewed at', reviewer: 'Reviewer', agent: 'Agent', scorecard: 'Scorecard' },
    behaviours: { ownership: 'Owned it' }, ignoreColumns: [],
    values: { scorecard: { 'Phone QA': 'phone-calls' }, result: { Met: 'pass', 'Not met': 'fail' } },
    ...extra,
  };
}
const HEADER = 'Review,Ticket,Reviewed at,Reviewer,Agent,Scorecard,Greet the customer,accurate,Owned it,Empathy,Comment';
const read = (rows: string[], s = settings()) => readQaCsv([`${HEADER}\n${rows.join('\n')}\n`], s, model, { fileName: 'qa.csv' });

async function problems(rows: string[], s = settings()): Promise<string[]> {
  try {
    await read(rows, s);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvImportError);
    return (error as CsvImportError).problems.map((p) => `${p.where}: ${p.reason}`);
  }
  throw new Error('expected the import to fail');
}

describe('a good QA export', () => {
  it('reads marks, scores and people as the Team documents know them; comments are not kept', async () => {
    const result = await read([
      'R1,4711,2026-11-03 10:00,@Aoife-Byrne,CIARAN@example.com,interaction,Met,pass,Not met,,"said ""sorry"", twice"',
      'R2,4712,2026-07-03T10:00:00+02:00,someone.else@vendor.example,E2,Phone QA,4,,,80%,',
      'R3,4713,2026-11-04 09:00,aoife-byrne,Jo Bloggs,interaction,N/A,YES,no,,',
    ]);
    expect(result.reviews).toEqual([
      { key: 'id:R1', ticket: '4711', at: '2026-11-03T10:00:00Z', scorecard: 'interaction', reviewer: 'aoife-byrne', agent: 'ciaran-walsh', results: { greet: 'pass', accurate: 'pass', ownership: 'fail' } },
      // Dublin is UTC+1 in July: 10:00+02:00 is 08:00Z. 4 of 5 is 0.8; 80% is 0.8.
      { key: 'id:R2', ticket: '4712', at: '2026-07-03T08:00:00Z', scorecard: 'phone-calls', reviewer: 'anon:9fab96eef275c9a3', agent: 'staff:E2', results: { greet: 0.8, empathy: 0.8 } },
      { key: 'id:R3', ticket: '4713', at: '2026-11-04T09:00:00Z', scorecard: 'interaction', reviewer: 'aoife-byrne', agent: 'anon:81da70e2bdf1b87e', results: { greet: 'na', accurate: 'pass', ownership: 'fail' } },
    ]);
    // The unknown agent is kept under a pseudonym and named by row, never by what the row said.
    // Pseudonyms: the first 16 hex digits of the SHA-256 of the lower-cased text (checked with sha256sum).
    expect(result.unknownAgentRows).toEqual([4]);
  });

  it('without an id column a review is known by its ticket, reviewer, scorecard and time', async () => {
    const s = settings({ columns: { ticket: 'Ticket', reviewedAt: 'Reviewed at', reviewer: 'Reviewer', agent: 'Agent' }, scorecard: 'interaction', behaviours: {} });
    const result = await readQaCsv(['Ticket,Reviewed at,Reviewer,Agent,greet\n4711,2026-11-03T10:00:00Z,aoife-byrne,E2,pass\n'], s, model, { fileName: 'qa.csv' });
    expect(result.reviews.map((r) => r.key)).toEqual(['4711|aoife-byrne|interaction|2026-11-03T10:00:00Z']);
  });

  it.each([
    ['pass', 'pass'], ['PASSED', 'pass'], ['y', 'pass'], ['No', 'fail'], ['n/a', 'na'], ['Met', 'pass'], ['0', 0], ['5', 1], ['2.5', 0.5], ['100%', 1], ['37.5%', 0.375],
  ] as const)('the mark %s is %s', (raw, mark) => {
    expect(readMark(raw, settings())).toEqual({ mark });
  });
});

describe('a bad QA export names every problem and imports nothing', () => {
  it.each([
    [
      'a behaviour the scorecard does not have',
      ['R1,4711,2026-11-03 10:00,aoife-byrne,E2,interaction,pass,pass,pass,fail,'],
      ['qa.csv row 2, column "Empathy": "fail" marks a behaviour scorecard interaction does not have — its behaviours are greet, accurate, ownership; leave the column empty for its reviews'],
    ],
    [
      'a score out of range',
      ['R1,4711,2026-11-03 10:00,aoife-byrne,E2,Phone QA,7,,,120%,'],
      [
        'qa.csv row 2, column "Greet the customer": score 7 is out of range — expected 0 to 5 (source.qa.csv.maxScore), or pass, fail or na',
        'qa.csv row 2, column "Empathy": score "120%" is out of range — expected 0% to 100%',
      ],
    ],
    [
      'a duplicate review',
      ['R1,4711,2026-11-03 10:00,aoife-byrne,E2,interaction,pass,pass,pass,,', 'R1,4711,2026-11-03 10:00,aoife-byrne,E2,interaction,pass,pass,pass,,'],
      ['qa.csv row 3, column "Review": review "R1" is already on row 2 — each review must be one row'],
    ],
    [
      'a mark that is not one',
      ['R1,4711,2026-11-03 10:00,aoife-byrne,E2,interaction,great,pass,pass,,'],
      ['qa.csv row 2, column "Greet the customer": "great" is not a mark — expected pass, fail, na or a score from 0 to 5, or map it in source.qa.csv.values.result'],
    ],
    [
      // Kept in the store's QA rejections and printed in the log: 80 characters of it, on one line, and its length.
      'a megabyte of mark, across lines',
      [`R1,4711,2026-11-03 10:00,aoife-byrne,E2,interaction,"gr\neat${'!'.repeat(1_000_000)}",pass,pass,,`],
      [`qa.csv row 2, column "Greet the customer": ${JSON.stringify(`gr\neat${'!'.repeat(74)}`)}… (1000006 characters) is not a mark — expected pass, fail, na or a score from 0 to 5, or map it in source.qa.csv.values.result`],
    ],
    [
      'an unknown scorecard, a bad time, an empty ticket and agent',
      [',4711x!,yesterday,aoife-byrne,,Interaction Q,pass,pass,pass,,'],
      [
        'qa.csv row 2, column "Ticket": "4711x!" is not a usable ticket id — expected up to 64 letters, digits, ".", "_", ":" or "-"',
        'qa.csv row 2, column "Reviewed at": "yesterday" is not a date — expected ISO 8601 like 2026-02-03T09:15:00',
        'qa.csv row 2, column "Agent": empty — every review needs whose work was reviewed',
        'qa.csv row 2, column "Scorecard": "Interaction Q" is not a Scorecard — did you mean "interaction"?, or map it in source.qa.csv.values.scorecard',
      ],
    ],
    [
      'no behaviour marked',
      ['R1,4711,2026-11-03 10:00,aoife-byrne,E2,interaction,,,,,'],
      ['qa.csv row 2: no behaviour of scorecard interaction has a mark — a review marks each behaviour pass, fail or na'],
    ],
    [
      'a row cut short',
      ['R1,4711,2026-11-03 10:00'],
      ['qa.csv row 2: 3 fields where the header has 11 — the row is cut short'],
    ],
  ])('%s', async (_name, rows, expected) => {
    expect(await problems(rows)).toEqual(expected);
  });

  it('says how many problems in how many rows, and how to import the rest', async () => {
    const rows = ['R1,4711,2026-11-03 10:00,aoife-byrne,E2,interaction,pass,pass,pass,,', 'R2,4712,2026-11-03 10:00,aoife-byrne,E2,interaction,9,pass,pass,,'];
    await expect(read(rows)).rejects.toThrow(/^qa\.csv was not imported: 1 problem in 1 of 2 rows \(fix them, or set source\.qa\.csv\.skipBadRows: true to import the other rows and report these\)\n {2}qa\.csv row 3, column "Greet the customer": score 9 is out of range/);
  });

  it('with skipBadRows the other rows are imported and the problems returned', async () => {
    const rows = ['R1,4711,2026-11-03 10:00,aoife-byrne,E2,interaction,pass,pass,pass,,', 'R2,4712,2026-11-03 10:00,aoife-byrne,E2,interaction,9,pass,pass,,'];
    const result = await read(rows, settings({ skipBadRows: true }));
    expect(result.reviews.map((r) => r.key)).toEqual(['id:R1']);
    expect(result.rejected).toEqual([{ where: 'qa.csv row 3, column "Greet the customer"', reason: 'score 9 is out of range — expected 0 to 5 (source.qa.csv.maxScore), or pass, fail or na' }]);
  });

  it('a mapped column missing from the header stops the import with a "did you mean"', async () => {
    await expect(readQaCsv(['Review,Ticket,Reviewed,Reviewer,Agent,Scorecard,Owned it\n'], settings(), model, { fileName: 'qa.csv' }))
      .rejects.toThrow('qa.csv: a mapped column is missing; the file has the columns "Review", "Ticket", "Reviewed", "Reviewer", "Agent", "Scorecard", "Owned it"\n  qa.csv row 1: column "Reviewed at" (source.qa.csv.columns.reviewedAt) is not in the header — did you mean "Reviewed"?');
  });
});

describe('a QA export in another encoding than UTF-8', () => {
  const header = 'Review,Ticket,Reviewed at,Reviewer,Agent,Scorecard,Greet the customer,accurate,Propriété';
  const row = 'R1,4711,2026-11-03 10:00,aoife-byrne,siobhán@example.com,interaction,pass,pass,fail';
  const french = settings({ behaviours: { ownership: 'Propriété' } });
  const failure = async (bytes: Uint8Array) => {
    try {
      await readQaCsv([bytes], french, model, { fileName: 'qa.csv' });
    } catch (error) {
      expect(error).toBeInstanceOf(CsvImportError);
      return (error as CsvImportError).message;
    }
    throw new Error('expected the import to fail');
  };
  const fix = 'so nothing was imported — the file is in another encoding (Excel\'s "CSV (Comma delimited)" writes Windows-1252): ' +
    'save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 in another editor, and import it again';

  // Windows-1252 (Excel's "CSV (Comma delimited)"): é is the byte 0xE9, á 0xE1. Before this check the header's
  // "Propriété" read as "Propri\uFFFDt\uFFFD" (a "did you mean" of itself) and the agent became another pseudonym.
  it('stops at an accented header, naming line 1 and the column of the é', async () => {
    // "Review,Ticket,Reviewed at,Reviewer,Agent,Scorecard,Greet the customer,accurate,Propri" is 85 characters.
    expect(await failure(Buffer.from(`${header}\n${row}\n`, 'latin1'))).toBe(`qa.csv line 1 column 86: byte 0xE9 is not UTF-8, ${fix}`);
  });

  it('stops at an accented agent e-mail, naming its line and column, when only the rows are Windows-1252', async () => {
    // "R1,4711,2026-11-03 10:00,aoife-byrne,siobh" is 42 characters.
    const bytes = Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), Buffer.from(`${row}\n`, 'latin1')]);
    expect(await failure(bytes)).toBe(`qa.csv line 2 column 43: byte 0xE1 is not UTF-8, ${fix}`);
  });

  it('reads the same export saved as UTF-8 with a BOM, and as UTF-16 with a BOM (Excel\'s "Unicode text"), alike', async () => {
    const text = `${header}\n${row}\n`;
    const utf8 = await readQaCsv([Buffer.from(`\uFEFF${text}`, 'utf8')], french, model, { fileName: 'qa.csv' });
    const utf16 = await readQaCsv([Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])], french, model, { fileName: 'qa.csv' });
    expect(utf8.reviews.map((r) => r.results)).toEqual([{ greet: 'pass', accurate: 'pass', ownership: 'fail' }]);
    expect(utf16.reviews).toEqual(utf8.reviews);
  });
});

describe('a column of marks that is no behaviour of any scorecard', () => {
  // One scorecard (interaction: greet, accurate, ownership) for every row, no scorecard column.
  const oneScorecard = (extra: Partial<QaCsvSettings> = {}) => settings({ columns: { ticket: 'Ticket', reviewedAt: 'Reviewed at', reviewer: 'Reviewer', agent: 'Agent' }, scorecard: 'interaction', behaviours: {}, ...extra });
  const head = 'Ticket,Reviewed at,Reviewer,Agent,greet,accurate,Take ownership';
  const readWith = (header: string, rows: string[], s = oneScorecard()) => readQaCsv([`${header}\n${rows.join('\n')}\n`], s, { scorecards: [interaction], teams: [team] }, { fileName: 'exports/qa.csv' });

  it('stops the import, naming the header row, the column, a mark it holds and the three fixes', async () => {
    const rows = ['4711,2026-11-03 10:00,aoife-byrne,E2,pass,pass,fail,,fail,said sorry', '4712,2026-11-04 10:00,aoife-byrne,E2,pass,pass,pass,80%,pass,'];
    await expect(readWith(`${head},Total score,Empathy,Comment`, rows)).rejects.toThrow(
      'exports/qa.csv was not imported: 2 columns hold marks of no behaviour\n' +
      '  exports/qa.csv row 1, column "Total score": holds marks ("80%" on row 3) but is the column of no scorecard\'s behaviour — add the behaviour to its Scorecard, map the column in source.qa.csv.behaviours, or list it in source.qa.csv.ignoreColumns if its marks are not a behaviour\'s\n' +
      '  exports/qa.csv row 1, column "Empathy": holds marks ("fail" on row 2) but is the column of no scorecard\'s behaviour — add the behaviour to its Scorecard, map the column in source.qa.csv.behaviours, or list it in source.qa.csv.ignoreColumns if its marks are not a behaviour\'s',
    );
  });

  it('suggests the behaviour a misspelt column was meant for', async () => {
    await expect(readWith('Ticket,Reviewed at,Reviewer,Agent,greet,Acurate information,Take ownership', ['4711,2026-11-03 10:00,aoife-byrne,E2,pass,no,pass'])).rejects.toThrow(
      '  exports/qa.csv row 1, column "Acurate information": holds marks ("no" on row 2) but is the column of no scorecard\'s behaviour — did you mean "Accurate information"? — add the behaviour to its Scorecard',
    );
  });

  it('stops the import with skipBadRows too: the rows are good, the column would be dropped from every one', async () => {
    await expect(readWith(`${head},Empathy`, ['4711,2026-11-03 10:00,aoife-byrne,E2,pass,pass,pass,yes'], oneScorecard({ skipBadRows: true })))
      .rejects.toThrow('exports/qa.csv was not imported: a column holds marks of no behaviour\n  exports/qa.csv row 1, column "Empathy": holds marks ("yes" on row 2)');
  });

  it('is not read when listed in ignoreColumns; a column of free text needs no listing, even when one comment reads as a mark', async () => {
    const rows = ['4711,2026-11-03 10:00,aoife-byrne,E2,pass,pass,fail,4,yes', '4712,2026-11-04 10:00,aoife-byrne,E2,pass,fail,pass,5,"great call, no notes"'];
    const result = await readWith(`${head},Total score,Comment`, rows, oneScorecard({ ignoreColumns: [' Total score '] }));
    expect(result.reviews.map((r) => r.results)).toEqual([
      { greet: 'pass', accurate: 'pass', ownership: 'fail' },
      { greet: 'pass', accurate: 'fail', ownership: 'pass' },
    ]);
  });
});
