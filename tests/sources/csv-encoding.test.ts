// `source.csv.encoding`: a ticket export saved by Excel's plain "CSV (Comma delimited)" on Windows is Windows-1252
// (one byte a character: é 0xE9, € 0x80, ’ 0x92, “ 0x93, ” 0x94). With the setting it imports as the text it is;
// `latin1` reads the same way (as browsers read it); a byte-order mark (a file saved as "CSV UTF-8" after all)
// says more than the setting; an encoding the tool does not know is a validation error at its line and column.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { CsvSourceSettings } from '../../scripts/model/model.ts';
import { importCsvTickets } from '../../scripts/sources/csv.ts';

const settings: CsvSourceSettings = {
  path: 'tickets.csv',
  timezone: 'Europe/Paris',
  delimiter: ';',
  skipBadRows: false,
  columns: { id: 'N° ticket', created: 'Créé le', priority: 'Priorité', status: 'Statut', team: 'Équipe', category: 'Catégorie' },
  values: { priority: { Élevée: 'high', Normale: 'normal' }, channel: {}, status: { Résolu: 'solved', Ouvert: 'open' }, team: { 'Équipe Paris': 'support-emea' } },
};

// Every character below U+0100 is one byte of the same value in Windows-1252 except 0x80–0x9F: written here as
// the bytes themselves (\x80 is €, \x92 ’, \x93 “, \x94 ”), so `latin1` gives the file's exact bytes.
const CP1252_TEXT =
  'N\xb0 ticket;Cr\xe9\xe9 le;Priorit\xe9;Statut;\xc9quipe;Cat\xe9gorie\r\n' +
  '1;2026-02-03 09:15;\xc9lev\xe9e;R\xe9solu;\xc9quipe Paris;Remboursement \x80\r\n' +
  '2;2026-02-03 10:00;Normale;Ouvert;\xc9quipe Paris;\x93Caf\xe9\x94 n\x92arrive pas\r\n';
const CP1252 = Buffer.from(CP1252_TEXT, 'latin1');
/** The same text as Unicode: the four Windows-1252 bytes above 0x7F that are not Latin-1 letters, by hand. */
const TEXT = CP1252_TEXT.replace(/[\x80\x92\x93\x94]/g, (c) => ({ '\x80': '€', '\x92': '’', '\x93': '“', '\x94': '”' })[c]!);

const imported = async (chunks: Uint8Array[], encoding?: CsvSourceSettings['encoding']) => {
  const result = await importCsvTickets(chunks, { ...settings, ...(encoding ? { encoding } : {}) }, { fileName: 'tickets.csv' });
  return result.tickets.map((t) => ({ id: t.id, priority: t.priority, status: t.status, team: t.team, category: t.category }));
};

const EXPECTED = [
  { id: '1', priority: 'high', status: 'solved', team: 'support-emea', category: 'Remboursement €' },
  { id: '2', priority: 'normal', status: 'open', team: 'support-emea', category: '“Café” n’arrive pas' },
];

describe('source.csv.encoding', () => {
  it('windows-1252: accented headers and values, the euro sign and curly quotes, whole or a byte at a time', async () => {
    expect(CP1252.subarray(CP1252.indexOf(0x80) - 1, CP1252.indexOf(0x80) + 1)).toEqual(Buffer.from([0x20, 0x80]));
    expect(await imported([CP1252], 'windows-1252')).toEqual(EXPECTED);
    expect(await imported([...CP1252].map((b) => Uint8Array.of(b)), 'windows-1252')).toEqual(EXPECTED);
  });

  it('latin1 reads the same bytes the same way', async () => {
    expect(await imported([CP1252], 'latin1')).toEqual(EXPECTED);
  });

  it('without the setting, the same file stops at its first byte that is not UTF-8 and names the setting', async () => {
    // Row 1 is the header: "N" then 0xB0.
    await expect(imported([CP1252])).rejects.toThrow(
      'tickets.csv line 1 column 2: byte 0xB0 is not UTF-8, so nothing was imported — the file is in another encoding (Excel\'s "CSV (Comma delimited)" writes Windows-1252): ' +
        'save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 in another editor, and import it again, or say it is Windows-1252 (source.csv.encoding: windows-1252)',
    );
  });

  it('a file that starts with a UTF-8 byte-order mark is read as UTF-8 whatever the setting, also when the mark is cut between chunks', async () => {
    const utf8 = Buffer.from(`\uFEFF${TEXT}`, 'utf8');
    expect(utf8.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(await imported([utf8], 'windows-1252')).toEqual(EXPECTED);
    expect(await imported([utf8.subarray(0, 1), utf8.subarray(1, 2), utf8.subarray(2)], 'windows-1252')).toEqual(EXPECTED);
    // Not UTF-8 after its mark: stopped with where, as without the setting.
    const broken = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), CP1252]);
    await expect(imported([broken], 'windows-1252')).rejects.toThrow(/^tickets\.csv line 1 column 2: byte 0xB0 is not UTF-8/);
  });

  it('a file in UTF-16 big-endian (byte-order mark FE FF), which nothing here reads, stops naming the encoding, whatever the setting', async () => {
    const utf16be = Buffer.from(Buffer.from(`\uFEFF${TEXT}`, 'utf16le').swap16());
    expect(utf16be.subarray(0, 4)).toEqual(Buffer.from([0xfe, 0xff, 0x00, 0x4e]));
    const message = 'tickets.csv: the file is UTF-16 big-endian (it starts with the byte-order mark FE FF), which the import cannot read, so nothing was imported — ' +
      'save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 (or UTF-16 little-endian, Excel\'s "Unicode text") in another editor, and import it again';
    await expect(imported([utf16be])).rejects.toThrow(message);
    await expect(imported([utf16be], 'windows-1252')).rejects.toThrow(message);
  });

  it('a file with a UTF-16 byte-order mark (Excel\'s "Unicode text") is read as UTF-16 whatever the setting', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(await imported([utf16], 'windows-1252')).toEqual(EXPECTED);
  });
});

