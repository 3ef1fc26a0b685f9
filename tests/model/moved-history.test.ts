// A document moved to another folder keeps its history, in every reader (the evaluation's versions in force, the SOP
// publications, the site): moved in a branch merged with a merge commit, moved and edited in one commit, moved into
// a folder whose name is not ASCII, or with a space in its path. The repository is built here with fixed committer
// dates; every expected date is the one given to the commit that put the version on main.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedGit } from './dated-git.ts';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { gitFolderHistory } from '../../scripts/model/document-history.ts';
import { readDocumentHistory } from '../../scripts/model/standard-history.ts';
import { readSopPublications } from '../../scripts/model/sop-publications.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import { clocksFor, model, ticket } from '../engine/engine-fixtures.ts';

const CHAT_BEFORE = 'standards/service-levels/chat.yaml';
const CHAT = 'standards/service-levels/chat/chat.yaml';
const URGENT_BEFORE = 'standards/service-levels/urgent.yaml';
const URGENT = 'standards/service-levels/équipe/urgent.yaml';
// Named for its id (validate's id-file-name rule: a document is followed by its id, document-history.ts), with a
// space in its new folder's name.
const EMAIL_BEFORE = 'standards/service-levels/email-reply.yaml';
const EMAIL = 'standards/service-levels/email and chat/email-reply.yaml';
const SOP_BEFORE = 'standards/sops/refunds.yaml';
const SOP = 'standards/sops/billing/refunds.yaml';

