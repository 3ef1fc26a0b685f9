// GitHub accounts in the acknowledgements: known by their numeric id, whatever their login's case, under the newest
// login when renamed again, and never credited to someone else who took a login they gave up.

import { describe, expect, it } from 'vitest';
import { mergeAcknowledgements } from '../../scripts/store/acknowledgement-store.ts';
import { acknowledgedAt } from '../../scripts/engine/people-records.ts';
import type { AcknowledgementRecord } from '../../scripts/model/documents.generated.ts';

const ack = (sop: string, version: number, person: string, at: string, githubId: number, logins?: string[]): AcknowledgementRecord => ({
  sop, version, person, at, via: 'reaction', githubId, ...(logins ? { logins } : {}),
});

describe('merging acknowledgements by GitHub account', () => {
  it('a login whose case changed (the Team document now spells the handle otherwise) is no rename', () => {
    const stored = [ack('a', 1, 'Bob-Smith', '2026-11-01T09:00:00Z', 7)];
    const merged = mergeAcknowledgements(stored, [ack('a', 1, 'bob-smith', '2026-11-01T09:00:00Z', 7), ack('b', 1, 'bob-smith', '2026-11-02T09:00:00Z', 7)]);
    expect(merged.renamed).toEqual([]);
    expect(merged.records).toEqual([
      ack('a', 1, 'bob-smith', '2026-11-01T09:00:00Z', 7),
      ack('b', 1, 'bob-smith', '2026-11-02T09:00:00Z', 7, ['Bob-Smith']),
    ]);
  });

  // Night by night: bob acknowledges z v1; renamed robert, he acknowledges m v1; renamed rob, both issues are read
  // again; renamed r2, he acknowledges c v1. Each night's rename is from the login the night before.
  it('renamed again and again, each rename reported is from the newest login on record', () => {
    const night1 = mergeAcknowledgements([], [ack('z', 1, 'bob', '2026-08-01T09:00:00Z', 7)]);
    const night2 = mergeAcknowledgements(night1.records, [ack('m', 1, 'robert', '2026-10-01T09:00:00Z', 7), ack('z', 1, 'robert', '2026-08-01T09:00:00Z', 7)]);
    expect(night2.renamed).toEqual([['bob', 'robert']]);
    const night3 = mergeAcknowledgements(night2.records, [ack('m', 1, 'rob', '2026-10-01T09:00:00Z', 7), ack('z', 1, 'rob', '2026-08-01T09:00:00Z', 7)]);
    expect(night3.renamed).toEqual([['robert', 'rob']]);
    expect(night3.records).toEqual([
      ack('z', 1, 'rob', '2026-08-01T09:00:00Z', 7, ['bob', 'robert', 'rob']),
      ack('m', 1, 'rob', '2026-10-01T09:00:00Z', 7, ['bob', 'robert', 'rob']),
    ]);
    const night4 = mergeAcknowledgements(night3.records, [ack('c', 1, 'r2', '2026-11-03T09:00:00Z', 7)]);
    expect(night4.renamed).toEqual([['rob', 'r2']]);
    expect(night4.added).toEqual([ack('c', 1, 'r2', '2026-11-03T09:00:00Z', 7, ['bob', 'robert', 'rob', 'r2'])]);
  });

  it('a record read again under a new login lists every login on record for the account, and the rename is from the newest', () => {
    const stored = [
      ack('m', 1, 'robert', '2026-10-01T09:00:00Z', 7, ['bob', 'robert']),
      ack('z', 1, 'bob', '2026-08-01T09:00:00Z', 7),
    ];
    const merged = mergeAcknowledgements(stored, [ack('z', 1, 'rob', '2026-08-01T09:00:00Z', 7)]);
    expect(merged.renamed).toEqual([['robert', 'rob']]);
    expect(merged.records).toContainEqual(ack('z', 1, 'rob', '2026-08-01T09:00:00Z', 7, ['bob', 'robert', 'rob']));
  });
});

describe('whose acknowledgement a GitHub record is', () => {
  // Account 1 was bob, acknowledged v1, and became robert; account 2 (a new hire) took the login bob and acknowledged
  // v2. The Team document lists bob (account 2) and robert (account 1).
  const records = [
    ack('s', 1, 'bob', '2026-08-01T09:00:00Z', 1),
    ack('s', 3, 'robert', '2026-10-01T09:00:00Z', 1, ['bob', 'robert']),
    ack('s', 2, 'bob', '2026-09-01T09:00:00Z', 2),
  ];

  it('a login given up by one account and taken by another is the other\'s: its holder is not credited with the first\'s', () => {
    expect(acknowledgedAt(records, 's', 1, 'bob', 'bob')).toBeNull();
    expect(acknowledgedAt(records, 's', 2, 'bob', 'bob')).toBe(Date.parse('2026-09-01T09:00:00Z'));
    expect(acknowledgedAt(records, 's', 2, 'robert', 'robert')).toBeNull();
  });

  it('a renamed member\'s acknowledgement on a record not read since counts for the new handle the Team document lists', () => {
    expect(acknowledgedAt(records, 's', 1, 'robert', 'robert')).toBe(Date.parse('2026-08-01T09:00:00Z'));
    expect(acknowledgedAt(records, 's', 3, 'Robert', 'Robert')).toBe(Date.parse('2026-10-01T09:00:00Z'));
  });

  it('a renamed member still counts for the old handle the Team document lists when nobody took it', () => {
    const alone = records.filter((r) => r.githubId === 1);
    expect(acknowledgedAt(alone, 's', 1, 'bob', 'bob')).toBe(Date.parse('2026-08-01T09:00:00Z'));
    expect(acknowledgedAt(alone, 's', 3, 'bob', 'bob')).toBe(Date.parse('2026-10-01T09:00:00Z'));
  });
});
