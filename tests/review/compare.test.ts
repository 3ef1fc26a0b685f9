import { afterEach, describe, expect, it } from 'vitest';
import { compareSides, lineSimilarity } from '../../scripts/review/compare.ts';
import { buildReview } from '../../scripts/review/build-review.ts';
import { replayPairs } from '../../scripts/review/replay.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { durationsIn, sharesIn, sopProseConflicts, standardProseConflicts } from '../../scripts/review/prose-numbers.ts';
import { HAND_TICKETS, NOW, edited, fixtureFiles, removeTemps, sideOf } from './review-fixtures.ts';

afterEach(removeTemps);

const base = fixtureFiles();
const STANDARD = 'standards/service-levels/first-response-urgent.yaml';
const SOP = 'standards/sops/handle-complaint.yaml';

describe('the semantic diff', () => {
  it('finds nothing when only comments and formatting change', () => {
    const head = edited(base, { [STANDARD]: [['owner: support-leads', 'owner:   support-leads   # the leads']] });
    const result = compareSides(sideOf(base), sideOf(head));
    expect(result).toEqual({ files: [STANDARD], changes: [], affected: [], notes: [] });
  });

  it('reports a deleted standard that a policy and an SOP still reference', async () => {
    const head = edited(base, { [STANDARD]: null });
    const result = compareSides(sideOf(base), sideOf(head));
    const review = await buildReview({ baseRef: 'main', base: sideOf(base), head: sideOf(head), now: new Date(NOW), clockFor, tickets: { tickets: HAND_TICKETS, store: 'hand' } });
    expect(review.replay).toEqual({ state: 'skipped', reason: 'The proposed documents have errors, so the standards cannot be replayed: fix what `standards validate` reports. The semantic diff below is still complete.' });
    expect(result.changes.map((c) => `${c.kind} ${c.id} ${c.change}`)).toEqual(['Standard first-response-urgent removed']);
    expect(result.notes.filter((n) => n.rule === 'dangling-reference').map((n) => `${n.subject}: ${n.message}`)).toEqual([
      'Policy complaints: standards still lists Standard first-response-urgent, which this pull request removes: remove it from standards or keep the Standard',
      'SOP handle-complaint: serves still lists Standard first-response-urgent, which this pull request removes: remove it from serves or keep the Standard',
    ]);
  });

  it('reads a moved file as one renamed document, and a renamed id with the same text as a rename too', () => {
    const moved = edited(base, { [STANDARD]: null, 'standards/service-levels/emea/first-response-urgent.yaml': base[STANDARD]! });
    const result = compareSides(sideOf(base), sideOf(moved));
    expect(result.changes.map((c) => [c.change, c.id, c.previousFile, c.fields])).toEqual([
      ['renamed', 'first-response-urgent', STANDARD, []],
    ]);
    const text = base[STANDARD]!.replace('id: first-response-urgent', 'id: first-reply-urgent');
    const renamed = edited(base, { [STANDARD]: null, 'standards/service-levels/first-reply-urgent.yaml': text });
    const second = compareSides(sideOf(base), sideOf(renamed));
    expect(second.changes.map((c) => [c.change, c.id, c.previousId, c.fields.map((f) => `${f.field}: ${f.before} → ${f.after}`)])).toEqual([
      ['renamed', 'first-reply-urgent', 'first-response-urgent', ['id: first-response-urgent → first-reply-urgent']],
    ]);
    expect(second.notes.filter((n) => n.rule === 'dangling-reference').map((n) => n.message)[0]).toBe(
      'standards still lists Standard first-response-urgent, which this pull request renames to first-reply-urgent: remove it from standards or keep the Standard',
    );
  });

  it('does not ask for a version bump when an SOP only records a review, and asks once when the procedure changes', () => {
    const reviewed = edited(base, { [SOP]: [['review: { every: 6mo, last: 2026-09-01 }', 'review: { every: 6mo, last: 2026-11-20 }']] });
    const first = compareSides(sideOf(base), sideOf(reviewed));
    expect(first.changes.map((c) => c.fields.map((f) => `${f.label}: ${f.before} → ${f.after}`))).toEqual([['review: every 6mo, last 2026-09-01 → every 6mo, last 2026-11-20']]);
    expect(first.notes).toEqual([]);
    const changed = edited(base, { [SOP]: [['within: 24h', 'within: 48h']] });
    expect(compareSides(sideOf(base), sideOf(changed)).notes.map((n) => n.message)).toEqual([
      'the procedure changed but the version is still 2: bump the version and add a changelog entry (version: 3, with a changelog entry for 3 at the top)',
    ]);
  });

  it('shows, for a changed standard and a changed SOP, the steps that keep a standard and whether they still fit', () => {
    const keeping = edited(base, { [SOP]: [['    within: 1h\n', '    within: 1h\n    keeps: { standard: first-response-urgent }\n']] });
    const tightened = edited(keeping, {
      [STANDARD]: [['threshold: 1h', 'threshold: 45m']],
      [SOP]: [['version: 2', 'version: 3'], ['Read the order history', 'Read the order and carrier history'], ['changelog:\n', 'changelog:\n  - { version: 3, date: 2026-11-20, summary: Carrier history. }\n']],
    });
    const result = compareSides(sideOf(keeping), sideOf(tightened));
    const kept = { sop: 'handle-complaint', file: SOP, step: 'acknowledge', title: 'Acknowledge personally', position: 1, within: '1h', clock: '24/7', standard: 'first-response-urgent', threshold: '45m', standardClock: '24/7', calendar: null, fits: false, problem: 'allows 1h, longer than 45m' };
    expect(result.changes.map((c) => [c.id, c.kind === 'Standard' ? c.keptBy : c.kind === 'SOP' ? c.keeps : null])).toEqual([
      ['first-response-urgent', [kept]],
      ['handle-complaint', [kept]],
    ]);
    // validate refuses the proposed side for it, and the review says so first, on the SOP that no longer fits.
    expect(result.notes.filter((n) => n.rule !== 'prose-numbers').map((n) => `${n.severity} ${n.rule} ${n.file}: ${n.message}`)).toEqual([
      'error step-promise standards/sops/handle-complaint.yaml: step 1 "acknowledge" allows 1h (24/7) but keeps Standard first-response-urgent (standards/service-levels/first-response-urgent.yaml), which promises a first reply within 45m (24/7): set within to 45m or less, or keep a standard with a longer threshold',
    ]);
    const fits = compareSides(sideOf(base), sideOf(keeping)).changes[0]!;
    expect(fits.kind === 'SOP' && fits.keeps.map((k) => [k.step, k.fits, k.problem])).toEqual([['acknowledge', true, null]]);
  });

  it('names published changelog entries the pull request edits or removes', () => {
    const head = edited(base, { [SOP]: [['summary: Photos are asked for once.', 'summary: Photos are asked for once by e-mail.'], ['  - { version: 1, date: 2026-01-01, summary: First version. }\n', '']] });
    expect(compareSides(sideOf(base), sideOf(head)).notes.filter((n) => n.rule === 'changelog').map((n) => `${n.severity}: ${n.message}`)).toEqual([
      'error: the changelog entry for version 2 (2026-09-01) is edited: published entries are history; restore it and say what was wrong in the new version\'s entry',
      'error: the changelog entry for version 1 (2026-01-01) is removed: published entries are history; put it back as it was',
    ]);
  });

  it('lists steps added, removed and moved, and roles changed', () => {
    const head = edited(base, {
      [SOP]: [
        ['version: 2', 'version: 3'],
        ['  - id: acknowledge\n    title: Acknowledge personally\n    instructions: Reply yourself and say who owns the complaint.\n    within: 1h\n    role: agent\n', ''],
        ['  - id: resolve\n', '  - id: apologise\n    title: Apologise\n    instructions: Say sorry.\n    within: 30m\n  - id: resolve\n'],
        ['Explain what went wrong and what we will do.\n    within: 24h\n    role: agent', 'Explain what went wrong and what we will do.\n    within: 24h\n    role: team lead'],
        ['changelog:\n', 'changelog:\n  - { version: 3, date: 2026-11-20, summary: Apologise first. }\n'],
      ],
    });
    const sop = compareSides(sideOf(base), sideOf(head)).changes[0]!;
    expect(sop.kind === 'SOP' && sop.steps).toEqual([
      { kind: 'step-removed', step: 'acknowledge', title: 'Acknowledge personally', position: 1 },
      { kind: 'step-added', step: 'apologise', title: 'Apologise', position: 2, within: '30m', role: null, keeps: null },
      { kind: 'step-changed', step: 'resolve', title: 'Give the customer the outcome', field: 'role', before: 'agent', after: 'team lead', words: null, hunks: null },
    ]);
  });

  it('names the standards a calendar change affects and replays them', async () => {
    const head = edited(base, { 'standards/calendars/dublin-office.yaml': [['friday: [09:00-17:00]', 'friday: [09:00-13:00]'], ['  - { date: 2026-12-25, name: Christmas Day }', '  - { date: 2026-12-25, name: Christmas Day }\n  - { date: 2026-12-26, name: St Stephen\'s Day }']] });
    const b = sideOf(base);
    const h = sideOf(head);
    expect(replayPairs(b.model!, h.model!)).toEqual([{ id: 'next-reply-office', change: 'affected', baseId: 'next-reply-office', reasons: ['calendar dublin-office changed'] }]);
    const review = await buildReview({ baseRef: 'main', base: b, head: h, now: new Date('2026-11-20T06:00:00Z'), clockFor, tickets: { tickets: [], store: 'none' } });
    // Only the calendar's file changed: the standard on it is listed apart, as measured differently, not as changed.
    expect(review.files).toEqual(['standards/calendars/dublin-office.yaml']);
    expect(review.changes.map((c) => c.kind === 'Calendar' ? { hours: c.hours, holidays: c.holidays, standards: c.standards } : c.id)).toEqual([
      { hours: ['friday: 09:00-17:00 → 09:00-13:00'], holidays: { added: ["2026-12-26 St Stephen's Day"], removed: [], changed: [] }, standards: ['next-reply-office'] },
    ]);
    expect(review.affected).toEqual([{ id: 'next-reply-office', file: 'standards/service-levels/next-reply-office.yaml', title: 'Customer replies get an answer within four business hours', reasons: ['calendar dublin-office changed'] }]);
    expect(review.replay.state === 'replayed' && review.replay.standards.map((r) => [r.id, r.change, r.base?.status, r.proposed.status])).toEqual([
      ['next-reply-office', 'affected', 'no-data', 'no-data'],
    ]);
    // Only the calendar's file changed: GitHub asks its owner, the platform team.
    expect(review.approvals).toEqual([{ owners: ['@pat-platform'], files: ['standards/calendars/dublin-office.yaml'] }]);
  });

  it('replays a standard whose exclusions or evaluation settings change', () => {
    const head = edited(base, {
      'standards/pipeline.yaml': [['  atRiskBudget: 25%', '  atRiskBudget: 30%'], ['  seriesDays: 10\n', '  seriesDays: 10\nexclusions:\n  - { id: outage, from: 2026-11-19T00:00:00Z, to: 2026-11-19T12:00:00Z, reason: Helpdesk outage., standards: [csat] }\n']],
    });
    expect(replayPairs(sideOf(base).model!, sideOf(head).model!).map((p) => [p.id, p.change, p.reasons])).toEqual([
      ['csat', 'affected', ['its exclusions changed', 'the evaluation settings changed']],
      ['first-response-urgent', 'affected', ['the evaluation settings changed']],
      ['next-reply-office', 'affected', ['the evaluation settings changed']],
    ]);
  });

  it('replays an added exclusion on the tickets: only the proposed side leaves them out', async () => {
    const head = edited(base, {
      'standards/pipeline.yaml': [['  seriesDays: 10\n', '  seriesDays: 10\nexclusions:\n  - { id: outage, from: 2026-11-19T14:00:00Z, to: 2026-11-19T16:00:00Z, reason: Helpdesk outage., standards: [first-response-urgent] }\n']],
    });
    const review = await buildReview({ baseRef: 'main', base: sideOf(base), head: sideOf(head), now: new Date(NOW), clockFor, tickets: { tickets: HAND_TICKETS, store: 'hand' } });
    // T5 (created 15:00 on the 19th, answered after 2h) lies in the outage: 4 of 4 urgent tickets met instead of 4 of 5.
    expect(review.replay.state === 'replayed' && review.replay.standards.map((r) => [r.id, r.base!.count, r.base!.value, r.proposed.count, r.proposed.value])).toEqual([
      ['first-response-urgent', 5, 0.8, 4, 1],
    ]);
  });

  it('reports team membership and ownership changes', () => {
    const head = edited(base, {
      'standards/teams/support-leads.yaml': [['members: [ana-lopez, sam-okafor]', 'members: [ana-lopez, kim-lee]']],
      'standards/service-levels/csat.yaml': [['owner: support-leads', 'owner: platform']],
    });
    const changes = compareSides(sideOf(base), sideOf(head)).changes;
    const team = changes.find((c) => c.kind === 'Team')!;
    expect(team.kind === 'Team' && [team.members, team.ownership]).toEqual([{ added: ['kim-lee'], removed: ['sam-okafor'] }, { gained: [], lost: ['Standard csat'] }]);
    expect(changes.find((c) => c.id === 'csat')!.fields).toEqual([{ field: 'owner', label: 'owner', before: 'support-leads', after: 'platform', words: null, hunks: null }]);
  });
});

