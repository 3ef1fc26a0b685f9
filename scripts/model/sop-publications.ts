// When each version of each SOP was published: the commit that first raised the file's `version` to it on the
// branch the nightly job runs on (the default branch). Two git processes whatever the number of SOPs and
// commits: one `git log --raw` for the blobs, one `git cat-file --batch` for their text (the same plumbing as
// standard-history.ts). Only the `version` field is read from each blob. Outside git, or for a version not
// committed yet, there is no publication: the report says so rather than guessing a date.

import { parse } from 'yaml';
import { parseCatFileBatch, runGitProcess, type GitProcess } from './git-history.ts';
import type { SopDefinition } from './model.ts';

export interface SopPublication { version: number; publishedMs: number; commit: string }

export interface SopPublicationsResult {
  /** Per SOP id, the versions published, oldest first. */
  publications: Map<string, SopPublication[]>;
  /** Why history could not be read, or null. */
  unavailable: string | null;
}

const RECORD = '\u001e';
const FIELD = '\u001f';
const NO_BLOB = /^0+$/;

function versionIn(bytes: Uint8Array | undefined): number | null {
  if (bytes === undefined) return null;
  try {
    const value = (parse(new TextDecoder().decode(bytes)) as { version?: unknown } | null)?.version;
    return Number.isInteger(value) ? (value as number) : null;
  } catch {
    return null;
  }
}

export async function readSopPublications(root: string, sops: readonly Pick<SopDefinition, 'id' | 'origin'>[], git: GitProcess = runGitProcess): Promise<SopPublicationsResult> {
  const publications = new Map<string, SopPublication[]>();
  if (sops.length === 0) return { publications, unavailable: null };
  const idOf = new Map(sops.map((s) => [s.origin.file, s.id]));
  let log: string;
  try {
    log = (await git(['log', '--relative', '--raw', '--no-abbrev', '--no-renames', `--format=${RECORD}%H${FIELD}%cI`, '--', ...idOf.keys()], root)).toString('utf8');
  } catch (error) {
    return { publications, unavailable: error instanceof Error ? error.message : String(error) };
  }
  // git log is newest first.
  const changes: { commit: string; at: string; file: string; blob: string }[] = [];
  for (const record of log.split(RECORD)) {
    const [head = '', ...lines] = record.split('\n');
    const [commit, at] = head.split(FIELD);
    if (!commit || !at) continue;
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (!line.startsWith(':') || tab < 0) continue;
      const blob = line.slice(1, tab).split(' ')[3];
      const file = line.slice(tab + 1);
      if (blob && !NO_BLOB.test(blob) && idOf.has(file)) changes.push({ commit, at, file, blob });
    }
  }
  if (changes.length === 0) return { publications, unavailable: null };
  let blobs: Map<string, Uint8Array>;
  try {
    blobs = parseCatFileBatch(await git(['cat-file', '--batch'], root, Buffer.from(`${[...new Set(changes.map((c) => c.blob))].join('\n')}\n`)));
  } catch (error) {
    return { publications, unavailable: error instanceof Error ? error.message : String(error) };
  }
  const highest = new Map<string, number>();
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    const version = versionIn(blobs.get(change.blob));
    const id = idOf.get(change.file)!;
    if (version === null || version <= (highest.get(id) ?? 0)) continue;
    highest.set(id, version);
    const list = publications.get(id) ?? [];
    list.push({ version, publishedMs: Date.parse(change.at), commit: change.commit });
    publications.set(id, list);
  }
  return { publications, unavailable: null };
}
