// What stands at a code digest's record path need not be a record (scripts/model/code-digest.ts): a named pipe
// (nothing ever writes to it: a read would wait for good, and every run with it), a link to a device that never
// ends, a folder. None is read: the digest is hashed, and the next record replaces a pipe or a link by a rename.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeSources } from '../../scripts/model/code-digest.ts';

const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

const CODE_DIGEST = path.resolve(import.meta.dirname, '../../scripts/model/code-digest.ts');

function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'code-digest-odd-'));
  temps.push(root);
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  mkdirSync(path.join(root, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules', 'pkg', 'package.json'), '{"name":"pkg","version":"1.2.3"}\n');
  const records = path.join(root, 'records');
  mkdirSync(records);
  const sources: CodeSources = {
    name: 'test', head: 'format 7\n', files: [{ label: 'src/a.ts', file: path.join(root, 'src', 'a.ts') }],
    packages: ['pkg'], from: pathToFileURL(path.join(root, 'src', 'a.ts')).href, tail: 'tail',
  };
  const expected = createHash('sha256').update('format 7\n').update('src/a.ts\nexport const a = 1;\n').update('pkg@1.2.3\n').update('tail').digest('hex');
  return { records, sources, expected, record: path.join(records, `code-digest-test-${createHash('sha256').update(sources.from).digest('hex').slice(0, 16)}.json`) };
}

/** The digest in a process of its own, given 20 s: a run that waits on the record fails the test, not the suite. */
function digestInAProcess(sources: CodeSources, records: string): string {
  const script = `const { codeDigest } = await import(${JSON.stringify(pathToFileURL(CODE_DIGEST).href)}); process.stdout.write(codeDigest(${JSON.stringify(sources)}, ${JSON.stringify(records)}));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' });
}

describe('a code digest’s record path holding something else', () => {
  it('a named pipe: not read (nothing waits on it), and replaced by a record', () => {
    const p = project();
    execFileSync('mkfifo', [p.record]);
    expect(digestInAProcess(p.sources, p.records)).toBe(p.expected);
    expect(lstatSync(p.record).isFile()).toBe(true);
    expect(digestInAProcess(p.sources, p.records)).toBe(p.expected);
  });

  it('a link to a device that never ends (/dev/zero): not read, and replaced by a record', () => {
    const p = project();
    symlinkSync('/dev/zero', p.record);
    expect(digestInAProcess(p.sources, p.records)).toBe(p.expected);
    expect(lstatSync(p.record).isFile()).toBe(true);
  });

  it('a folder: hashed every time, the folder left as it is', () => {
    const p = project();
    mkdirSync(p.record);
    expect(digestInAProcess(p.sources, p.records)).toBe(p.expected);
    expect(lstatSync(p.record).isDirectory()).toBe(true);
  });
});
