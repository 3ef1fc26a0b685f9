// A corrective-action issue shows, under each worst ticket, how it was measured: the same lines as
// `standards explain`, collapsed, every line escaped so a ticket's id cannot become Markdown or HTML.

import { describe, expect, it } from 'vitest';
import { standardIssueBody } from '../../scripts/actions/issue-body.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { calendar, model, standard, ticket } from '../engine/engine-fixtures.ts';

describe('the worst tickets of an issue explain themselves', () => {
  it('a collapsed block under each ticket, with the explain lines as a nested list', async () => {
    const office = calendar('office', 'UTC');
    const frt = standard({ id: 'frt', title: 'Tickets get a first reply within an hour', metric: 'first_response_time', thresholdMinutes: 60, calendar: 'office' });
    const m = model({ standards: [frt], calendars: [office] });
    // Created Fri 20 Nov 16:30, unanswered at Mon 23 Nov 09:45: 30 + 45 = 75 minutes; passed 1h at Mon 09:30.
    const hostile = '<b>*x*</b>@team';
    const report = await evaluateStandards({ model: m, tickets: [ticket({ id: hostile, created: '2026-11-20T16:30:00Z' })], now: new Date('2026-11-23T09:45:00Z'), clockFor });
    const result = report.standards[0]!;
    const body = standardIssueBody({ model: m, standard: frt, result, status: 'breached', spell: null, today: '2026-11-23' });
    const block = body.slice(body.indexOf('### Worst tickets'), body.indexOf('### What to do'));
    // Zero-width spaces (after @, # and a : before a word) keep GitHub's filters off the text; they read as nothing.
    expect(block).toContain('\\#\u200B\\<b\\>\\*x\\*\\<\\/b\\>\\@\u200Bteam');
    expect(block.replace(/\u200B/g, '').split('\n')).toEqual([
      '### Worst tickets',
      '',
      '- \\#\\<b\\>\\*x\\*\\<\\/b\\>\\@team: 1h15m, still open (normal, email)',
      '  <details><summary>How it was measured</summary>',
      '',
      '  - Ticket \\<b\\>\\*x\\*\\<\\/b\\>\\@team for frt\\, as of Mon 23 Nov 2026 09\\:45 \\+00\\:00\\.',
      '  - In scope: the standard covers every ticket.',
      '  - Business time in calendar office (UTC).',
      '  - First reply: from ticket created at Fri 20 Nov 2026 16:30 +00:00 to still open now.',
      '    - Business time counted: 1h15m.',
      '      - Fri 20 Nov 2026 16:30 +00:00 – Fri 20 Nov 2026 17:00 +00:00: 30m',
      '      - Mon 23 Nov 2026 09:00 +00:00 – Mon 23 Nov 2026 09:45 +00:00: 45m',
      '    - Left out:',
      '      - Fri 20 Nov 2026 17:00 +00:00 – Mon 23 Nov 2026 09:00 +00:00: closed (outside business hours), 2d16h',
      '    - Judged by version 2026-01-01: 80% within 1h (business hours).',
      '    - Breached in flight: still open after 1h15m, past the threshold of 1h at Mon 23 Nov 2026 09:30 +00:00; counted as a miss on 2026-11-23, in the current window.',
      '',
      '  </details>',
      '',
      '',
    ]);
  });
});
