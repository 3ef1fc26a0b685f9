// Who acknowledged which SOP version, kept in the store:
//
//   <store>/acknowledgements.ndjson        one acknowledgement a line (schemas/acknowledgement.schema.json)
//   <store>/acknowledgement-import.json    the acknowledgements export's fingerprint and skipped rows
//
// Written by the nightly actions job (👍 reactions and `/ack` comments on the "Please read" issues) and by the
// fetch step (the export of acknowledgements made elsewhere), each under the store lock and atomically.
// An acknowledgement is a fact about the past: records are only added, never removed. The same person's
// acknowledgement of the same version is one record with the earliest time; a GitHub account is known by its
// numeric id, so a renamed account keeps its acknowledgement and the record lists every login it had.

import path from 'node:path';
import type { AcknowledgementRecord } from '../model/documents.generated.ts';
import { shownPath, writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';
import { readSchemaLines } from './ndjson-lines.ts';
import { StoreError } from './ticket-store.ts';

export const ACKNOWLEDGEMENTS_FILE = 'acknowledgements.ndjson';
export const ACKNOWLEDGEMENT_IMPORT_FILE = 'acknowledgement-import.json';

/** Which records are the same acknowledgement: the same version by the same GitHub account, or the same person. */
export function acknowledgementIdentity(r: Pick<AcknowledgementRecord, 'sop' | 'version' | 'person' | 'githubId'>): string {
  return `${r.sop}\u0000${r.version}\u0000${r.githubId !== undefined ? `github:${r.githubId}` : r.person.toLowerCase()}`;
}

function compare(a: AcknowledgementRecord, b: AcknowledgementRecord): number {
  return a.sop < b.sop ? -1 : a.sop > b.sop ? 1 : a.version - b.version || (a.at < b.at ? -1 : a.at > b.at ? 1 : a.person < b.person ? -1 : a.person > b.person ? 1 : 0);
}

export function acknowledgementLine(r: AcknowledgementRecord): string {
  return JSON.stringify({
    sop: r.sop, version: r.version, person: r.person, at: r.at, via: r.via,
    ...(r.githubId !== undefined ? { githubId: r.githubId } : {}),
    ...(r.logins !== undefined && r.logins.length > 1 ? { logins: r.logins } : {}),
  });
}

export function acknowledgementsText(records: readonly AcknowledgementRecord[]): string {
  return [...records].sort(compare).map((r) => `${acknowledgementLine(r)}\n`).join('');
}

export const readAcknowledgements = (async function readAcknowledgements(fs: StoreFileSystem, storeDir: string): Promise<AcknowledgementRecord[]> {
  return readSchemaLines<AcknowledgementRecord>(fs, path.join(storeDir, ACKNOWLEDGEMENTS_FILE), {
    schema: 'acknowledgement.schema.json',
    record: 'an acknowledgement',
    whenNotJson: "restore the file from git (the standards-data branch keeps every night's)",
    whenNotRecord: 'restore the file from git',
  });
});

export interface MergedAcknowledgements {
  records: AcknowledgementRecord[];
  /** Records new to the store. */
  added: AcknowledgementRecord[];
  /** GitHub accounts seen under a new login: [old login, new login]. */
  renamed: [string, string][];
}

/**
 * Adds `incoming` to `stored` (see the header): nothing is removed, the earliest time wins, logins accumulate. A
 * GitHub account's logins are those on record for its id across every SOP and version: a member renamed on GitHub
 * who acknowledges a new version keeps the older logins there too, so it still counts for the handle the Team
 * document lists (people-records.ts matches a record's logins).
 */
export function mergeAcknowledgements(stored: readonly AcknowledgementRecord[], incoming: readonly AcknowledgementRecord[]): MergedAcknowledgements {
  const byIdentity = new Map<string, AcknowledgementRecord>();
  const loginsOf = new Map<number, string[]>();
  const remember = (githubId: number, logins: readonly string[]) => {
    loginsOf.set(githubId, [...new Set([...(loginsOf.get(githubId) ?? []), ...logins])]);
  };
  for (const r of stored) {
    byIdentity.set(acknowledgementIdentity(r), { ...r });
    if (r.githubId !== undefined) remember(r.githubId, r.logins ?? [r.person]);
  }
  const added: AcknowledgementRecord[] = [];
  const renamed = new Map<string, [string, string]>();
  for (const r of incoming) {
    const id = acknowledgementIdentity(r);
    const before = byIdentity.get(id);
    if (before === undefined) {
      let record: AcknowledgementRecord = { ...r };
      if (r.githubId !== undefined) {
        const known = loginsOf.get(r.githubId) ?? [];
        if (known.length > 0 && !known.includes(r.person)) renamed.set(`${r.githubId}`, [known[known.length - 1]!, r.person]);
        remember(r.githubId, [r.person]);
        record = { ...r, logins: [...new Set([...known, r.person])] };
      }
      byIdentity.set(id, record);
      added.push(record);
      continue;
    }
    if (r.githubId !== undefined && before.person !== r.person) {
      renamed.set(`${r.githubId}`, [before.person, r.person]);
      before.logins = [...new Set([...(before.logins ?? [before.person]), r.person])];
      before.person = r.person;
      remember(r.githubId, before.logins);
    }
    if (r.at < before.at) {
      before.at = r.at;
      before.via = r.via;
    }
  }
  return { records: [...byIdentity.values()], added, renamed: [...renamed.values()] };
}

/** Writes the records atomically; nothing when the bytes would not change. Returns whether it wrote. */
export async function writeAcknowledgements(fs: StoreFileSystem, storeDir: string, records: readonly AcknowledgementRecord[]): Promise<boolean> {
  return writeIfChanged(fs, path.join(storeDir, ACKNOWLEDGEMENTS_FILE), acknowledgementsText(records));
}

export interface AcknowledgementImportState { fingerprint: string | null; rejected: { where: string; reason: string }[] }

export const readAcknowledgementImportState = (async function readAcknowledgementImportState(fs: StoreFileSystem, storeDir: string): Promise<AcknowledgementImportState> {
  const file = path.join(storeDir, ACKNOWLEDGEMENT_IMPORT_FILE);
  const bytes = await fs.readFile(file);
  if (bytes === null) return { fingerprint: null, rejected: [] };
  try {
    const value = JSON.parse(bytes.toString('utf8')) as AcknowledgementImportState;
    if ((value.fingerprint === null || typeof value.fingerprint === 'string') && Array.isArray(value.rejected)) return value;
  } catch {
    // reported below
  }
  throw new StoreError(`${shownPath(file)}: expected { fingerprint, rejected }; delete it and the next run imports the acknowledgements export again`);
});

export async function writeAcknowledgementImportState(fs: StoreFileSystem, storeDir: string, state: AcknowledgementImportState): Promise<boolean> {
  return writeIfChanged(fs, path.join(storeDir, ACKNOWLEDGEMENT_IMPORT_FILE), `${JSON.stringify({ fingerprint: state.fingerprint, rejected: state.rejected }, null, 2)}\n`);
}

async function writeIfChanged(fs: StoreFileSystem, file: string, text: string): Promise<boolean> {
  const before = await fs.readFile(file);
  if (before !== null && before.toString('utf8') === text) return false;
  await fs.mkdir(path.dirname(file));
  await writeFileAtomic(fs, file, text);
  return true;
}
