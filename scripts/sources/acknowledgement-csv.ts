// SOP acknowledgements made outside GitHub (a learning platform, a form), imported from their export
// (`source.acknowledgements.csv`) by the fetch step, with the ticket CSV's rules: every problem of every row
// at once, and nothing imported while one remains (unless `skipBadRows`). A person is whoever the Team
// documents say the row's handle, e-mail or staff id is; someone no team lists cannot be counted and is a
// problem of the row, not a silent drop. The same person acknowledging the same version twice is one
// acknowledgement, at the earlier time.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AcknowledgementRecord } from '../model/documents.generated.ts';
import type { AcknowledgementCsvSettings, StandardsModel } from '../model/model.ts';
import { peopleDirectory } from '../model/people.ts';
import { didYouMean } from '../model/suggest.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../store/atomic-write.ts';
import { mergeAcknowledgements, readAcknowledgementImportState, readAcknowledgements, writeAcknowledgementImportState, writeAcknowledgements } from '../store/acknowledgement-store.ts';
import { CsvImportError, TimestampReader, TIMESTAMP_EXPECTED } from './csv.ts';
import { readCsvRows, RowProblems, settleProblems } from './csv-rows.ts';
import { formatInstant } from './instants.ts';
import type { RejectedRecord } from './source.ts';
import { quotedValue } from './quoted-value.ts';

export const ACKNOWLEDGEMENT_SETTING = 'source.acknowledgements.csv';

/** How far past the import an acknowledgement may be dated (clocks differ by minutes, never by days). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export async function readAcknowledgementCsv(
  input: Readable | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  settings: AcknowledgementCsvSettings,
  model: Pick<StandardsModel, 'sops' | 'teams'>,
  options: { fileName: string; nowMs: number },
): Promise<{ records: AcknowledgementRecord[]; rejected: RejectedRecord[]; rows: number }> {
  const { fileName } = options;
  const timestamps = new TimestampReader(settings.timezone);
  const directory = peopleDirectory(model.teams);
  const sops = new Map(model.sops.map((s) => [s.id, s]));
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(settings.columns)) columns[`columns.${field}`] = column;
  const records: AcknowledgementRecord[] = [];
  const found = new RowProblems();

  const { rows } = await readCsvRows(input, { fileName, delimiter: settings.delimiter, setting: ACKNOWLEDGEMENT_SETTING, columns }, {
    onBadRow: (problem) => found.add([problem]),
    onRow({ line, values }) {
      const problems: RejectedRecord[] = [];
      const get = (field: keyof AcknowledgementCsvSettings['columns']) => values.get(settings.columns[field].trim()) ?? '';
      const problem = (field: keyof AcknowledgementCsvSettings['columns'], reason: string) => problems.push({ where: `${fileName} row ${line}, column "${settings.columns[field]}"`, reason });

      const sopText = get('sop');
      const sopId = Object.entries(settings.values.sop).find(([name]) => name.toLowerCase() === sopText.toLowerCase())?.[1] ?? sopText;
      const sop = sops.get(sopId) ?? null;
      if (sopText === '') problem('sop', 'empty — every acknowledgement names the SOP');
      else if (sop === null) problem('sop', `${quotedValue(sopText)} is not an SOP${didYouMean(sopId, [...sops.keys()]) || ` — known SOPs: ${[...sops.keys()].join(', ') || 'none'}`}, or map it in ${ACKNOWLEDGEMENT_SETTING}.values.sop`);

      const versionText = get('version').replace(/^v/i, '');
      let version: number | null = null;
      if (!/^\d+$/.test(versionText) || Number(versionText) < 1) problem('version', `${quotedValue(get('version'))} is not a version — expected a whole number like 3`);
      else {
        version = Number(versionText);
        if (sop !== null && version > sop.version) problem('version', `version ${version} of ${sop.id} does not exist: the SOP is at version ${sop.version}`);
      }

      const personText = get('person');
      const person = personText === '' ? null : directory.find(personText);
      if (personText === '') problem('person', 'empty — every acknowledgement names who made it');
      else if (person === null) problem('person', `row ${line}'s person is in no Team document — add them to a team's members (github, email or staffId) so their acknowledgement counts`);

      const atText = get('at');
      const atMs = atText === '' ? null : timestamps.read(atText);
      if (atText === '') problem('at', 'empty — every acknowledgement needs the time it was made');
      else if (atMs === null) problem('at', `${quotedValue(atText)} is not a date — ${TIMESTAMP_EXPECTED}`);
      else if (atMs > options.nowMs + FUTURE_TOLERANCE_MS) problem('at', `${quotedValue(atText)} is after the import (${formatInstant(options.nowMs)})`);

      if (problems.length > 0 || sop === null || version === null || person === null || atMs === null) {
        found.add(problems);
        return;
      }
      records.push({ sop: sop.id, version, person: person.key, at: formatInstant(atMs), via: 'csv' });
    },
  });
  const rejected = settleProblems(fileName, ACKNOWLEDGEMENT_SETTING, rows, found, settings.skipBadRows);
  return { records, rejected, rows };
}

export interface AcknowledgementImportSummary { read: boolean; rows: number; added: number; rejected: RejectedRecord[]; written: boolean }

/** The fetch step's import of the acknowledgements export into the store (null when none is configured). */
export async function importAcknowledgements(options: {
  model: StandardsModel; root: string; storeDir: string; now: Date; fs?: StoreFileSystem; dryRun?: boolean; log: (line: string) => void;
}): Promise<AcknowledgementImportSummary | null> {
  const settings = options.model.pipeline.acknowledgementSource ?? null;
  if (settings === null) return null;
  const fs = options.fs ?? nodeStoreFileSystem;
  const file = path.resolve(options.root, settings.path);
  const hash = createHash('sha256').update(JSON.stringify([settings, options.model.sops.map((s) => [s.id, s.version]), options.model.teams.map((t) => [t.id, t.people ?? t.members])]));
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CsvImportError(`${ACKNOWLEDGEMENT_SETTING}.path: cannot read "${settings.path}" (${code ?? (error as Error).message}) — the path is relative to the repository root`, [], 0);
  }
  const fingerprint = hash.digest('hex');
  const state = await readAcknowledgementImportState(fs, options.storeDir);
  if (state.fingerprint === fingerprint) {
    options.log('acknowledgements: the export is unchanged');
    return { read: false, rows: 0, added: 0, rejected: state.rejected, written: false };
  }
  const result = await readAcknowledgementCsv(createReadStream(file), settings, options.model, { fileName: settings.path, nowMs: options.now.getTime() });
  const merged = mergeAcknowledgements(await readAcknowledgements(fs, options.storeDir), result.records);
  options.log(`acknowledgements: ${merged.added.length} new from ${result.rows} rows${result.rejected.length ? `, ${result.rejected.length} row problem(s) skipped (skipBadRows)` : ''}`);
  if (options.dryRun) return { read: true, rows: result.rows, added: merged.added.length, rejected: result.rejected, written: false };
  const wrote = await writeAcknowledgements(fs, options.storeDir, merged.records);
  const wroteState = await writeAcknowledgementImportState(fs, options.storeDir, { fingerprint, rejected: result.rejected });
  return { read: true, rows: result.rows, added: merged.added.length, rejected: result.rejected, written: wrote || wroteState };
}
