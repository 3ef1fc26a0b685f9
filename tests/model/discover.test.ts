import { execFileSync } from 'node:child_process';
import { closeSync, constants, cpSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import { FIXTURES } from './corpus.ts';

const temps: string[] = [];
const fifos: string[] = [];
afterEach(() => {
  // A read left waiting on a FIFO (the code before the fix) holds a thread of Node's pool: give it its end of file.
  for (const fifo of fifos.splice(0)) {
    try { closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)); } catch { /* no reader waits */ }
  }
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function baseRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'standards-discover-'));
  temps.push(dir);
  cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  return dir;
}

const where = (f: { file: string; severity: string; message: string; rule: string }) => `${f.file} ${f.severity} ${f.rule}: ${f.message}`;

describe('finding the documents under standards/', () => {
  it('reports a document whose extension is not lower-case .yaml instead of skipping it', async () => {
    const root = baseRepo();
    renameSync(path.join(root, 'standards/service-levels/csat.yaml'), path.join(root, 'standards/service-levels/csat.YAML'));
    writeFileSync(path.join(root, 'standards/service-levels/notes.Yml'), 'kind: Standard\n');
    const { model, findings } = await loadStandardsModel({ root, today: '2026-11-23' });
    expect(findings.filter((f) => f.rule === 'file').map(where)).toEqual([
      'standards/service-levels/csat.YAML error file: not read: document files end in lower-case .yaml, got "csat.YAML" — rename it to "csat.yaml"',
      'standards/service-levels/notes.Yml error file: not read: document files end in lower-case .yaml, got "notes.Yml" — rename it to "notes.yml"',
    ]);
    expect(model).toBeNull();
  });

  it('reads a symlink to a document inside the repository under the symlink\'s name', async () => {
    const root = baseRepo();
    mkdirSync(path.join(root, 'shared'));
    renameSync(path.join(root, 'standards/service-levels/csat.yaml'), path.join(root, 'shared/csat.yaml'));
    symlinkSync('../../shared/csat.yaml', path.join(root, 'standards/service-levels/csat.yaml'));
    const { model, findings } = await loadStandardsModel({ root, today: '2026-11-23' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(model!.standards.map((s) => s.id)).toContain('csat');
  });

  it('refuses a symlink that leads outside the repository, a dangling one and a symlinked folder', async () => {
    const root = baseRepo();
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    temps.push(outside);
    cpSync(path.join(root, 'standards/service-levels/csat.yaml'), path.join(outside, 'csat.yaml'));
    rmSync(path.join(root, 'standards/service-levels/csat.yaml'));
    symlinkSync(path.join(outside, 'csat.yaml'), path.join(root, 'standards/service-levels/csat.yaml'));
    symlinkSync('missing.yaml', path.join(root, 'standards/service-levels/gone.yaml'));
    symlinkSync(outside, path.join(root, 'standards/more'));
    const { model, findings } = await loadStandardsModel({ root, today: '2026-11-23' });
    expect(findings.filter((f) => f.rule === 'file').map(where)).toEqual([
      'standards/more error file: symlink leads outside the repository, so the document would not be reviewed with it: copy the file into standards/ instead',
      'standards/service-levels/csat.yaml error file: symlink leads outside the repository, so the document would not be reviewed with it: copy the file into standards/ instead',
      'standards/service-levels/gone.yaml error file: symlink leads to nothing: point it at a document inside the repository, or remove it',
    ]);
    expect(model).toBeNull();
  });

  it('reports a symlinked folder inside the repository', async () => {
    const root = baseRepo();
    mkdirSync(path.join(root, 'extra'));
    symlinkSync('../extra', path.join(root, 'standards/extra'));
    const { findings } = await loadStandardsModel({ root, today: '2026-11-23' });
    expect(findings.filter((f) => f.rule === 'file').map(where)).toEqual([
      'standards/extra error file: symlinked folder is not read: move its documents into standards/ or link each file',
    ]);
  });

  it('reports a FIFO named like a document, and a symlink to one, without reading either (a read would wait forever)', async () => {
    const root = baseRepo();
    mkdirSync(path.join(root, 'pipes'));
    for (const fifo of ['standards/teams/pipe.yaml', 'pipes/feed']) {
      execFileSync('mkfifo', [path.join(root, fifo)]);
      fifos.push(path.join(root, fifo));
    }
    symlinkSync('../../pipes/feed', path.join(root, 'standards/service-levels/feed.yaml'));
    const { model, findings } = await loadStandardsModel({ root, today: '2026-11-23' });
    expect(findings.map(where)).toEqual([
      'standards/service-levels/feed.yaml error file: symlink leads to a named pipe (FIFO), not a file: point it at a document, or remove it',
      'standards/teams/pipe.yaml error file: not read: "pipe.yaml" is a named pipe (FIFO), not a file: replace it with the document itself',
    ]);
    expect(model).toBeNull();
  }, 20_000);

  it('refuses a document larger than 1 MiB by its size, unread: one of 3 GiB (sparse here) is a finding, not a crash', async () => {
    const root = baseRepo();
    const huge = path.join(root, 'standards/service-levels/huge.yaml');
    writeFileSync(huge, 'kind: Standard\n');
    truncateSync(huge, 3 * 1024 ** 3);
    const { model, findings } = await loadStandardsModel({ root, today: '2026-11-23' });
    expect(findings.map(where)).toEqual([
      'standards/service-levels/huge.yaml error size: file is 3072.0 MiB, more than the 1.0 MiB a document may have: split it or remove what does not belong',
    ]);
    expect(model).toBeNull();
  });
});
