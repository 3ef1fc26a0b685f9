// `standards evaluate` through the CLI: the first run builds the facts cache, the next reads it, `--full`
// reads every day file again; all three write the same report.

import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/site/sample/standards');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'evaluate-command-'));
  await cp(FIXTURE, path.join(root, 'standards'), { recursive: true });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const cacheLine = (stderr: string) => stderr.split('\n').find((line) => line.includes('facts cache:'))?.trim();
const report = async () => JSON.parse(await readFile(path.join(root, 'data', 'report.json'), 'utf8')) as { generatedAt: string };

describe('standards evaluate [--full]', () => {
  it('builds the cache, reads it, and re-reads every day with --full, writing the same report', async () => {
    const fetched = await runCli(['fetch', '--tickets', '600', '--root', root], { now: '2026-11-20T06:00:00Z' });
    expect(fetched.code).toBe(0);
    const first = await runCli(['evaluate', '--root', root, '--now', '2026-11-20T06:00:00Z']);
    expect(first.code).toBe(0);
    expect(cacheLine(first.stderr)).toMatch(/^facts cache: 0 of (\d+) days from the cache, \1 read from the store \[\1 missing \(/);
    const firstReport = await report();

    const second = await runCli(['evaluate', '--root', root, '--now', '2026-11-20T06:00:00Z']);
    expect(second.code).toBe(0);
    expect(cacheLine(second.stderr)).toMatch(/^facts cache: (\d+) of \1 days from the cache.*, 0 read from the store/);
    expect({ ...(await report()), generatedAt: null }).toEqual({ ...firstReport, generatedAt: null });

    const full = await runCli(['evaluate', '--full', '--root', root, '--now', '2026-11-20T06:00:00Z']);
    expect(full.code).toBe(0);
    expect(cacheLine(full.stderr)).toMatch(/^facts cache: full pass, (\d+) day files read and their cache rewritten; counters: \1 made \[\1 --full \(/);
    expect({ ...(await report()), generatedAt: null }).toEqual({ ...firstReport, generatedAt: null });
  });
});
