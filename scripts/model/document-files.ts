// The document files of standards/: which files are read (discovery, with a finding for every file that looks like a
// document and is not read), their bytes, and how those findings join a load's. Apart from load.ts (which parses
// and validates them) so that a command taking a kept model (model-cache.ts) does not load the YAML parser.

import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, sortFindings, type Finding } from './findings.ts';
import type { DocumentFile, LoadResult } from './load.ts';

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
 * symlink that leads outside the repository or nowhere, and a symlinked folder are findings. A symlink to a
 * file inside the repository is read under the symlink's own path (its id must match that name).
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
      if ((await stat(full)).isDirectory()) {
        problem(file, 'symlinked folder is not read: move its documents into standards/ or link each file', 'file');
        continue;
      }
    } else if (!entry.isFile()) {
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

/** The document files under standards/ (path and bytes), and the findings about files that are not read. */
export const readStandardsFiles = (async function readStandardsFiles(root: string, dir?: string): Promise<{ files: DocumentFile[]; findings: Finding[] }> {
  const discovered = await discoverStandardsFiles(root, dir);
  const files = await Promise.all(discovered.files.map(async (file) => ({ file, bytes: new Uint8Array(await readFile(path.join(root, file))) })));
  return { files, findings: discovered.findings };
});

/** A load's result with the findings about files that were not read: any error among them means no model. */
export const withFileFindings = (function withFileFindings<T extends Pick<LoadResult, 'model' | 'findings'>>(result: T, fileFindings: readonly Finding[]): T {
  if (!fileFindings.length) return result;
  const findings = sortFindings([...result.findings, ...fileFindings]);
  return { ...result, findings, model: hasErrors(findings) ? null : result.model };
});