describe('prose and numbers', () => {
  it.each([
    ['within one hour', [60]],
    ['within 4 business hours', [240]],
    ['answered within two minutes', [2]],
    ['less than three days old', [4320]],
    ['within half an hour', [30]],
    ['a first reply in 45m', [45]],
  ])('reads "%s" as %j minutes', (text, minutes) => {
    expect(durationsIn(text).map((d) => d.minutes)).toEqual(minutes);
  });

  it('reads shares written as percentages or "nine in ten"', () => {
    expect(sharesIn('Nine in ten customers, or 95%').map((s) => s.fraction)).toEqual([0.95, 0.9]);
  });

  it('flags a target the title contradicts, and not one it agrees with', () => {
    const csat = sideOf(edited(base, { 'standards/service-levels/csat.yaml': [['target: { min: 90% }', 'target: { min: 85% }']] })).model!.standards.find((s) => s.id === 'csat')!;
    const before = sideOf(base).model!.standards.find((s) => s.id === 'csat')!;
    expect(standardProseConflicts(csat, before)).toEqual([
      'the title still says "Nine in ten" (90%) but the target is now 85%',
      'the rationale still says "Ninety percent" (90%) but the target is now 85%',
    ]);
    expect(standardProseConflicts(before, null)).toEqual([]);
  });

  it('holds the rationale and the description to the threshold too, where they state the promise', () => {
    const head = edited(base, { [STANDARD]: [['threshold: 1h', 'threshold: 45m'], ['title: Urgent tickets get a first reply within one hour', 'title: Urgent tickets get a first reply within 45 minutes'], ['rationale: An hour is what our contracts promise.', 'rationale: Our contracts say within 30 minutes; we chose 45 after the 2025 review of 1h.\ndescription: Measured in 45m.']] });
    const standard = sideOf(head).model!.standards.find((s) => s.id === 'first-response-urgent')!;
    // "within 30 minutes" is a promise and contradicts 45m; "the 2025 review of 1h" is history and is not held to it.
    expect(standardProseConflicts(standard)).toEqual(['the rationale says "30 minutes" (30m) but the threshold is 45m']);
  });

  it('names an SOP step whose title or instructions still say the timeline this pull request changed', () => {
    const before = sideOf(base).model!.sops[0]!;
    const head = edited(base, { [SOP]: [
      ['instructions: Read the order history and ask for photos once.\n    within: 4h', 'instructions: Within 4 hours, read the order history and ask for photos once.\n    within: 2h'],
      ['title: Acknowledge personally', 'title: Acknowledge personally within two hours'],
    ] });
    expect(sopProseConflicts(sideOf(head).model!.sops[0]!, before)).toEqual([
      'step 1 "acknowledge": the title says "two hours" (2h) but within is 1h',
      'step 2 "investigate": the instructions still say "4 hours" (4h) but within is now 2h',
    ]);
  });
});

describe('the line similarity that pairs a renamed document', () => {
  const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${i}`);

  it('is the share of lines in common: 3 of 4 kept in each gives 0.75', () => {
    expect(lineSimilarity('a\nb\nc\nd\n', 'a\nb\nc\nx\n')).toBe(0.75);
  });

  it('is 0 past 2,000 lines added or removed, which it does not count (its cost is length times edits)', () => {
    // 3,000 lines each, the first 1,900 the same: 1,100 removed and 1,100 added; in full it would be 3,800 / 6,000.
    const kept = lines(1900, 'kept');
    const a = [...kept, ...lines(1100, 'old')].join('\n');
    const b = [...kept, ...lines(1100, 'new')].join('\n');
    expect(lineSimilarity(a, b)).toBe(0);
  });
});
