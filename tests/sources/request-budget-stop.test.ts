// The request budget of the Zendesk and Freshdesk sources holds every request while the account has no more than
// the share kept for agents. A fatal answer to another request (or SIGTERM) aborts the fetch's signal: a request
// waiting for the budget then fails at once, as `acquire` says, instead of sleeping out the window.

import { describe, expect, it } from 'vitest';
import { createRequestBudget, realClock } from '../../scripts/sources/request-budget.ts';

describe('a request waiting for the budget', () => {
  it('fails at once with the fetch\'s reason when its signal aborts (the real clock: only the abort can end the wait)', { timeout: 10_000 }, async () => {
    const budget = createRequestBudget({ upstream: 'Zendesk', maxShare: 0.5, assumedLimit: 200, clock: realClock });
    // 0 of 200 left this minute: nothing is sent for the minute.
    budget.observe({ limit: 200, remaining: 0, resetMs: 60_000, cost: null });
    const fatal = new AbortController();
    const waiting = budget.acquire('account', fatal.signal).then(() => 'sent', (error: Error) => error.message);
    await new Promise((resolve) => setImmediate(resolve));
    fatal.abort(new Error('Zendesk answered 401 Unauthorized'));
    // Before: the wait ran its minute and the test timed out at 10 s.
    expect(await waiting).toBe('Zendesk answered 401 Unauthorized');
    expect(budget.usage().requests).toBe(0);
  });
});
