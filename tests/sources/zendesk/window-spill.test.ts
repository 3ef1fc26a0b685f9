// The Zendesk window's scratch folder: its lines are redacted before they touch the disk, and what a killed fetch
// left is swept when the next spill is made (only folders of processes no longer running, only ours).

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactStoredText, runCredentials } from '../../../scripts/model/credential-redaction.ts';
import { createWindowSpill, redactedSpillLine } from '../../../scripts/sources/window-spill.ts';

const temps: string[] = [];
afterAll(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });
const scratch = () => { const dir = mkdtempSync(path.join(tmpdir(), 'standards-spill-test-')); temps.push(dir); return dir; };

const TOKEN = 'SpillUnitTok3nQ7xkP2mWv9';
const payload = runCredentials.basicAuthorization('agent@acme.example/token', TOKEN).slice('Basic '.length);

describe('the window spill', () => {
  it('writes every line redacted, and a line cut inside an escape stays the same JSON value, redacted', async () => {
    const parent = scratch();
    const spill = await createWindowSpill({ parent, bufferBytes: 1 });
    await spill.add(7, 'records', JSON.stringify({ id: 7, tags: ['vip', `Basic ${payload}`] }));
    // The token's 14th character is `n`: after a newline, its tail (`Q7xkP2mWv9`) makes the JSON text `\nQ7xk...`,
    // where the whole-text redaction finds the fragment `nQ7xkP2m` and would cut the escape in two.
    const cut = JSON.stringify({ id: 7, note: `line\n${TOKEN.slice(14)}`, [TOKEN]: 1 });
    expect(() => JSON.parse(redactStoredText(cut)) as unknown).toThrow(SyntaxError);
    await spill.add(7, 'records', cut);
    const [folder] = readdirSync(parent);
    const text = readFileSync(path.join(parent, folder!, 'records-0.ndjson'), 'utf8');
    expect(text).toBe('{"id":7,"tags":["vip","Basic [redacted]"]}\n{"id":7,"note":"line\\n[redacted]","[redacted]":1}\n');
    expect((await spill.read(0, 'records')).map((line) => JSON.parse(line) as unknown)).toEqual([
      { id: 7, tags: ['vip', 'Basic [redacted]'] },
      { id: 7, note: 'line\n[redacted]', '[redacted]': 1 },
    ]);
    await spill.close();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('leaves a line without a credential exactly as it was', () => {
    const line = JSON.stringify({ id: 1, tags: ['a\\b', 'line\nbreak'] });
    expect(redactedSpillLine(line)).toBe(line);
  });

  it('sweeps the window folders of processes no longer running, and nothing else', async () => {
    const parent = scratch();
    for (const name of ['standards-window-4242-aaaaaa', 'standards-window-99999-bbbbbb', 'standards-window-cccccc', 'standards-site-99999-dddddd', 'other-99999-eeeeee']) {
      mkdirSync(path.join(parent, name, 'inside'), { recursive: true });
    }
    const log: string[] = [];
    const spill = await createWindowSpill({ parent, isRunning: (pid) => pid === 4242, log: (line) => log.push(line) });
    const own = readdirSync(parent).filter((name) => name.startsWith(`standards-window-${process.pid}_`));
    expect(own).toHaveLength(1);
    expect(readdirSync(parent).filter((name) => !own.includes(name)).sort()).toEqual(['other-99999-eeeeee', 'standards-site-99999-dddddd', 'standards-window-4242-aaaaaa', 'standards-window-cccccc']);
    expect(log).toEqual([`zendesk: removed 1 window folder(s) a killed fetch left in ${parent}`]);
    await spill.close();
  });
});
