// The document files of standards/: which files are read (discovery, with a finding for every file that looks like a
// document and is not read), their bytes, and how those findings join a load's. Apart from load.ts (which parses
// and validates them) so that a command taking a kept model (model-cache.ts) does not load the YAML parser.

import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { hasErrors, sortFindings, type Finding } from './findings.ts';
import type { DocumentFile, LoadResult } from './load.ts';

/** A document larger than this is refused unread: no standard, SOP or policy comes near it, and YAML's cost grows with it. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** The finding's message for a document of `size` bytes, more than MAX_DOCUMENT_BYTES. */
export const oversizedDocument = (function oversizedDocument(size: number): string {
  const format = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`);
  return `file is ${format(size)}, more than the ${format(MAX_DOCUMENT_BYTES)} a document may have: split it or remove what does not belong`;
});

/** What a command says when the root has no standards/ folder (discovery fails with ENOENT). */
export const noStandardsFolder = (root: string) => `no standards/ directory in ${root}: run the command from the repository root or pass --root`;

export interface DiscoveredFiles {
  /** Documents to read, relative to `root`, forward slashes, sorted. */
  files: string[];
  /** Files that look like documents but cannot be read as one: a wrong-case extension, a symlink leading out. */
  findings: Finding[];
}

const DOCUMENT_EXTENSION = /\.ya?ml$/;
const DOCUMENT_EXTENSION_ANY_CASE = /\.ya?ml$/i;

/**
 * Every .yaml/.yml file under standards/. Nothing is skipped without a word: a `.YAML` or `.Yml` file, a
 * symlink that leads outside the repository or nowhere, a symlinked folder, and a FIFO, socket or device named like
 * a document (reading a FIFO waits for a writer that never comes) are findings. A symlink to a file inside the
 * repository is read under the symlink's own path (its id must match that name).
 */
export const discoverStandardsFiles = (async function discoverStandardsFiles(root: string, dir = 'standards'): Promise<DiscoveredFiles> {
  const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
  const realRoot = await realpath(root);
  const files: string[] = [];
  const findings: Finding[] = [];
  const relative = (full: string) => path.relative(root, full).split(path.sep).join('/');
  const problem = (file: string, message: string, rule: string) => findings.push({ file, line: 0, col: 0, severity: 'error', message, rule });
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const file = relative(full);
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(full);
      } catch {
        problem(file, 'symlink leads to nothing: point it at a document inside the repository, or remove it', 'file');
        continue;
      }
      const inside = target === realRoot || target.startsWith(realRoot + path.sep);
      if (!inside) {
        problem(file, 'symlink leads outside the repository, so the document would not be reviewed with it: copy the file into standards/ instead', 'file');
        continue;
      }
      const targetStats = await stat(full);
      if (targetStats.isDirectory()) {
        problem(file, 'symlinked folder is not read: move its documents into standards/ or link each file', 'file');
        continue;
      }
      if (!targetStats.isFile()) {
        if (DOCUMENT_EXTENSION_ANY_CASE.test(entry.name)) problem(file, `symlink leads to ${notAFile(targetStats)}, not a file: point it at a document, or remove it`, 'file');
        continue;
      }
    } else if (!entry.isFile()) {
      if (!entry.isDirectory() && DOCUMENT_EXTENSION_ANY_CASE.test(entry.name)) {
        problem(file, `not read: "${entry.name}" is ${notAFile(await stat(full))}, not a file: replace it with the document itself`, 'file');
      }
      continue;
    }
    if (DOCUMENT_EXTENSION.test(entry.name)) {
      files.push(file);
    } else if (DOCUMENT_EXTENSION_ANY_CASE.test(entry.name)) {
      const fixed = entry.name.replace(DOCUMENT_EXTENSION_ANY_CASE, (ext) => ext.toLowerCase());
      problem(file, `not read: document files end in lower-case .yaml, got "${entry.name}" — rename it to "${fixed}"`, 'file');
    }
  }
  return { files: files.sort(), findings };
});

/** What a special file is, in words. */
const notAFile = (function notAFile(stats: Stats): string {
  return stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isSocket() ? 'a socket' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a regular file';
});

/** The document files under standards/ (path and bytes), and the findings about files that are not read. */
export const readStandardsFiles = (async function readStandardsFiles(root: string, dir?: string): Promise<{ files: DocumentFile[]; findings: Finding[] }> {
  const discovered = await discoverStandardsFiles(root, dir);
  const { files, findings } = await readDiscoveredFiles(root, discovered.files);
  return { files, findings: [...discovered.findings, ...findings] };
});

/**
 * The bytes of discovered document files; one larger than MAX_DOCUMENT_BYTES is a finding and is not read (a file of
 * 2 GiB or more would make readFile throw, and a large one costs its size in memory before it is refused).
 */
export const readDiscoveredFiles = (async function readDiscoveredFiles(root: string, names: readonly string[]): Promise<{ files: DocumentFile[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const read = await Promise.all(names.map(async (file) => {
    const full = path.join(root, file);
    const { size } = await stat(full);
    if (size > MAX_DOCUMENT_BYTES) {
      findings.push({ file, line: 0, col: 0, severity: 'error', message: oversizedDocument(size), rule: 'size' });
      return null;
    }
    return { file, bytes: new Uint8Array(await readFile(full)) };
  }));
  return { files: read.filter((f) => f !== null), findings: sortFindings(findings) };
});

/** A load's result with the findings about files that were not read: any error among them means no model. */
export const withFileFindings = (function withFileFindings<T extends Pick<LoadResult, 'model' | 'findings'>>(result: T, fileFindings: readonly Finding[]): T {
  if (!fileFindings.length) return result;
  const findings = sortFindings([...result.findings, ...fileFindings]);
  return { ...result, findings, model: hasErrors(findings) ? null : result.model };
});

