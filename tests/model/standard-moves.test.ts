// A Standard file moved to another folder and rewritten in one commit past git's rename similarity (50%) shows in git
// as a deletion and an addition; followed by its path, its history would restart at the move and its new goal would
// judge every past day. Followed by its kind and id (document-history.ts, as the Teams and SOPs are), it keeps its
// versions: the moved standard's versions and figures equal those of its twin, which made the same changes in place.
// A repository built here with fixed committer dates; each expected figure worked out by hand.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedGit, folderWriter } from './dated-git.ts';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { historyDocuments, readDocumentHistory } from '../../scripts/model/standard-history.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import type { StandardDefinition } from '../../scripts/model/model.ts';
import { clocksFor, model, ticket } from '../engine/engine-fixtures.ts';

const standard = (id: string, threshold: string) => [
  'kind: Standard', `id: ${id}`, 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
  `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
  'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Because customers wait otherwise.', '',
].join('\n');
/** The same standard written another way, with enough new text that git no longer pairs it with the file it came from. */
const rewritten = (id: string, threshold: string) => [
  '# yaml-language-server: $schema=../../../../schemas/standard.schema.json',
  '# Owned by the support leads of the chat and e-mail desks; reviewed with the quarterly service review.',
  'kind: Standard', `id: ${id}`, 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
  `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
  'review: { every: 6mo, last: 2026-09-01 }',
  'rationale: >-',
  '  A customer who writes to us is waiting, and the first reply tells them a person has read what they wrote; the',
  '  desks agreed an hour after the autumn review showed most customers who waited longer wrote to us again.',
  '',
].join('\n');

const CHAT_BEFORE = 'standards/service-levels/chat.yaml';
const CHAT = 'standards/service-levels/desks/chat.yaml';
const EMAIL = 'standards/service-levels/email.yaml';

describe('a Standard file moved and rewritten keeps its versions: followed by its id, not by git\'s rename pairing', () => {
  let root: string;
  const git = datedGit(() => root);
  const write = folderWriter(() => root);
  const commits: Record<string, string> = {};
  const head = () => git('2026-01-01T00:00:00Z', 'rev-parse', 'HEAD').trim();

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'standard-moves-'));
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
    write(CHAT_BEFORE, standard('chat', '2h'));
    write(EMAIL, standard('email', '2h'));
    git('2026-11-01T09:00:00Z', 'add', '-A');
    git('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'First versions');
    commits.first = head();
    // chat moved into the desks folder and rewritten with its new goal; email, its twin, rewritten in place.
    git('2026-11-15T09:00:00Z', 'rm', '-q', CHAT_BEFORE);
    write(CHAT, rewritten('chat', '1h'));
    write(EMAIL, rewritten('email', '1h'));
    git('2026-11-15T09:00:00Z', 'add', '-A');
    git('2026-11-15T09:00:00Z', 'commit', '-q', '-m', 'One hour, chat in the desks folder');
    commits.hour = head();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('git sees the move as a deletion and an addition (the case followed by id)', () => {
    const status = git('2026-01-01T00:00:00Z', 'show', '--name-status', '-M', '--format=', 'HEAD').trim().split('\n').sort();
    expect(status).toEqual([`A\t${CHAT}`, `D\t${CHAT_BEFORE}`, `M\t${EMAIL}`]);
  });

  const read = async () => {
    const definitions = [{ id: 'chat', origin: { file: CHAT } }, { id: 'email', origin: { file: EMAIL } }] as StandardDefinition[];
    const history = await readDocumentHistory(root, historyDocuments({ standards: definitions, calendars: [] }));
    expect(history.unavailable).toBeNull();
    return history;
  };

  it('keeps the moved standard\'s first version, dated as its twin\'s', async () => {
    const history = await read();
    const summary = (file: string) => history.standards.get(file)!.map((v) => [v.commit, v.committedAt, v.definition.thresholdMinutes]);
    const expected = [[commits.first, '2026-11-01T09:00:00+00:00', 120], [commits.hour, '2026-11-15T09:00:00+00:00', 60]];
    expect(summary(CHAT)).toEqual(expected);
    expect(summary(EMAIL)).toEqual(expected);
  });

  it('judges each day by the version in force then, as its twin is judged', async () => {
    const history = await read();
    const versionsOf = versionsOfModel({ calendars: [] }, history.standards);
    // Answered after 90 minutes on 10 Nov (within 2h, the goal then: met) and on 20 Nov (beyond 1h: missed): 1 of 2.
    const tickets = ['2026-11-10T10:00:00Z', '2026-11-20T10:00:00Z'].map((created, i) => ticket({
      id: `t${i + 1}`, created, replies: [[new Date(Date.parse(created) + 90 * 60_000).toISOString(), 'agent']],
      changes: [[new Date(Date.parse(created) + 90 * 60_000).toISOString(), 'solved']],
    }));
    const judged = async (file: string) => {
      const working = history.standards.get(file)!.at(-1)!.definition;
      const report = await evaluateStandards({ model: model({ standards: [working] }), tickets, now: new Date('2026-11-25T01:00:00Z'), clockFor: clocksFor(), versionsOf });
      return [report.standards[0]!.goal.judged, report.standards[0]!.value];
    };
    const expected = ['80% within 2h before 15 Nov 2026, 80% within 1h from 15 Nov 2026', 0.5];
    expect(await judged(CHAT)).toEqual(expected);
    expect(await judged(EMAIL)).toEqual(expected);
  });
});
