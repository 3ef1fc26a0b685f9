// How prose changes are shown: numbers and URLs swap as whole tokens, and a long text shows only its changed
// paragraphs with one paragraph of context, like a diff hunk. The policy edit of the issue is rendered in full
// and kept as a Markdown fixture a person has read (tests/fixtures/review/rendered/policy-hunk.md).
import { describe, expect, it } from 'vitest';
import { buildReview } from '../../scripts/review/build-review.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { paragraphHunks, proseTokens, wordDiff } from '../../scripts/review/prose-diff.ts';
import { fileLinker, renderReviewComment } from '../../scripts/publish/review-markdown.ts';
import { edited, fixtureFiles, sideOf } from './review-fixtures.ts';
import { inspectComment } from './rendered-comment.ts';

describe('word diffs', () => {
  it.each([
    ['Resolved for 97.1% of tickets.', ['Resolved', ' ', 'for', ' ', '97.1%', ' ', 'of', ' ', 'tickets', '.']],
    ['Up to €250, within 1h30m on 2026-11-20 at 09:00.', ['Up', ' ', 'to', ' ', '€250', ',', ' ', 'within', ' ', '1h30m', ' ', 'on', ' ', '2026-11-20', ' ', 'at', ' ', '09:00', '.']],
    ['See https://wiki.example/support/refunds?x=1.', ['See', ' ', 'https://wiki.example/support/refunds?x=1', '.']],
    ["The customer's third contact", ['The', ' ', "customer's", ' ', 'third', ' ', 'contact']],
  ])('reads %j as whole tokens', (text, tokens) => {
    expect(proseTokens(text)).toEqual(tokens);
  });

  it('swaps a number as one token, never digit by digit', () => {
    expect(wordDiff('First contact resolution is 97.1% this year.', 'First contact resolution is 96.4% this year.')).toEqual([
      { text: 'First contact resolution is ', change: 'same' },
      { text: '97.1%', change: 'removed' },
      { text: '96.4%', change: 'added' },
      { text: ' this year.', change: 'same' },
    ]);
  });

  it('swaps a URL as one token', () => {
    expect(wordDiff('Read https://wiki.example/refunds/v1 first.', 'Read https://wiki.example/refunds/v2 first.')).toEqual([
      { text: 'Read ', change: 'same' },
      { text: 'https://wiki.example/refunds/v1', change: 'removed' },
      { text: 'https://wiki.example/refunds/v2', change: 'added' },
      { text: ' first.', change: 'same' },
    ]);
  });

  it('reads a reworded phrase as one removal and one addition, not word by word', () => {
    expect(wordDiff('Reply within the hour to every customer.', 'Answer each complaint today to every customer.')).toEqual([
      { text: 'Reply within the hour', change: 'removed' },
      { text: 'Answer each complaint today', change: 'added' },
      { text: ' to every customer.', change: 'same' },
    ]);
  });

  it('past 1,000 tokens added or removed, shows the whole text replaced (a diff costs its length times its edits)', () => {
    // Every other word changed, 600 of 1,200: 600 removed and 600 added; a diff within the bound would interleave them.
    const before = Array.from({ length: 600 }, (_, i) => `keep${i} old${i}`).join(' ');
    const after = Array.from({ length: 600 }, (_, i) => `keep${i} new${i}`).join(' ');
    expect(wordDiff(before, after)).toEqual([{ text: before, change: 'removed' }, { text: after, change: 'added' }]);
  });

  it('past 1,000 paragraphs added or removed, compares paragraphs by position', () => {
    // One paragraph put first and 600 of 1,200 reworded: 601 added, 600 removed. By position every paragraph then
    // differs from the one it is compared with (the first is the new one, the last is added); no paragraph is the same.
    const before = Array.from({ length: 600 }, (_, i) => `Keep ${i}.\n\nOld ${i}.`).join('\n\n');
    const after = `A new first paragraph.\n\n${Array.from({ length: 600 }, (_, i) => `Keep ${i}.\n\nNew ${i}.`).join('\n\n')}`;
    const hunks = paragraphHunks(before, after);
    expect(hunks).toHaveLength(1);
    const changes = hunks[0]!.paragraphs.map((p) => p.change);
    expect([changes.length, changes.filter((c) => c === 'changed').length, changes.at(-1)]).toEqual([1201, 1200, 'added']);
    // Within the pair, the word diff keeps the full stop both end with.
    expect(hunks[0]!.paragraphs[0]!.words).toEqual([{ text: 'Keep 0', change: 'removed' }, { text: 'A new first paragraph', change: 'added' }, { text: '.', change: 'same' }]);
  });
});

