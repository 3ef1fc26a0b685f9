// Hostile review data: what a fork's Validate run can put in the review artifact. A template review that holds
// every kind of change, step change, note, replay row, published day and approval, and a way to put one hostile text in every
// free string of it, so each string lands in every place the comment renders one.

import type { Review } from '../../scripts/review/review-data.ts';

/** Mentions in every encoding, code-span breakouts, entities, HTML, links, references, Markdown syntax. */
export const HOSTILE_TEXTS: string[] = [
  '@alice', 'cc @org/team and @bob.', '&#64;alice', '&#x40;alice', '&commat;alice', '&#0064;alice', '＠alice', '﹫alice',
  'a ` b `@alice` c', '`` `@alice` ``', '```\n@alice\n```', '\\`@alice\\`', '`', '``', '@`alice`',
  '<img src=x onerror=alert(1)>', '<a href="https://evil.example">official</a>', '</details><details open><summary>Approved by security</summary>',
  '</summary>', '</code>@alice<code>', '<!-- service-standards:review -->', '<script>alert(1)</script>', '<b>bold</b>',
  '[click here](https://evil.example)', '![logo](https://evil.example/x.png)', '[ref]\n\n[ref]: https://evil.example', '<https://evil.example>',
  'https://evil.example/path?q=1', 'http://evil.example', 'www.evil.example', 'mailto:alice@example.com', 'alice@example.com',
  '#1', 'acme/standards#2', 'GH-3', 'deadbeefcafe1234', 'see 1a2b3c4', ':octocat:', ':+1:',
  '**bold** _it_ ~~strike~~', '# Heading', '> quote', '- item', '1. item', '| a | b |\n| - | - |', '---', '\\', 'x\\',
  '\u202Egnp.exe\u202C', 'zero\u200Bwidth @\u200Balice', 'line one\n\n@alice after a blank line', 'line\r\n## heading', 'tab\t@alice',
  '$x$ and $$\\href{https://evil.example}{click}$$', '[^1]\n\n[^1]: https://evil.example', '&lt;script&gt;', '&amp;#64;alice', '\0@alice',
  '- [ ] task @alice', '::error::pwned', '%0A::error::pwned', 'a|b|c', '{{ github.token }}',
];

const KEEP = new Set(['kind', 'change', 'state', 'severity', 'rule', 'status', 'date', 'clock', 'standardClock']);

/** The review with `text` in every free string (enums, dates and step-change fields kept as they are). */
export function withEveryString(review: Review, text: string): Review {
  const walk = (value: unknown, key: string | null, parent: Record<string, unknown> | null): unknown => {
    if (typeof value === 'string') {
      if (key !== null && KEEP.has(key)) return value;
      if (key === 'field' && parent?.kind === 'step-changed') return value;
      if (key === 'schemaVersion') return value;
      return text;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key, parent));
    if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, walk(v, k, object)]));
    }
    return value;
  };
  return walk(review, null, null) as Review;
}

const words = [{ text: 'Reply within ', change: 'same' as const }, { text: 'one hour', change: 'removed' as const }, { text: '45 minutes', change: 'added' as const }];
const common = { previousFile: null, previousId: null, title: 'Title' };
const hunks = [
  { start: 2, paragraphs: [{ change: 'same' as const, words: [{ text: 'Context.', change: 'same' as const }] }, { change: 'changed' as const, words }, { change: 'added' as const, words: [{ text: 'New.', change: 'added' as const }] }, { change: 'removed' as const, words: [{ text: 'Old.', change: 'removed' as const }] }] },
  { start: 9, paragraphs: [{ change: 'changed' as const, words }] },
];
const kept = (fits: boolean) => ({
  sop: 'b', file: 'standards/sops/b.yaml', step: 's1', title: 'Acknowledge', position: 1, within: fits ? '1h' : '2h', clock: '24/7' as const,
  standard: 'a', threshold: '1h', standardClock: 'business' as const, calendar: 'office', fits, problem: fits ? null : 'allows 2h, longer than 1h',
});

