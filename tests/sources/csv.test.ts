import { collectChanges } from '../../scripts/sources/source.ts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsvSourceSettings, Ticket } from '../../scripts/model/model.ts';
import { createSchemaValidator } from '../../scripts/model/schema-validator.ts';
import { CsvImportError, TimestampReader, createCsvSource, importCsvTickets } from '../../scripts/sources/csv.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/csv');
const validator = createSchemaValidator();

const zendeskLike: CsvSourceSettings = {
  path: 'tickets.csv',
  timezone: 'Europe/Dublin',
  delimiter: ',',
  skipBadRows: false,
  columns: {
    id: 'Ticket ID',
    created: 'Created at',
    updated: 'Updated at',
    priority: 'Priority',
    channel: 'Via',
    status: 'Status',
    team: 'Group',
    category: 'Type',
    tags: 'Tags',
    firstReplyAt: 'First reply at',
    solvedAt: 'Solved at',
    reopens: 'Reopens',
    agentReplies: 'Agent replies',
    satisfaction: 'Satisfaction',
    nps: 'NPS',
  },
  values: {
    priority: { P1: 'urgent', P2: 'high', P3: 'normal', P4: 'low' },
    channel: { Mail: 'email', 'Web form': 'web' },
    status: {},
    team: { 'EMEA Support': 'support-emea', Americas: 'support-americas' },
  },
};

function importText(text: string | Buffer, settings: CsvSourceSettings = zendeskLike, maxProblems?: number) {
  return importCsvTickets([typeof text === 'string' ? Buffer.from(text, 'utf8') : text], settings, { fileName: 'tickets.csv', ...(maxProblems ? { maxProblems } : {}) });
}