describe('an encoding the tool does not know', () => {
  const temps: string[] = [];
  afterAll(() => { for (const dir of temps) rmSync(dir, { recursive: true, force: true }); });

  it('is an error at its line and column in pipeline.yaml, listing the encodings it reads', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'csv-encoding-'));
    temps.push(root);
    cpSync(path.resolve(import.meta.dirname, '../fixtures/validate/base'), root, { recursive: true });
    const file = path.join(root, 'standards/pipeline.yaml');
    const pipeline = readFileSync(file, 'utf8').replace(/source:[\s\S]*$/, 'source:\n  type: csv\n  csv:\n    path: tickets.csv\n    timezone: Europe/Paris\n    encoding: cp1252\n    columns: { id: ID, created: Created, priority: Priority, status: Status }\n');
    writeFileSync(file, pipeline);
    const line = pipeline.split('\n').findIndex((l) => l.includes('encoding: cp1252')) + 1;
    const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
    expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([
      { file: 'standards/pipeline.yaml', line, col: 15, severity: 'error', message: 'source.csv.encoding must be one of utf-8, windows-1252, latin1, got "cp1252"', rule: 'schema' },
    ]);
  });
});

describe('a file that is UTF-8 after all, with windows-1252 set', () => {
  // Google Sheets, LibreOffice and most helpdesks export UTF-8 without a byte-order mark. Read as Windows-1252,
  // "Café" would be stored as "CafÃ©" and "€" as "â‚¬" in every ticket: the import stops instead and says so.
  it('stops with the line of the first character above ASCII, shown as both encodings read it; latin1 too', async () => {
    const utf8 = Buffer.from(TEXT, 'utf8');
    const message = 'tickets.csv line 1: the file is UTF-8, not Windows-1252 as source.csv.encoding says: its bytes above ASCII form UTF-8 characters (its first is "°", which Windows-1252 reads as "Â°"), ' +
      'so read as Windows-1252 each accented letter would be stored as two or three others. Nothing was imported — remove source.csv.encoding (UTF-8 is the default) and import it again';
    await expect(imported([utf8], 'windows-1252')).rejects.toThrow(message);
    await expect(imported([utf8], 'latin1')).rejects.toThrow(message);
    // A byte at a time: the same finding.
    await expect(imported([...utf8].map((b) => Uint8Array.of(b)), 'windows-1252')).rejects.toThrow(message);
  });

  it('counts lines as the parser does (CRLF once, CR alone, LF) up to the first character above ASCII', async () => {
    const rows = 'ID;Created;Priority;Status\r\n1;2026-02-03 09:15;Normale;Ouvert\r2;2026-02-03 09:15;Normale;Ouvert\n3;2026-02-03 09:15;Normale;Ouvert €\r\n';
    const ascii = { ...settings, columns: { id: 'ID', created: 'Created', priority: 'Priority', status: 'Status' } };
    await expect(importCsvTickets([Buffer.from(rows, 'utf8')], { ...ascii, encoding: 'windows-1252' }, { fileName: 'tickets.csv' })).rejects.toThrow(
      /^tickets\.csv line 4: the file is UTF-8, not Windows-1252 .* \(its first is "€", which Windows-1252 reads as "â‚¬"\)/,
    );
  });

  it('a Windows-1252 file whose bytes are not all UTF-8 imports, and an ASCII-only file imports under any setting', async () => {
    expect(await imported([CP1252], 'windows-1252')).toEqual(EXPECTED);
    const ascii = { ...settings, columns: { id: 'ID', created: 'Created', priority: 'Priority', status: 'Status' }, values: { ...settings.values, priority: { Normal: 'normal' }, status: { Open: 'open' } } };
    const result = await importCsvTickets([Buffer.from('ID;Created;Priority;Status\r\n1;2026-02-03 09:15;Normal;Open\r\n')], { ...ascii, encoding: 'windows-1252' }, { fileName: 'tickets.csv' });
    expect(result.tickets.map((t) => t.id)).toEqual(['1']);
  });
});