const sop = (version: number) => `kind: SOP\nid: refunds\nversion: ${version}\n`;
const standard = (id: string, threshold: string) => [
  'kind: Standard', `id: ${id}`, 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
  `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
  'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Because customers wait otherwise.', '',
].join('\n');

describe('a moved document keeps its versions and their dates', () => {
  let root: string;
  const commits: Record<string, string> = {};
  const git = datedGit(() => root);
  const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
  const head = () => git('2026-01-01T00:00:00Z', 'rev-parse', 'HEAD').trim();
  const move = (date: string, from: string, to: string) => {
    mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    git(date, 'mv', from, to);
  };

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'moved-history-'));
    for (const dir of ['sops', 'service-levels']) mkdirSync(path.join(root, 'standards', dir), { recursive: true });
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
    write(CHAT_BEFORE, standard('chat', '2h')); write(URGENT_BEFORE, standard('urgent', '2h'));
    write(EMAIL_BEFORE, standard('email-reply', '4h')); write(SOP_BEFORE, sop(1));
    git('2026-11-01T09:00:00Z', 'add', '.');
    git('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'First versions');
    commits.first = head();

    // Into a folder whose name is not ASCII (git quotes it in a log without -z), then edited: plain commits on main.
    move('2026-11-10T09:00:00Z', URGENT_BEFORE, URGENT);
    git('2026-11-10T09:00:00Z', 'commit', '-q', '-m', 'Urgent belongs to the team');
    commits.urgentMoved = head();
    write(URGENT, standard('urgent', '1h'));
    git('2026-11-12T09:00:00Z', 'commit', '-q', '-am', 'Urgent 1h');
    commits.urgentEdited = head();

    // Moved and edited in one commit, into a folder with a space in its name.
    move('2026-11-15T09:00:00Z', EMAIL_BEFORE, EMAIL);
    write(EMAIL, standard('email-reply', '3h'));
    git('2026-11-15T09:00:00Z', 'commit', '-q', '-am', 'Email in its folder, 3h');
    commits.emailMoved = head();

    // A pull request that moves the chat standard and the SOP (Nov 20), then tightens chat (Nov 21), merged on Dec 2.
    git('2026-11-20T09:00:00Z', 'checkout', '-q', '-b', 'folders');
    move('2026-11-20T09:00:00Z', CHAT_BEFORE, CHAT);
    move('2026-11-20T09:00:00Z', SOP_BEFORE, SOP);
    git('2026-11-20T09:00:00Z', 'commit', '-q', '-m', 'Folders');
    write(CHAT, standard('chat', '1h'));
    git('2026-11-21T09:00:00Z', 'commit', '-q', '-am', 'Chat 1h');
    git('2026-12-02T09:00:00Z', 'checkout', '-q', 'main');
    git('2026-12-02T09:00:00Z', 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1 from org/folders', 'folders');
    commits.merge = head();

    // SOP v2 in its new folder.
    write(SOP, sop(2));
    git('2026-12-04T09:00:00Z', 'commit', '-q', '-am', 'SOP v2');
    commits.sopV2 = head();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const summary = async (file: string) => {
    const history = await readDocumentHistory(root, [CHAT, URGENT, EMAIL]);
    expect(history.unavailable).toBeNull();
    return history.standards.get(file)!.map((v) => [v.commit, v.committedAt, v.definition.thresholdMinutes]);
  };

  it('a standard moved in a merged branch keeps its earlier version, and the new goal judges from the merge day', async () => {
    const history = await readDocumentHistory(root, [CHAT, URGENT, EMAIL]);
    expect(history.standards.get(CHAT)!.map((v) => [v.commit, v.committedAt, v.definition.thresholdMinutes])).toEqual([
      [commits.first, '2026-11-01T09:00:00+00:00', 120],
      // The merge commit against main's first parent: one rename with the new text.
      [commits.merge, '2026-12-02T09:00:00+00:00', 60],
    ]);
    const working = history.standards.get(CHAT)!.at(-1)!.definition;
    const versionsOf = versionsOfModel({ calendars: [] }, history.standards);
    expect(versionsOf(working).map((v) => [v.from, v.version, v.definition.thresholdMinutes])).toEqual([
      ['2026-01-01', `2026-01-01 (${commits.first!.slice(0, 7)})`, 120],
      ['2026-12-02', `2026-12-02 (${commits.merge!.slice(0, 7)})`, 60],
    ]);
    // Answered after 90 minutes on Dec 1 (within 2h: met) and on Dec 3 (beyond 1h: missed).
    const tickets = ['2026-12-01T10:00:00Z', '2026-12-03T10:00:00Z'].map((created, i) => ticket({
      id: `t${i + 1}`, created, replies: [[new Date(Date.parse(created) + 90 * 60_000).toISOString(), 'agent']],
      changes: [[new Date(Date.parse(created) + 90 * 60_000).toISOString(), 'solved']],
    }));
    const report = await evaluateStandards({ model: model({ standards: [working] }), tickets, now: new Date('2026-12-06T01:00:00Z'), clockFor: clocksFor(), versionsOf });
    expect(report.standards[0]!.goal).toMatchObject({ text: '80% within 1h', judged: '80% within 2h before 2 Dec 2026, 80% within 1h from 2 Dec 2026' });
    expect(report.standards[0]!.value).toBe(0.5);
  });

  it('a standard moved into a folder with a non-ASCII name keeps its versions', async () => {
    expect(await summary(URGENT)).toEqual([
      [commits.first, '2026-11-01T09:00:00+00:00', 120],
      [commits.urgentMoved, '2026-11-10T09:00:00+00:00', 120],
      [commits.urgentEdited, '2026-11-12T09:00:00+00:00', 60],
    ]);
  });

  it('a standard moved and edited in one commit, with a space in its path, keeps its versions', async () => {
    expect(await summary(EMAIL)).toEqual([
      [commits.first, '2026-11-01T09:00:00+00:00', 240],
      [commits.emailMoved, '2026-11-15T09:00:00+00:00', 180],
    ]);
  });

  it('an SOP moved in a merged branch keeps the day each version was published', async () => {
    const { publications, unavailable } = await readSopPublications(root, [{ id: 'refunds', origin: { file: SOP } }]);
    expect(unavailable).toBeNull();
    expect(publications.get('refunds')!.map((p) => [p.version, new Date(p.publishedMs).toISOString(), p.commit])).toEqual([
      // Not 2026-12-02: moving the file publishes nothing, so the acknowledgement clock does not restart.
      [1, '2026-11-01T09:00:00.000Z', commits.first],
      [2, '2026-12-04T09:00:00.000Z', commits.sopV2],
    ]);
  });

  it('gives the site the same revisions, each with the name the file had then', async () => {
    const reader = gitFolderHistory(root);
    const revisions = async (file: string) => (await reader.revisions(file)).map((r) => [r.commit, r.date, r.file]);
    expect(await revisions(CHAT)).toEqual([
      [commits.merge, '2026-12-02T09:00:00+00:00', CHAT],
      [commits.first, '2026-11-01T09:00:00+00:00', CHAT_BEFORE],
    ]);
    expect(await revisions(URGENT)).toEqual([
      [commits.urgentEdited, '2026-11-12T09:00:00+00:00', URGENT],
      [commits.urgentMoved, '2026-11-10T09:00:00+00:00', URGENT],
      [commits.first, '2026-11-01T09:00:00+00:00', URGENT_BEFORE],
    ]);
    expect(await revisions(EMAIL)).toEqual([
      [commits.emailMoved, '2026-11-15T09:00:00+00:00', EMAIL],
      [commits.first, '2026-11-01T09:00:00+00:00', EMAIL_BEFORE],
    ]);
    expect(await reader.contentAt(commits.first!, URGENT_BEFORE)).toBe(standard('urgent', '2h'));
    expect(await reader.contentAt(commits.urgentEdited!, URGENT)).toBe(standard('urgent', '1h'));
  });
});

describe('a path that held another SOP', () => {
  it('gives an SOP moved onto a retired SOP\'s path none of the retired one\'s publications', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'retired-path-'));
    try {
      const git = datedGit(() => root);
      const body = (id: string, version: number) => `kind: SOP\nid: ${id}\nversion: ${version}\ntitle: ${id} procedure text long enough to be similar\nsteps:\n  - one step that is long enough\n  - two\n`;
      mkdirSync(path.join(root, 'standards', 'sops'), { recursive: true });
      const refunds = path.join(root, 'standards', 'sops', 'refunds.yaml');
      git('2026-01-01T00:00:00Z', 'init', '-q', '-b', 'main');
      writeFileSync(refunds, body('refunds', 1));
      writeFileSync(path.join(root, 'standards', 'sops', 'returns.yaml'), body('returns', 1));
      git('2026-01-01T00:00:00Z', 'add', '-A');
      git('2026-01-01T00:00:00Z', 'commit', '-q', '-m', 'one');
      writeFileSync(refunds, body('refunds', 2));
      git('2026-02-01T00:00:00Z', 'commit', '-q', '-am', 'two');
      writeFileSync(refunds, body('refunds', 3));
      git('2026-03-01T00:00:00Z', 'commit', '-q', '-am', 'three');
      // Refunds retired, returns moved onto its path in one commit: git reports refunds.yaml as modified.
      git('2026-04-01T00:00:00Z', 'rm', '-q', 'standards/sops/refunds.yaml');
      git('2026-04-01T00:00:00Z', 'mv', 'standards/sops/returns.yaml', 'standards/sops/refunds.yaml');
      git('2026-04-01T00:00:00Z', 'commit', '-q', '-m', 'retire refunds');
      const { publications, unavailable } = await readSopPublications(root, [{ id: 'returns', origin: { file: 'standards/sops/refunds.yaml' } }]);
      expect(unavailable).toBeNull();
      // Not refunds' v1, v2, v3 of January to March. Git paired the paths, not the documents; followed by its id
      // (document-history.ts), returns keeps its own first day: its v1 of 1 January (before, dated the day it took
      // the path, 1 April).
      expect(publications.get('returns')!.map((p) => [p.version, new Date(p.publishedMs).toISOString()])).toEqual([[1, '2026-01-01T00:00:00.000Z']]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
