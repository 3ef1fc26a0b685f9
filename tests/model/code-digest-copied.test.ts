// A code digest's record (scripts/model/code-digest.ts) against what reinstalls and copies do to files: npm ci
// extracts every package file under one fixed mtime (1985-10-26), so a package at another version can have a
// manifest of the same size and the same mtime; a repository copied with its times (cp -a, rsync -a), to another
// folder or back to the same one (another machine), keeps every size and mtime and copies the record too. Each time
// the record is dated after every file (as a record written later would be), so only the stats can tell.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { codeDigest, type CodeSources } from '../../scripts/model/code-digest.ts';

const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** npm's fixed mtime for every file it extracts. */
const NPM_MTIME = Date.parse('1985-10-26T08:15:00Z') / 1000;
/** A time after every file's change time (the record dated then is later than all of them). */
const LATER = Date.parse('2099-01-01T00:00:00Z') / 1000;

function repository(parent: string) {
  const root = path.join(parent, 'repo');
  mkdirSync(path.join(root, 'src'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  installPackage(root, '1.2.3');
  return root;
}

/** As npm ci: the package's folder removed and extracted again, every file under npm's mtime. */
function installPackage(root: string, version: string) {
  const dir = path.join(root, 'node_modules', 'pkg');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), `{"name":"pkg","version":"${version}"}\n`);
  utimesSync(path.join(dir, 'package.json'), NPM_MTIME, NPM_MTIME);
}

const sources = (root: string): CodeSources => ({
  name: 'test', head: 'format 7\n', files: [{ label: 'src/a.ts', file: path.join(root, 'src', 'a.ts') }],
  packages: ['pkg'], from: pathToFileURL(path.join(root, 'src', 'a.ts')).href, tail: 'tail',
});
const byHand = (root: string, version: string) => createHash('sha256').update('format 7\n').update('src/a.ts\n')
  .update(readFileSync(path.join(root, 'src', 'a.ts'))).update(`pkg@${version}\n`).update('tail').digest('hex');
const recordsOf = (root: string) => path.join(root, 'node_modules', '.cache', 'service-standards');
/** Dates the record in `root`'s cache made for the code at `of` (a copy holds the original's, copied with it). */
const dateRecord = (root: string, of = root) => utimesSync(path.join(recordsOf(root), `code-digest-test-${createHash('sha256').update(sources(of).from).digest('hex').slice(0, 16)}.json`), LATER, LATER);

/** The digest in a process of its own (Node keeps what a package resolves to for the rest of a process). */
function digestInAProcess(root: string): string {
  const script = `const { codeDigest } = await import(${JSON.stringify(pathToFileURL(path.resolve(import.meta.dirname, '../../scripts/model/code-digest.ts')).href)}); process.stdout.write(codeDigest(${JSON.stringify(sources(root))}, ${JSON.stringify(recordsOf(root))}));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('a code digest’s record after a reinstall or a copy', () => {
  it('a package reinstalled at another version, its manifest of the same size under npm’s one mtime: the new version', () => {
    const root = repository(mkdtempSync(path.join(tmpdir(), 'code-digest-copied-')));
    temps.push(path.dirname(root));
    expect(digestInAProcess(root)).toBe(byHand(root, '1.2.3'));
    installPackage(root, '1.2.4');
    dateRecord(root);
    expect(digestInAProcess(root)).toBe(byHand(root, '1.2.4'));
  });

  it('the repository copied with its times to another folder, then a source edited there keeping size and mtime: the copy’s bytes', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'code-digest-copied-'));
    temps.push(parent);
    const root = repository(parent);
    utimesSync(path.join(root, 'src', 'a.ts'), NPM_MTIME, NPM_MTIME);
    const original = codeDigest(sources(root), recordsOf(root));
    const copy = path.join(parent, 'copy');
    execFileSync('cp', ['-a', root, copy]);
    writeFileSync(path.join(copy, 'src', 'a.ts'), 'export const a = 2;\n');
    utimesSync(path.join(copy, 'src', 'a.ts'), NPM_MTIME, NPM_MTIME);
    dateRecord(copy, root);
    expect(codeDigest(sources(copy), recordsOf(copy))).toBe(byHand(copy, '1.2.3'));
    expect(byHand(copy, '1.2.3')).not.toBe(original);
  });

  it('the repository moved away and copied back to the same path with its times (another machine’s checkout): other inodes, the bytes hashed', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'code-digest-copied-'));
    temps.push(parent);
    const root = repository(parent);
    codeDigest(sources(root), recordsOf(root));
    renameSync(root, path.join(parent, 'elsewhere'));
    execFileSync('cp', ['-a', path.join(parent, 'elsewhere'), root]);
    // Only the source changed, in the copy back: same size, its mtime copied.
    const a = path.join(root, 'src', 'a.ts');
    const { mtime } = statSync(a);
    writeFileSync(a, 'export const a = 3;\n');
    utimesSync(a, mtime, mtime);
    dateRecord(root);
    expect(codeDigest(sources(root), recordsOf(root))).toBe(byHand(root, '1.2.3'));
  });
});
