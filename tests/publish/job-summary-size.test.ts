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
});