export function reviewTemplate(): Review {
  const side = { status: 'met' as const, value: 0.8, valueText: '80%', goalText: '70% within 1h', count: 5, inFlight: 0, budgetRemaining: 0.3, daysOutOfGoal: 0, statement: 'Met.' };
  return {
    schemaVersion: 2,
    baseRef: 'main',
    files: ['standards/service-levels/a.yaml', 'standards/sops/b.yaml'],
    changes: [
      { kind: 'Standard', id: 'a', change: 'changed', file: 'standards/service-levels/a.yaml', ...common, fields: [
        { field: 'threshold', label: 'threshold', before: '1h', after: '45m', words: null, hunks: null },
        { field: 'title', label: 'title', before: 'one hour', after: '45 minutes', words, hunks: null },
      ], affectedBy: ['calendar x changed'], keptBy: [kept(true), kept(false)] },
      { kind: 'Standard', id: 'r', change: 'renamed', file: 'standards/service-levels/r.yaml', previousFile: 'standards/service-levels/q.yaml', previousId: 'q', title: 'Renamed', fields: [], affectedBy: [], keptBy: [] },
      { kind: 'SOP', id: 'b', change: 'changed', file: 'standards/sops/b.yaml', ...common, fields: [{ field: 'summary', label: 'summary', before: 'x', after: 'y', words, hunks: null }], keeps: [kept(false)],
        version: { before: 1, after: 2 }, changelog: [{ version: 2, date: '2026-11-20', summary: 'Why.' }],
        steps: [
          { kind: 'step-added', step: 's1', title: 'Added', position: 1, within: '1h', role: 'agent', keeps: 'a' },
          { kind: 'step-removed', step: 's2', title: 'Removed', position: 2 },
          { kind: 'step-moved', step: 's3', title: 'Moved', from: 3, to: 1 },
          { kind: 'step-changed', step: 's4', title: 'Changed', field: 'instructions', before: 'a', after: 'b', words, hunks: null },
          { kind: 'step-changed', step: 's4', title: 'Changed', field: 'instructions', before: 'a\n\nb', after: 'a\n\nc', words: null, hunks },
          { kind: 'step-changed', step: 's5', title: 'Changed', field: 'within', before: '1h', after: '2h', words: null, hunks: null },
          { kind: 'step-changed', step: 's5', title: 'Changed', field: 'clock', before: '24/7', after: 'business', words: null, hunks: null },
          { kind: 'step-changed', step: 's5', title: 'Changed', field: 'keeps', before: 'a', after: 'b', words: null, hunks: null },
          { kind: 'step-changed', step: 's6', title: 'Changed', field: 'role', before: 'agent', after: 'lead', words: null, hunks: null },
        ] },
      { kind: 'Policy', id: 'p', change: 'changed', file: 'standards/policies/p.yaml', ...common, fields: [{ field: 'body', label: 'text', before: 'a', after: 'b', words: null, hunks }], links: { added: ['Standard a'], removed: ['SOP b'] } },
      { kind: 'Team', id: 't', change: 'changed', file: 'standards/teams/t.yaml', ...common, fields: [], members: { added: ['kim'], removed: ['sam'] }, leads: { added: ['ana'], removed: [] }, ownership: { gained: ['Standard a'], lost: [] } },
      { kind: 'Calendar', id: 'c', change: 'changed', file: 'standards/calendars/c.yaml', ...common, fields: [], hours: ['friday: 09:00-17:00 → 09:00-13:00'], holidays: { added: ['2026-12-26 St Stephen'], removed: ['x'], changed: ['y'] }, standards: ['a'] },
      { kind: 'Scorecard', id: 'q', change: 'added', file: 'standards/qa/q.yaml', ...common, fields: [] },
      { kind: 'Pipeline', id: 'pipeline', change: 'removed', file: 'standards/pipeline.yaml', ...common, fields: [] },
    ],
    notes: [
      { severity: 'error', file: 'standards/sops/b.yaml', subject: 'SOP b', message: 'Bump the version.', rule: 'sop-version' },
      { severity: 'warning', file: 'standards/elsewhere.yaml', subject: 'Standard z', message: 'Check the title.', rule: 'prose-numbers' },
    ],
    replay: {
      state: 'replayed', now: '2026-11-20T06:00:00.000Z', store: 'the standards-data branch', tickets: 6, notes: ['A note.'],
      standards: [
        { id: 'a', change: 'changed', base: side, proposed: { ...side, status: 'breached', budgetRemaining: -1 }, series: [{ date: '2026-11-19', base: 1, proposed: 0.5 }, { date: '2026-11-20', base: 0.8, proposed: 0.4 }] },
        { id: 'n', change: 'added', base: null, proposed: side, series: [{ date: '2026-11-20', base: null, proposed: 0.4 }] },
      ],
      published: [{
        id: 'a', reasons: ['calendar c changes from 2026-11-18 (appliesFrom)'],
        days: [{ date: '2026-11-19', base: { count: 4, met: 2, value: 0.5, windowValue: 0.6 }, proposed: { count: 4, met: 3, value: 0.75, windowValue: 0.8 } }],
      }],
    },
    affected: [{ id: 'o', file: 'standards/service-levels/o.yaml', title: 'Other', reasons: ['calendar c changed'] }],
    approvals: [{ owners: ['@acme/support-leads'], files: ['standards/service-levels/a.yaml'] }, { owners: ['@ana', '@bo'], files: ['standards/sops/b.yaml', 'standards/policies/p.yaml'] }],
  };
}
