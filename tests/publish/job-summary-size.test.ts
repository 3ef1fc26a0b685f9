// GitHub's runner uploads no step summary over 1 MiB: it drops the whole file and says only that it was too large
// (actions/runner FileCommandManager.cs, AttachmentSizeLimit). A summary that would pass it keeps its first lines.

import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendJobSummary, type CommandIO } from '../../scripts/commands/io.ts';
import { formatFindingsSummary } from '../../scripts/publish/annotations.ts';
import type { Finding } from '../../scripts/model/findings.ts';
import { tempDir } from '../process-fixtures.ts';

/** The runner's AttachmentSizeLimit. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function summaryFile(before = ''): { io: CommandIO; file: string } {
  const dir = tempDir('standards-summary-');
  dirs.push(dir);
  const file = path.join(dir, 'step_summary');
  writeFileSync(file, before);
  const io = { root: dir, stdout: () => {}, stderr: () => {}, env: { GITHUB_STEP_SUMMARY: file }, color: false, now: () => new Date(0) } as CommandIO;
  return { io, file };
}

describe('the job summary within GitHub\'s 1 MiB a step', () => {
  it('a validation with 6,000 findings keeps its first rows whole and says it was cut, under 1 MiB', async () => {
    const findings: Finding[] = Array.from({ length: 6000 }, (_, i) => ({
      file: `standards/sops/imported-${String(i).padStart(4, '0')}.yaml`, line: 3, col: 1, severity: 'error', rule: 'schema',
      message: `missing required property "owner" — Id of the Team accountable for this SOP; the imported document ${i} names none (é)`,
    }));
    const text = formatFindingsSummary(findings);
    expect(Buffer.byteLength(text)).toBeGreaterThan(STEP_SUMMARY_LIMIT_BYTES);
    const { io, file } = summaryFile('earlier step output\n');
    await appendJobSummary(io, text);
    const size = statSync(file).size;
    expect(size).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    const written = readFileSync(file, 'utf8');
    const kept = written.slice('earlier step output\n'.length, written.indexOf('\n\n✂️'));
    // Whole lines of the summary, from its start.
    expect(text.startsWith(kept)).toBe(true);
    expect(kept.endsWith('|\n')).toBe(true);
    const left = Buffer.byteLength(text) - Buffer.byteLength(kept);
    expect(written.slice(written.indexOf('\n\n✂️'))).toBe(`\n\n✂️ **Cut short**: ${left.toLocaleString('en-US')} more bytes of this summary did not fit in GitHub's 1 MiB for a step's summary (a larger one is not shown at all); the step's log has every line.\n`);
  });

  it('a summary that fits is appended whole, and one appended to a full file adds nothing', async () => {
    const { io, file } = summaryFile('a\n');
    await appendJobSummary(io, '### b\n');
    expect(readFileSync(file, 'utf8')).toBe('a\n### b\n');
    writeFileSync(file, 'x'.repeat(STEP_SUMMARY_LIMIT_BYTES - 10));
    await appendJobSummary(io, 'y\n'.repeat(100));
    expect(statSync(file).size).toBe(STEP_SUMMARY_LIMIT_BYTES - 10);
  });

  // A cut inside an open fence or <details> left the note, and on GitHub's page everything after it, inside the block.
  const cutNote = (left: number) => `\n\n✂️ **Cut short**: ${left.toLocaleString('en-US')} more bytes of this summary did not fit in GitHub's 1 MiB for a step's summary (a larger one is not shown at all); the step's log has every line.\n`;
  const row = (i: number) => `| \`standards/sops/s-${String(i).padStart(5, '0')}.yaml\` | step added |\n`;
  const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i)).join('');

  it.each([
    {
      name: 'a <details> section',
      head: '## Standards review\n\n<details><summary>What changes</summary>\n\n| file | change |\n| --- | --- |\n',
      tail: '\n</details>\n\nafter\n',
      closing: '\n</details>\n',
    },
    {
      name: 'a code fence inside two <details> sections',
      head: '<details open><summary>a</summary>\n\n<details>\n<summary>b</summary>\n\n~~~~text\n',
      tail: '~~~~\n\n</details>\n\n</details>\n',
      closing: '~~~~\n\n</details>\n\n</details>\n',
    },
    {
      name: 'a backtick fence after closed ones (a ``` line inside a ~~~ fence, a <details> in a fence)',
      head: '<details><summary>x</summary>\n\n</details>\n\n~~~\n```\n<details>\n~~~\n\n````md\n```\n',
      tail: '````\n',
      closing: '````\n',
    },
  ])('a cut inside $name closes what is open before the note', async ({ head, tail, closing }) => {
    const before = 'earlier step output\n';
    const text = `${head}${rows(30_000)}${tail}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(STEP_SUMMARY_LIMIT_BYTES);
    const { io, file } = summaryFile(before);
    await appendJobSummary(io, text);
    const written = readFileSync(file, 'utf8');
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    // As many whole rows as fit with the closing and the note; one more would not.
    // Every row has the same length.
    const rowBytes = Buffer.byteLength(row(0));
    const bytesOf = (n: number) => Buffer.byteLength(`${before}${head}${closing}`) + n * rowBytes + Buffer.byteLength(cutNote(Buffer.byteLength(text) - Buffer.byteLength(head) - n * rowBytes));
    let kept = Math.floor((STEP_SUMMARY_LIMIT_BYTES - bytesOf(0)) / rowBytes);
    while (bytesOf(kept) > STEP_SUMMARY_LIMIT_BYTES) kept--;
    while (bytesOf(kept + 1) <= STEP_SUMMARY_LIMIT_BYTES) kept++;
    expect(kept).toBeGreaterThan(1000);
    const left = Buffer.byteLength(text) - Buffer.byteLength(`${head}${rows(kept)}`);
    expect(written === `${before}${head}${rows(kept)}${closing}${cutNote(left)}`).toBe(true);
  });

  it('a cut after a closed <details> adds nothing before the note', async () => {
    const text = `<details><summary>a</summary>\n\nb\n\n</details>\n\n${rows(30_000)}`;
    const { io, file } = summaryFile();
    await appendJobSummary(io, text);
    const written = readFileSync(file, 'utf8');
    const kept = written.slice(0, written.indexOf('\n\n✂️'));
    expect(kept.endsWith('yaml` | step added |\n')).toBe(true);
    expect(text.startsWith(kept)).toBe(true);
  });
});