async function importError(text: string, settings: CsvSourceSettings = zendeskLike, maxProblems?: number): Promise<CsvImportError> {
  try {
    await importText(text, settings, maxProblems);
  } catch (error) {
    if (error instanceof CsvImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

// Computed by hand from tests/fixtures/csv/good/tickets.csv: Dublin is UTC+0 in February and UTC+1 from
// 29 March to 25 October 2026.
const EXPECTED_GOOD: Ticket[] = [
  {
    id: '1001',
    created: '2026-02-03T09:15:00Z',
    updated: '2026-02-03T11:00:00Z',
    priority: 'high',
    channel: 'email',
    status: 'solved',
    team: 'support-emea',
    category: 'Question',
    tags: ['shipping', 'vip'],
    replies: [{ at: '2026-02-03T09:45:00Z', by: 'agent' }],
    statusChanges: [
      { at: '2026-02-03T09:15:00Z', status: 'new' },
      { at: '2026-02-03T09:45:00Z', status: 'open' },
      { at: '2026-02-03T11:00:00Z', status: 'solved' },
    ],
    satisfaction: { at: '2026-02-03T11:00:00Z', rating: 'good' },
  },
  {
    id: '1002',
    created: '2026-07-14T15:05:00Z',
    updated: '2026-07-16T07:00:00Z',
    priority: 'urgent',
    channel: 'chat',
    status: 'closed',
    team: 'support-americas',
    category: 'Incident',
    tags: ['refund', 'damaged-item'],
    replies: [
      { at: '2026-07-14T15:07:30Z', by: 'agent' },
      { at: '2026-07-14T15:07:30Z', by: 'agent' },
      { at: '2026-07-14T15:07:30Z', by: 'agent' },
    ],
    statusChanges: [
      { at: '2026-07-14T15:05:00Z', status: 'new' },
      { at: '2026-07-14T15:07:30Z', status: 'open' },
      { at: '2026-07-15T09:00:00Z', status: 'solved' },
      { at: '2026-07-15T09:00:00Z', status: 'open' },
      { at: '2026-07-15T09:00:00Z', status: 'solved' },
      { at: '2026-07-16T07:00:00Z', status: 'closed' },
    ],
    satisfaction: { at: '2026-07-15T09:00:00Z', rating: 2 },
    nps: { at: '2026-07-15T09:00:00Z', score: 9 },
  },
  {
    id: '1003',
    created: '2026-03-29T00:30:00Z',
    updated: '2026-03-30T09:00:00Z',
    priority: 'low',
    channel: 'web',
    status: 'pending',
    team: 'support-emea',
    tags: [],
    replies: [{ at: '2026-03-30T08:00:00Z', by: 'agent' }],
    statusChanges: [
      { at: '2026-03-29T00:30:00Z', status: 'new' },
      { at: '2026-03-30T08:00:00Z', status: 'open' },
      { at: '2026-03-30T09:00:00Z', status: 'pending' },
    ],
  },
  {
    id: '1004',
    created: '2026-10-25T00:30:00Z',
    updated: '2026-10-25T00:30:00Z',
    priority: 'normal',
    channel: 'email',
    status: 'new',
    tags: [],
    replies: [],
    statusChanges: [{ at: '2026-10-25T00:30:00Z', status: 'new' }],
  },
];

describe('CSV import: a good export', () => {
  it('gives exactly the tickets computed by hand', async () => {
    const result = await importCsvTickets(createReadStream(path.join(FIXTURES, 'good/tickets.csv')), zendeskLike, { fileName: 'tickets.csv' });
    expect(result.tickets).toEqual(EXPECTED_GOOD);
    expect(result.rejected).toEqual([]);
    expect(result.rows).toBe(4);
  });

  it('gives tickets that satisfy ticket.schema.json', async () => {
    const result = await importCsvTickets(createReadStream(path.join(FIXTURES, 'good/tickets.csv')), zendeskLike, { fileName: 'tickets.csv' });
    for (const ticket of result.tickets) expect(validator.validate('ticket.schema.json', ticket)).toEqual([]);
  });

  it('reads a BOM, CRLF line ends and a quoted newline, and counts rows as lines of the file', async () => {
    const header = 'Ticket ID,Created at,Priority,Status,Type';
    const text = `\uFEFF${header}\r\n7,2026-02-03T09:15:00Z,low,open,"two\r\nlines"\r\n8,2026-02-03T10:00:00Z,low,open,x\r\n\r\n9,yesterday,low,open,x\r\n`;
    const settings: CsvSourceSettings = { ...zendeskLike, columns: { id: 'Ticket ID', created: 'Created at', priority: 'Priority', status: 'Status', category: 'Type' } };
    const error = await importError(text, settings);
    // Header: line 1; ticket 7: lines 2–3; ticket 8: line 4; empty line 5; ticket 9: line 6.
    expect(error.problems).toEqual([
      { where: 'tickets.csv row 6, column "Created at"', reason: '"yesterday" is not a date — expected ISO 8601 like 2026-02-03T09:15:00' },
    ]);
    const ok = await importText(text.replace('yesterday', '2026-02-03T11:00:00Z'), settings);
    expect(ok.tickets.map((t) => [t.id, t.category])).toEqual([['7', 'two\r\nlines'], ['8', 'x'], ['9', 'x']]);
  });

  it('reads naive timestamps in the configured zone, across DST changes, and keeps explicit offsets', () => {
    const dublin = new TimestampReader('Europe/Dublin');
    const iso = (text: string) => new Date(dublin.read(text)!).toISOString();
    expect(iso('2026-01-15 12:00')).toBe('2026-01-15T12:00:00.000Z');
    expect(iso('2026-07-15T12:00:00')).toBe('2026-07-15T11:00:00.000Z');
    expect(iso('2026-03-29T00:59:59')).toBe('2026-03-29T00:59:59.000Z');
    // 01:00–02:00 on 29 March does not exist in Dublin: moved forward to summer time.
    expect(iso('2026-03-29T01:30:00')).toBe('2026-03-29T01:30:00.000Z');
    expect(iso('2026-03-29T02:30:00')).toBe('2026-03-29T01:30:00.000Z');
    expect(iso('2026-10-25T00:30:00')).toBe('2026-10-24T23:30:00.000Z');
    expect(iso('2026-10-25T02:30:00')).toBe('2026-10-25T02:30:00.000Z');
    expect(iso('2026-07-15T12:00:00.250Z')).toBe('2026-07-15T12:00:00.250Z');
    expect(iso('2026-07-15T12:00:00-05:00')).toBe('2026-07-15T17:00:00.000Z');
    expect(iso('2026-07-15T12:00:00+0530')).toBe('2026-07-15T06:30:00.000Z');
    for (const bad of ['31/02/2026', '2026-02-31T09:00:00', '2026-02-03', '2026-02-03T24:00:00', 'soon', '']) expect(dublin.read(bad)).toBeNull();
    const chicago = new TimestampReader('America/Chicago');
    // 01:30 happens twice on 1 November in Chicago: the earlier occurrence (CDT), as RFC 5545 and Temporal read it.
    expect(new Date(chicago.read('2026-11-01 01:30')!).toISOString()).toBe('2026-11-01T06:30:00.000Z');
    expect(new Date(chicago.read('2026-12-01 09:00')!).toISOString()).toBe('2026-12-01T15:00:00.000Z');
  });
});

const BAD_HEADER = 'Ticket ID,Created at,Priority,Status,Via,First reply at,Reopens,Satisfaction,NPS';
const badSettings: CsvSourceSettings = {
  ...zendeskLike,
  columns: {
    id: 'Ticket ID', created: 'Created at', priority: 'Priority', status: 'Status', channel: 'Via',
    firstReplyAt: 'First reply at', reopens: 'Reopens', satisfaction: 'Satisfaction', nps: 'NPS',
  },
};
const GOOD_ROW = '5,2026-02-03T09:15:00,P3,open,Mail,2026-02-03T10:00:00,0,good,10';

describe('CSV import: bad rows are reported with row, column, value and what would be right', () => {
  const cases: [string, string, string][] = [
    ['an impossible date', '5,31/02/2026,P3,open,Mail,,,,', 'row 2, column "Created at": "31/02/2026" is not a date — expected ISO 8601 like 2026-02-03T09:15:00'],
    ['a day the month does not have', '5,2026-02-31 09:00,P3,open,Mail,,,,', 'row 2, column "Created at": "2026-02-31 09:00" is not a date — expected ISO 8601 like 2026-02-03T09:15:00'],
    ['an empty creation time', '5,,P3,open,Mail,,,,', 'row 2, column "Created at": empty — every ticket needs a creation time'],
    ['an empty id', ',2026-02-03T09:15:00,P3,open,Mail,,,,', 'row 2, column "Ticket ID": empty — every ticket needs an id'],
    ['an id with a space', 'A 5,2026-02-03T09:15:00,P3,open,Mail,,,,', 'row 2, column "Ticket ID": "A 5" is not a usable ticket id — expected up to 64 letters, digits, ".", "_", ":" or "-"'],
    ['an unknown priority', '5,2026-02-03T09:15:00,P9,open,Mail,,,,', 'row 2, column "Priority": "P9" is not a priority — expected low, normal, high, urgent, or map it in source.csv.values.priority'],
    ['an unknown status', '5,2026-02-03T09:15:00,P3,Deleted,Mail,,,,', 'row 2, column "Status": "Deleted" is not a status — expected new, open, pending, on-hold, solved, closed, or map it in source.csv.values.status'],
    ['an unknown channel', '5,2026-02-03T09:15:00,P3,open,Fax,,,,', 'row 2, column "Via": "Fax" is not a channel — expected email, web, chat, phone, social, api, or map it in source.csv.values.channel'],
    ['a reply before creation', '5,2026-02-03T09:15:00,P3,open,Mail,2026-02-03T09:00:00,,,', 'row 2, column "First reply at": "2026-02-03T09:00:00" is before column "Created at" ("2026-02-03T09:15:00")'],
    ['a count in words', '5,2026-02-03T09:15:00,P3,open,Mail,,two,,', 'row 2, column "Reopens": "two" is not a whole number — expected a count like 0, 1 or 2'],
    ['a satisfaction rating we cannot read', '5,2026-02-03T09:15:00,P3,open,Mail,,,meh,', 'row 2, column "Satisfaction": "meh" is not a satisfaction rating — expected good, bad or a whole number from 1 to 5'],
    ['an NPS answer out of range', '5,2026-02-03T09:15:00,P3,open,Mail,,,,11', 'row 2, column "NPS": "11" is not an NPS answer — expected a whole number from 0 to 10'],
    ['too many fields', '5,2026-02-03T09:15:00,P3,open,Mail,,,,,1', 'row 2: 10 fields where the header has 9 — is a value with a "," in it not quoted?'],
    ['too few fields', '5,2026-02-03T09:15:00,P3', 'row 2: 3 fields where the header has 9 — the row is cut short'],
  ];
  it.each(cases)('%s', async (_name, row, expected) => {
    const error = await importError(`${BAD_HEADER}\n${row}\n${GOOD_ROW.replace('5,', '6,')}\n`, badSettings);
    expect(error.problems.map((p) => `${p.where}: ${p.reason}`.replace(/^tickets\.csv /, ''))).toEqual([expected]);
    expect(error.total).toBe(1);
    expect(error.message).toBe(
      'tickets.csv was not imported: 1 problem in 1 of 2 rows (fix them, or set source.csv.skipBadRows: true to import the other rows and report these)\n' +
        `  tickets.csv ${expected}`,
    );
  });

  it('reports every bad column of a row, and a repeated id with the row it was first on', async () => {
    const error = await importError(`${BAD_HEADER}\n5,soon,P9,open,Mail,,,,\n${GOOD_ROW}\n${GOOD_ROW}\n`, badSettings);
    expect(error.problems).toEqual([
      { where: 'tickets.csv row 2, column "Created at"', reason: '"soon" is not a date — expected ISO 8601 like 2026-02-03T09:15:00' },
      { where: 'tickets.csv row 2, column "Priority"', reason: '"P9" is not a priority — expected low, normal, high, urgent, or map it in source.csv.values.priority' },
      { where: 'tickets.csv row 4, column "Ticket ID"', reason: '"5" is already on row 3 — each ticket must be one row' },
    ]);
  });

  it('carries at most maxProblems problems and counts the rest', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `${i},never,P3,open,Mail,,,,`).join('\n');
    const error = await importError(`${BAD_HEADER}\n${rows}\n`, badSettings, 2);
    expect(error.total).toBe(5);
    expect(error.problems).toHaveLength(2);
    expect(error.message.split('\n')).toEqual([
      'tickets.csv was not imported: 5 problems in 5 of 5 rows (fix them, or set source.csv.skipBadRows: true to import the other rows and report these)',
      '  tickets.csv row 2, column "Created at": "never" is not a date — expected ISO 8601 like 2026-02-03T09:15:00',
      '  tickets.csv row 3, column "Created at": "never" is not a date — expected ISO 8601 like 2026-02-03T09:15:00',
      '  ... and 3 more',
    ]);
  });

  it('with skipBadRows, imports the good rows and returns the bad ones as rejected', async () => {
    const result = await importText(`${BAD_HEADER}\n5,soon,P3,open,Mail,,,,\n${GOOD_ROW.replace('5,', '6,')}\n7,2026-02-03T09:15:00,P3,open,Fax,,,,\n`, { ...badSettings, skipBadRows: true });
    expect(result.tickets.map((t) => t.id)).toEqual(['6']);
    expect(result.skippedRows).toBe(2);
    expect(result.rejected).toEqual([
      { where: 'tickets.csv row 2, column "Created at"', reason: '"soon" is not a date — expected ISO 8601 like 2026-02-03T09:15:00' },
      { where: 'tickets.csv row 4, column "Via"', reason: '"Fax" is not a channel — expected email, web, chat, phone, social, api, or map it in source.csv.values.channel' },
    ]);
  });

  it('quotes at most 80 characters of a bad value, on one line: a 1 MB cell is not copied into the stored rejections and the log', async () => {
    const big = `${'x'.repeat(78)}\n::error::${'y'.repeat(1_000_000)}`;
    const result = await importText(`${BAD_HEADER}\n5,"${big}",P3,open,Mail,,,,\n`, { ...badSettings, skipBadRows: true });
    const shown = JSON.stringify(`${'x'.repeat(78)}\n:`);
    expect(result.rejected).toEqual([
      { where: 'tickets.csv row 2, column "Created at"', reason: `${shown}… (1000088 characters) is not a date — expected ISO 8601 like 2026-02-03T09:15:00` },
    ]);
    expect(result.rejected[0]!.reason).not.toContain('\n');
  });
});

describe('CSV import: the file as a whole', () => {
  it('fails at the header when a mapped column is missing, listing the columns the file has', async () => {
    const error = await importError('Ticket ID,Created,priority,Status\n1,2026-02-03T09:15:00Z,low,open\n', {
      ...zendeskLike,
      columns: { id: 'Ticket ID', created: 'Created at', priority: 'Priority', status: 'Status' },
    });
    expect(error.message).toBe(
      'tickets.csv: 2 mapped columns are missing; the file has the columns "Ticket ID", "Created", "priority", "Status"\n' +
        '  tickets.csv row 1: column "Created at" (source.csv.columns.created) is not in the header — did you mean "Created"?\n' +
        '  tickets.csv row 1: column "Priority" (source.csv.columns.priority) is not in the header — did you mean "priority"?',
    );
  });

  // The header's names and a long tag are the export's text: they were quoted as they are (an ESC sequence that sets
  // the terminal's title, a bidi override), where a value's are escaped (quoted-value.ts).
  it('quotes the header\'s names and a long tag as a value is quoted, their hidden characters escaped', async () => {
    const error = await importError('Ticket ID,Created a\u202e,\u001b]0;x\u0007,Status\n1,2026-02-03T09:15:00Z,low,open\n', {
      ...zendeskLike,
      columns: { id: 'Ticket ID', created: 'Created at', status: 'Status' },
    });
    expect(error.message).toBe(
      'tickets.csv: a mapped column is missing; the file has the columns "Ticket ID", "Created a\\u202e", "\\u001b]0;x\\u0007", "Status"\n' +
        '  tickets.csv row 1: column "Created at" (source.csv.columns.created) is not in the header — did you mean "Created a\\u202e"?',
    );
    const header = 'Ticket ID,Created at,Updated at,Priority,Via,Status,Group,Type,Tags,First reply at,Solved at,Reopens,Agent replies,Satisfaction,NPS';
    const tag = `\u202e${'x'.repeat(130)}`;
    const bad = await importError(`${header}\n1001,2026-02-03 09:15:00,2026-02-03 11:00:00,P2,Mail,Solved,EMEA Support,Question,${tag},,,0,1,,\n`);
    expect(bad.problems).toEqual([{ where: 'tickets.csv row 2, column "Tags"', reason: `tag "\\u202e${'x'.repeat(19)}…" is 131 characters long — at most 120` }]);
  });

  it('fails at the header when a mapped column is in it twice, instead of reading one of the two without a word', async () => {
    // A custom field named like a built-in one: the two columns disagree, and either could be the one meant.
    const settings = { ...zendeskLike, columns: { id: 'Ticket ID', created: 'Created at', priority: 'Priority', status: 'Status' } };
    const error = await importError('Ticket ID,Status,Created at,Priority,Status\n1,open,2026-02-03T09:15:00Z,low,solved\n', settings);
    expect(error.message).toBe(
      'tickets.csv: a mapped column is in the header more than once, so which one to read cannot be told\n' +
        '  tickets.csv row 1: column "Status" (source.csv.columns.status) is in the header 2 times (columns 2, 5): rename all but one in the export, or map another column',
    );
    // The same columns in another order, each once, read as they are named.
    const { tickets } = await importText('Priority,Status,Created at,Ticket ID\nlow,open,2026-02-03T09:15:00Z,1\n', settings);
    expect(tickets.map((t) => [t.id, t.priority, t.status, t.created])).toEqual([['1', 'low', 'open', '2026-02-03T09:15:00Z']]);
  });

  it('fails on an empty file, and on text that is not CSV, saying where', async () => {
    expect((await importError('')).message).toBe(
      'tickets.csv is empty: expected a header row with the columns "Ticket ID", "Created at", "Updated at", "Priority", "Via", "Status", "Group", "Type", "Tags", "First reply at", "Solved at", "Reopens", "Agent replies", "Satisfaction", "NPS"',
    );
    const broken = await importError(`${BAD_HEADER}\n5,"2026-02-03T09:15:00"x,P3,open,Mail,,,,\n`, badSettings);
    expect(broken.message).toMatch(/^tickets\.csv: not readable as CSV near line 2: Invalid Closing Quote/);
  });

  // Excel's "CSV (Comma delimited)" writes Windows-1252: ë is the one byte 0xEB, which is not UTF-8. Row 2 is
  // "1," + 21 characters of date and comma + "low," + "open," + "Zo": 34 characters before it, so column 35.
  it('stops a Windows-1252 export at its first byte that is not UTF-8, with line, column and how to save the file', async () => {
    const text = 'Ticket ID,Created at,Priority,Status,Type\n1,2026-02-03T09:15:00Z,low,open,Zoë\n2,2026-02-03T09:15:00Z,low,open,Caf\u00e9 ordered\n';
    const bytes = Buffer.from(text, 'latin1');
    const settings: CsvSourceSettings = { ...zendeskLike, columns: { id: 'Ticket ID', created: 'Created at', priority: 'Priority', status: 'Status', category: 'Type' } };
    const expected = 'tickets.csv line 2 column 35: byte 0xEB is not UTF-8, so nothing was imported — the file is in another encoding ' +
      '(Excel\'s "CSV (Comma delimited)" writes Windows-1252): save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 in another editor, and import it again';
    await expect(importText(bytes, settings)).rejects.toThrow(expected);
    // The same file read a byte at a time: the check does not depend on where the chunks end.
    await expect(importCsvTickets([...bytes].map((b) => Uint8Array.of(b)), settings, { fileName: 'tickets.csv' })).rejects.toThrow(expected);
    // Saved as UTF-8 (a 2-byte ë cut between chunks, a BOM), the same rows import, the accents intact.
    const utf8 = Buffer.from(`\uFEFF${text}`, 'utf8');
    const cut = utf8.indexOf(0xc3) + 1;
    const ok = await importCsvTickets([utf8.subarray(0, cut), utf8.subarray(cut)], settings, { fileName: 'tickets.csv' });
    expect(ok.tickets.map((t) => t.category)).toEqual(['Zoë', 'Café ordered']);
  });

  // Excel for the old Mac OS ends lines with CR alone, which csv-parse reads as the record delimiter: line 3 is
  // "2," + 21 characters of date and comma + "low," + "open," + "Caf": 35 characters before the é (0xE9), column 36.
  it('counts lines ended by CR alone, or by CRLF (once, also when cut between chunks), as csv-parse reads them', async () => {
    const settings: CsvSourceSettings = { ...zendeskLike, columns: { id: 'Ticket ID', created: 'Created at', priority: 'Priority', status: 'Status', category: 'Type' } };
    const rows = ['Ticket ID,Created at,Priority,Status,Type', '1,2026-02-03T09:15:00Z,low,open,Question', '2,2026-02-03T09:15:00Z,low,open,Caf\u00e9 ordered', ''];
    const error = (_lineEnd: string) => "tickets.csv line 3 column 36: byte 0xE9 is not UTF-8, so nothing was imported";
    for (const lineEnd of ['\r', '\r\n', '\n']) {
      const bytes = Buffer.from(rows.join(lineEnd), 'latin1');
      await expect(importText(bytes, settings), JSON.stringify(lineEnd)).rejects.toThrow(error(lineEnd));
      // A byte at a time: every CRLF is cut between its CR and its LF.
      await expect(importCsvTickets([...bytes].map((b) => Uint8Array.of(b)), settings, { fileName: 'tickets.csv' }), JSON.stringify(lineEnd)).rejects.toThrow(error(lineEnd));
    }
    // The same file in UTF-8 with CR line ends imports both rows.
    const ok = await importText(Buffer.from(rows.join('\r'), 'utf8'), settings);
    expect(ok.tickets.map((t) => t.category)).toEqual(['Question', 'Café ordered']);
  });

  it('stops at an invalid byte after accents on the same line, counting columns in characters', async () => {
    const bytes = Buffer.concat([Buffer.from('Ticket ID,Created at,Priority,Status,Type\n1,2026-02-03T09:15:00Z,low,open,ZoÃ«–', 'utf8'), Buffer.from([0xff]), Buffer.from('\n')]);
    const settings: CsvSourceSettings = { ...zendeskLike, columns: { id: 'Ticket ID', created: 'Created at', priority: 'Priority', status: 'Status', category: 'Type' } };
    await expect(importText(bytes, settings)).rejects.toThrow(/^tickets\.csv line 2 column 38: byte 0xFF is not UTF-8, so nothing was imported/);
  });

  it('reads another delimiter', async () => {
    const result = await importText('Ticket ID;Created at;Priority;Status\n1;2026-02-03T09:15:00Z;low;solved\n', {
      ...zendeskLike,
      delimiter: ';',
      columns: { id: 'Ticket ID', created: 'Created at', priority: 'Priority', status: 'Status' },
    });
    // Solved with no solve time or updated column: solved at the last known instant, creation.
    expect(result.tickets[0]!.statusChanges).toEqual([
      { at: '2026-02-03T09:15:00Z', status: 'new' },
      { at: '2026-02-03T09:15:00Z', status: 'solved' },
    ]);
  });
});

describe('the CSV source', () => {
  let root: string;
  beforeEach(async () => { root = await mkdtemp(path.join(os.tmpdir(), 'csv-source-')); });
  afterEach(async () => { await rm(root, { recursive: true, force: true }); });

  it('imports the file, and returns nothing while the file and settings stay the same', async () => {
    await writeFile(path.join(root, 'tickets.csv'), `${BAD_HEADER}\n${GOOD_ROW}\n`);
    const source = createCsvSource({ ...badSettings, path: 'tickets.csv' }, { root, now: new Date('2026-02-04T00:00:00Z') });
    const first = await collectChanges(source, null);
    expect(first.tickets.map((t) => t.id)).toEqual(['5']);
    expect(first.cursor).toMatch(/^csv:sha256=[0-9a-f]{64}$/);
    expect((await collectChanges(source, first.cursor)).tickets).toEqual([]);
    await writeFile(path.join(root, 'tickets.csv'), `${BAD_HEADER}\n${GOOD_ROW}\n${GOOD_ROW.replace('5,', '6,')}\n`);
    const second = await collectChanges(source, first.cursor);
    expect(second.tickets.map((t) => t.id)).toEqual(['5', '6']);
    expect(second.cursor).not.toBe(first.cursor);
  });

  it('says which path it could not read, relative to the repository root', async () => {
    const source = createCsvSource({ ...badSettings, path: 'exports/missing.csv' }, { root, now: new Date('2026-02-04T00:00:00Z') });
    await expect(collectChanges(source, null)).rejects.toThrow('source.csv.path: cannot read "exports/missing.csv" (ENOENT) — the path is relative to the repository root');
  });
});
