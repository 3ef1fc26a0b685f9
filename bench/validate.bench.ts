// npm run bench:validate — generates 2,000 documents and prints how long validating them takes, and the
// whole-process time of `standards validate` on a repository with a single file. Targets: < 2 s and < 0.5 s.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { validateDocuments, type DocumentFile } from '../scripts/model/load.ts';
import { createSchemaValidator } from '../scripts/model/schema-validator.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const encode = (text: string) => new TextEncoder().encode(text);

function generatedDocuments(count: number): DocumentFile[] {
  const files: DocumentFile[] = [
    { file: 'standards/teams/support.yaml', bytes: encode('kind: Team\nid: support\nname: Support\nmembers: [ana-lopez]\n') },
    { file: 'standards/calendars/office.yaml', bytes: encode('kind: Calendar\nid: office\nname: Office\ntimezone: Europe/Dublin\nhours:\n  monday: [09:00-17:00]\n  tuesday: [09:00-17:00]\n  wednesday: [09:00-17:00]\n  thursday: [09:00-17:00]\n  friday: [09:00-17:00]\nholidays:\n  - { date: 2026-12-25, name: Christmas Day }\n') },
  ];
  for (let i = 0; files.length < count; i++) {
    const id = `standard-${i}`;
    files.push({ file: `standards/service-levels/${id}.yaml`, bytes: encode(`kind: Standard\nid: ${id}\ntitle: Tickets get a first reply within ${i % 8 + 1} business hours\ndimension: responsiveness\nmetric: first_response_time\nscope: { priority: [high, urgent], channel: [email, web] }\nthreshold: ${i % 8 + 1}h\ncalendar: office\nobjective: 95%\nwindow: 30d\nowner: support\neffective: 2026-01-01\nreview: { every: 6mo, last: 2026-09-01 }\nrationale: Generated for the validation benchmark, standard number ${i}.\n`) });
    if (files.length >= count) break;
    const sop = `sop-${i}`;
    const steps = Array.from({ length: 5 }, (_, s) => `  - id: step-${s}\n    title: Step ${s} of the procedure\n    instructions: |\n      Do **step ${s}** carefully and record it in the ticket.\n    within: ${s + 1}h\n    role: agent\n`).join('');
    files.push({ file: `standards/sops/${sop}.yaml`, bytes: encode(`kind: SOP\nid: ${sop}\ntitle: Procedure ${i}\nversion: 2\nstatus: active\nowner: support\nserves: [standard-${i}]\nsteps:\n${steps}review: { every: 6mo, last: 2026-09-01 }\nchangelog:\n  - { version: 2, date: 2026-09-01, summary: Second version. }\n  - { version: 1, date: 2026-01-01, summary: First version. }\n`) });
  }
  return files;
}

export function benchValidate(count = 2000): { documents: number; compileMs: number; validateMs: number; findings: number } {
  const files = generatedDocuments(count);
  let t = performance.now();
  const validator = createSchemaValidator();
  const compileMs = performance.now() - t;
  validateDocuments(files.slice(0, 20), { today: '2026-11-23', validator }); // warm up the JIT on a few
  t = performance.now();
  const result = validateDocuments(files, { today: '2026-11-23', validator });
  const validateMs = performance.now() - t;
  return { documents: files.length, compileMs, validateMs, findings: result.findings.length };
}

/** Median wall time of `standards validate` as a process (Node start included) over a repository of `files`. */
function processMedian(files: DocumentFile[], runs: number): { medianMs: number; minMs: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-validate-'));
  try {
    for (const { file, bytes } of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), bytes);
    }
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const child = spawnSync(process.execPath, [path.join(root, 'scripts/cli.ts'), 'validate', '--root', dir], { encoding: 'utf8' });
      times.push(performance.now() - t);
      if (child.status !== 0) throw new Error(`validate failed: ${child.stderr}`);
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchSingleFileProcess(runs = 7): { medianMs: number; minMs: number } {
  return processMedian([{ file: 'standards/teams/support.yaml', bytes: encode('kind: Team\nid: support\nname: Support\nmembers: [ana-lopez]\n') }], runs);
}

export function benchManyFilesProcess(count = 2000, runs = 5): { medianMs: number; minMs: number } {
  return processMedian(generatedDocuments(count), runs);
}

function nodeStartMs(runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

if (import.meta.main) {
  const many = benchValidate();
  console.log(`in process, ${many.documents} documents: ${many.validateMs.toFixed(0)} ms, schema compile ${many.compileMs.toFixed(0)} ms, ${many.findings} findings`);
  const manyProcess = benchManyFilesProcess();
  console.log(`whole process, ${many.documents} documents: median ${manyProcess.medianMs.toFixed(0)} ms, best ${manyProcess.minMs.toFixed(0)} ms (target < 2000 ms)`);
  const one = benchSingleFileProcess();
  console.log(`whole process, one file: median ${one.medianMs.toFixed(0)} ms, best ${one.minMs.toFixed(0)} ms (target < 500 ms); Node's own start ${nodeStartMs().toFixed(0)} ms`);
}
