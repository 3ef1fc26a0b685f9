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
import { accountLogins, sameLogin } from '../engine/people-records.ts';
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
 * GitHub account's logins are those on record for its id across every SOP and version (people-records.ts
 * `accountLogins`, case aside: a change of case is no rename): a record made or read again tonight lists them all,
 * so a member renamed on GitHub who acknowledges a new version keeps the older logins there too, and it still counts
 * for the handle the Team document lists. `renamed`: each account whose newest login on record is another tonight.
 */
export function mergeAcknowledgements(stored: readonly AcknowledgementRecord[], incoming: readonly AcknowledgementRecord[]): MergedAcknowledgements {
  const byIdentity = new Map<string, AcknowledgementRecord>();
  for (const r of stored) byIdentity.set(acknowledgementIdentity(r), { ...r });
  const loginsOf = accountLogins(stored);
  const newestStored = new Map([...loginsOf].map(([id, logins]) => [id, logins[logins.length - 1]!]));
  const added: AcknowledgementRecord[] = [];
  for (const r of incoming) {
    let logins: string[] | null = null;
    if (r.githubId !== undefined) {
      const known = loginsOf.get(r.githubId) ?? [];
      logins = known.some((l) => sameLogin(l, r.person)) ? known : [...known, r.person];
      loginsOf.set(r.githubId, logins);
    }
    const id = acknowledgementIdentity(r);
    const before = byIdentity.get(id);
    if (before === undefined) {
      const record: AcknowledgementRecord = logins === null ? { ...r } : { ...r, logins: [...logins] };
      byIdentity.set(id, record);
      added.push(record);
      continue;
    }
    if (logins !== null && before.person !== r.person) {
      // Read tonight under another login (or another case of it): the record says so and lists every login on record.
      if (!sameLogin(before.person, r.person) || (before.logins ?? [before.person]).length < logins.length) before.logins = [...logins];
      before.person = r.person;
    }
    if (r.at < before.at) {
      before.at = r.at;
      before.via = r.via;
    }
  }
  const renamed: [string, string][] = [];
  for (const [id, old] of newestStored) {
    const logins = loginsOf.get(id)!;
    const newest = logins[logins.length - 1]!;
    if (!sameLogin(old, newest)) renamed.push([old, newest]);
  }
  return { records: [...byIdentity.values()], added, renamed };
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