const PARAGRAPHS = [
  'Northwind Outfitters answers every customer who contacts support, by e-mail, web form, chat or phone, in the language they wrote in.',
  'This policy says what customers can expect from us, and what we expect of ourselves, whatever the channel and whatever the question.',
  'We measure ourselves in public. Last year first contact resolution was 97.1% and we intend to keep it there.',
  'Urgent tickets get a first reply from a person within one hour, day or night. Every other ticket gets one within one business day.',
  'A complaint has one named owner from the first reply until the customer confirms it is resolved.',
  'Refunds are paid to the original means of payment within 5 working days of the return reaching the warehouse.',
  'Exchanges ship as soon as the return is scanned by the carrier, not when it reaches us.',
  'We never ask for a card number, a password or a one-time code, in any channel.',
  'The full refund rules are at https://wiki.northwind.example/policies/refunds/2025 and are part of this policy.',
  'Customers who are not satisfied with an answer can ask for a review by a team lead, and then by the head of customer service.',
  'We review this policy every year, and whenever a standard it links to changes.',
  'Questions about this policy go to the support leads.',
];
const POLICY = 'standards/policies/complaints.yaml';

function policyWith(paragraphs: readonly string[]): string {
  return fixtureFiles()[POLICY]!.replace('body: |\n  Every complaint has one owner who answers within the hour.\n', `body: |\n${paragraphs.map((p) => `  ${p}`).join('\n\n')}\n`);
}

describe('a two-sentence edit of a long policy', () => {
  const before = [...PARAGRAPHS];
  const after = [...PARAGRAPHS];
  after[2] = 'We measure ourselves in public. Last year first contact resolution was 96.4% and we intend to bring it back up.';
  after[8] = 'The full refund rules are at https://wiki.northwind.example/policies/refunds/2026 and are part of this policy.';

  it('shows the two changed paragraphs, each with one paragraph of context, in two hunks', () => {
    const hunks = paragraphHunks(before.join('\n\n'), after.join('\n\n'));
    expect(hunks.map((h) => [h.start, h.paragraphs.map((p) => p.change)])).toEqual([
      [2, ['same', 'changed', 'same']],
      [8, ['same', 'changed', 'same']],
    ]);
    expect(hunks[0]!.paragraphs[1]!.words.filter((w) => w.change !== 'same')).toEqual([
      { text: '97.1%', change: 'removed' }, { text: '96.4%', change: 'added' },
      { text: 'keep', change: 'removed' }, { text: 'bring', change: 'added' },
      { text: 'there', change: 'removed' }, { text: 'back up', change: 'added' },
    ]);
  });

  it('renders as hunks with a link to the full file, and reads as the fixture a person checked', async () => {
    const base = edited(fixtureFiles(), { [POLICY]: policyWith(before) });
    const head = edited(base, { [POLICY]: policyWith(after) });
    const review = await buildReview({ baseRef: 'main', base: sideOf(base), head: sideOf(head), now: new Date('2026-11-20T06:00:00Z'), clockFor, tickets: null });
    const fileUrl = fileLinker('https://github.com', 'acme/standards', 'c0ffee'.padEnd(40, '0'));
    const comment = renderReviewComment(review, { fileUrl, fullReviewUrl: 'https://github.com/acme/standards/actions/runs/42' });
    // Six of the twelve paragraphs are shown; the others are not in the comment at all.
    for (const i of [1, 2, 3, 7, 8, 9]) expect(comment).toContain(PARAGRAPHS[i]!.slice(0, 20));
    for (const i of [0, 4, 5, 6, 10, 11]) expect(comment).not.toContain(PARAGRAPHS[i]!.slice(0, 20));
    expect(comment).toContain('<del>97.1%</del><ins>96.4%</ins>');
    const seen = inspectComment(comment, (url) => url.startsWith('https://github.com/acme/standards/'));
    expect([seen.links, seen.images, seen.tags, seen.filtered]).toEqual([[], [], [], []]);
    expect(inspectComment(comment).links).toEqual([`https://github.com/acme/standards/blob/${'c0ffee'.padEnd(40, '0')}/standards/policies/complaints.yaml`]);
    await expect(comment).toMatchFileSnapshot('../fixtures/review/rendered/policy-hunk.md');
  });
});
