// `standards explain TICKET`: finds the ticket in the store and prints how it was measured, with the same words
// as the report. A Christmas timeline in the fixture's EMEA calendar (Dublin, 08:00–18:00 on weekdays; Christmas
// Eve open 08:00–13:00, Christmas Day and St Stephen's Day closed), worked out by hand below.

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { runCli } from '../cli-runner.ts';
import { SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';
import { ticket } from './engine-fixtures.ts';

let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'standards-explain-'));
  cpSync(path.join(SAMPLE_ROOT, 'standards'), path.join(root, 'standards'), { recursive: true });
  // X1: urgent e-mail, created Christmas Eve 12:00, never answered.
  await openTicketStore(path.join(root, 'data')).mergeTickets([
    ticket({ id: 'X1', created: '2026-12-24T12:00:00Z', priority: 'urgent', channel: 'email', team: 'support-emea' }),
    ticket({ id: 'X2', created: '2026-12-21T10:00:00Z', priority: 'low' }),
    // X3: the team as a helpdesk gave it, with a terminal's escape sequence and a bidi override in it.
    ticket({ id: 'X3', created: '2026-12-21T10:00:00Z', priority: 'high', channel: 'email', team: 'sales\u001b[2J\u202e' }),
  ]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('standards explain', () => {
  it('prints how the ticket was measured for one standard', async () => {
    const result = await runCli(['explain', 'X1', '--root', root, '--standard', 'first-response-urgent', '--now', '2026-12-28T09:00:00Z']);
    expect(result.code).toBe(0);
    // Counted: Thu 24 Dec 12:00–13:00 (60, the reduced hours) + Mon 28 Dec 08:00–09:00 (60) = 2h. The hour was
    // reached as the desk closed on Christmas Eve at 13:00, so it was passed when it next opened: Mon 08:00.
    // Left out: 11h (Christmas Eve after 13:00) + 1d + 1d + 1d8h (Sunday and Monday before 08:00): with the
    // 2h counted, 93h = Thu 12:00 → Mon 09:00.
    expect(result.stdout).toBe([
      'Ticket X1 for first-response-urgent, as of Mon 28 Dec 2026 09:00 +00:00.',
      'In scope: priority urgent, channel email.',
      'Business time in calendar emea-business-hours (Europe/Dublin).',
      'First reply: from ticket created at Thu 24 Dec 2026 12:00 +00:00 to still open now.',
      '  Business time counted: 2h.',
      '    Thu 24 Dec 2026 12:00 +00:00 – Thu 24 Dec 2026 13:00 +00:00: 1h',
      '    Mon 28 Dec 2026 08:00 +00:00 – Mon 28 Dec 2026 09:00 +00:00: 1h',
      '  Left out:',
      '    Thu 24 Dec 2026 13:00 +00:00 – Fri 25 Dec 2026 00:00 +00:00: holiday (Christmas Eve, reduced hours), 11h',
      '    Fri 25 Dec 2026 00:00 +00:00 – Sat 26 Dec 2026 00:00 +00:00: holiday (Christmas Day), 1d',
      '    Sat 26 Dec 2026 00:00 +00:00 – Sun 27 Dec 2026 00:00 +00:00: holiday (St Stephen\'s Day), 1d',
      '    Sun 27 Dec 2026 00:00 +00:00 – Mon 28 Dec 2026 08:00 +00:00: closed (outside business hours), 1d8h',
      '  Judged by version 2026-01-01: 95% within 1h (business hours).',
      '  Breached in flight: still open after 2h, past the threshold of 1h at Mon 28 Dec 2026 08:00 +00:00; counted as a miss on 2026-12-28, in the current window.',
    ].join('\n'));
  });

  it('shows the controls and bidi overrides of a ticket\'s own text as escapes, in text; JSON keeps the value', async () => {
    const text = await runCli(['explain', 'X3', '--root', root, '--standard', 'first-response-americas', '--now', '2026-12-28T09:00:00Z']);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      // 09:00Z in the Americas calendar's zone (America/Chicago, CST in December: UTC−6).
      'Ticket X3 for first-response-americas, as of Mon 28 Dec 2026 03:00 -06:00.',
      'Out of scope: team is sales\\u001b[2J\\u202e; the standard covers support-americas.',
    ]);
    const json = await runCli(['explain', 'X3', '--root', root, '--standard', 'first-response-americas', '--now', '2026-12-28T09:00:00Z', '--format', 'json']);
    expect(JSON.parse(json.stdout)[0].reason).toBe('out of scope: team is sales\u001b[2J\u202e; the standard covers support-americas');
  });

  it('without --standard explains every standard; --format json gives the data', async () => {
    const result = await runCli(['explain', 'X2', '--root', root, '--now', '2026-12-28T09:00:00Z', '--format', 'json']);
    expect(result.code).toBe(0);
    const explanations = JSON.parse(result.stdout) as Array<{ standard: string; verdict: string; reason?: string }>;
    expect(explanations.length).toBeGreaterThan(5);
    expect(explanations.find((e) => e.standard === 'first-response-urgent')).toMatchObject({ verdict: 'out-of-scope', reason: 'out of scope: priority is low; the standard covers urgent' });
  });

  it('says plainly what is wrong', async () => {
    const missing = await runCli(['explain', 'NOPE', '--root', root, '--now', '2026-12-28T09:00:00Z']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n').at(-1)).toBe('standards: ticket "NOPE" is not in the store (data): run standards fetch first, or check the id');
    const noId = await runCli(['explain', '--root', root]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('explain needs a ticket id: standards explain TICKET [--standard ID] [--now ISO]');
    const badStandard = await runCli(['explain', 'X1', '--root', root, '--standard', 'nope', '--now', '2026-12-28T09:00:00Z']);
    expect(badStandard.code).toBe(2);
    expect(badStandard.stderr).toContain('--standard "nope" is not a standard: use one of');
  });
});
