// Every document version is dated by the moment it reached the branch being measured, whichever way it was merged:
// a merge commit (GitHub's default "Create a merge commit"), a squash merge, a fast-forward. The repository is built
// here with fixed committer dates; every expected date is the one given to the commit that put the version on main.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedGit } from './dated-git.ts';
import { gitFolderHistory } from '../../scripts/model/document-history.ts';
import { readDocumentHistory } from '../../scripts/model/standard-history.ts';
import { readSopPublications } from '../../scripts/model/sop-publications.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import { withCalendarVersions } from '../../scripts/model/calendar-versions.ts';

const SOP = 'standards/sops/refunds.yaml';
const STANDARD = 'standards/service-levels/frt.yaml';
const CALENDAR = 'standards/calendars/office.yaml';

const sop = (version: number) => `kind: SOP\nid: refunds\nversion: ${version}\n`;
const standard = (threshold: string) => [
  'kind: Standard', 'id: frt', 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
  `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
  'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Because customers wait otherwise.', '',
].join('\n');
const calendar = (holidays: string[]) => [
  'kind: Calendar', 'id: office', 'name: Office hours', 'timezone: Europe/Dublin', 'hours:', '  monday: [09:00-17:00]',
  ...(holidays.length ? ['holidays:', ...holidays.map((d) => `  - { date: ${d}, name: Closed }`)] : []), '',
].join('\n');

describe('versions dated by the day they reached the default branch', () => {
  let root: string;
  const commits: Record<string, string> = {};
  const git = datedGit(() => root);
  const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
  const head = () => git('2026-01-01T00:00:00Z', 'rev-parse', 'HEAD').trim();

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'branch-history-'));
    for (const dir of ['sops', 'service-levels', 'calendars']) mkdirSync(path.join(root, 'standards', dir), { recursive: true });
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
    write(SOP, sop(1)); write(STANDARD, standard('2h')); write(CALENDAR, calendar([]));
    git('2026-11-01T09:00:00Z', 'add', '.');
    git('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'First versions');
    commits.first = head();

    // A pull request merged with a merge commit: written on Nov 20 and 21, merged on Dec 2.
    git('2026-11-20T09:00:00Z', 'checkout', '-q', '-b', 'tighten');
    write(SOP, sop(2)); write(STANDARD, standard('1h'));
    git('2026-11-20T09:00:00Z', 'commit', '-q', '-am', 'SOP v2, 1h');
    write(CALENDAR, calendar(['2026-11-16']));
    git('2026-11-21T09:00:00Z', 'commit', '-q', '-am', 'Founders day');
    git('2026-11-25T09:00:00Z', 'checkout', '-q', 'main');
    write('README.md', 'meanwhile on main\n');
    git('2026-11-25T09:00:00Z', 'add', 'README.md');
    git('2026-11-25T09:00:00Z', 'commit', '-q', '-m', 'Unrelated');
    // GitHub's merge commit: its subject names the branch, its body is the pull request's title.
    git('2026-12-02T09:00:00Z', 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1 from org/tighten', '-m', 'Tighten the refunds SOP and first replies', 'tighten');
    commits.merge = head();

    // A pull request squash-merged: written on Dec 3, squashed onto main on Dec 4 at 15:00.
    git('2026-12-03T08:00:00Z', 'checkout', '-q', '-b', 'v3');
    write(SOP, sop(3)); write(CALENDAR, calendar(['2026-11-16', '2026-12-25']));
    git('2026-12-03T08:00:00Z', 'commit', '-q', '-am', 'SOP v3, Christmas');
    git('2026-12-04T15:00:00Z', 'checkout', '-q', 'main');
    git('2026-12-04T15:00:00Z', 'merge', '-q', '--squash', 'v3');
    git('2026-12-04T15:00:00Z', 'commit', '-q', '-m', 'SOP v3, Christmas (#2)');
    commits.squash = head();

    // A fast-forward: main moves to the branch's own commit, which keeps its date (Dec 5, 10:00).
    git('2026-12-05T10:00:00Z', 'checkout', '-q', '-b', 'faster');
    write(STANDARD, standard('45m'));
    git('2026-12-05T10:00:00Z', 'commit', '-q', '-am', '45m');
    commits.fastForward = head();
    git('2026-12-05T18:00:00Z', 'checkout', '-q', 'main');
    git('2026-12-05T18:00:00Z', 'merge', '-q', '--ff-only', 'faster');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('publishes an SOP version on the day of its merge commit, or of its squash commit', async () => {
    const { publications, unavailable } = await readSopPublications(root, [{ id: 'refunds', origin: { file: SOP } }]);
    expect(unavailable).toBeNull();
    expect(publications.get('refunds')!.map((p) => [p.version, new Date(p.publishedMs).toISOString(), p.commit])).toEqual([
      [1, '2026-11-01T09:00:00.000Z', commits.first],
      // Not 2026-11-20 (the branch's commit): the sop_acknowledgement clock starts when v2 is on main.
      [2, '2026-12-02T09:00:00.000Z', commits.merge],
      [3, '2026-12-04T15:00:00.000Z', commits.squash],
    ]);
  });

  it('dates a standard’s versions by their merge, squash and fast-forward commits, and puts each in force from that day', async () => {
    const history = await readDocumentHistory(root, [STANDARD, CALENDAR]);
    expect(history.unavailable).toBeNull();
    expect(history.standards.get(STANDARD)!.map((v) => [v.commit, v.committedAt, v.definition.thresholdMinutes])).toEqual([
      [commits.first, '2026-11-01T09:00:00+00:00', 120],
      [commits.merge, '2026-12-02T09:00:00+00:00', 60],
      [commits.fastForward, '2026-12-05T10:00:00+00:00', 45],
    ]);
    const working = history.standards.get(STANDARD)!.at(-1)!.definition;
    // 24/7 (no calendar): UTC days. 2h judged until Dec 1 inclusive, not until Nov 19.
    expect(versionsOfModel({ calendars: [] }, history.standards)(working).map((v) => [v.from, v.version, v.definition.thresholdMinutes])).toEqual([
      ['2026-01-01', `2026-01-01 (${commits.first!.slice(0, 7)})`, 120],
      ['2026-12-02', `2026-12-02 (${commits.merge!.slice(0, 7)})`, 60],
      ['2026-12-05', `2026-12-05 (${commits.fastForward!.slice(0, 7)})`, 45],
    ]);
  });

  it('applies a calendar version from the day it was merged or squashed, not the day it was written', async () => {
    const history = await readDocumentHistory(root, [STANDARD, CALENDAR]);
    expect(history.calendars.get(CALENDAR)!.map((v) => [v.commit, v.committedAt, v.definition.holidays.length])).toEqual([
      [commits.first, '2026-11-01T09:00:00+00:00', 0],
      [commits.merge, '2026-12-02T09:00:00+00:00', 1],
      [commits.squash, '2026-12-04T15:00:00+00:00', 2],
    ]);
    const working = history.calendars.get(CALENDAR)!.at(-1)!.definition;
    const versioned = withCalendarVersions({ calendars: [working] }, history.calendars, new Date('2026-12-06T00:00:00Z'));
    expect(versioned.calendars[0]!.versions!.map((v) => [v.from, v.holidays.map((h) => h.date)])).toEqual([
      [null, []], ['2026-12-02', ['2026-11-16']], ['2026-12-04', ['2026-11-16', '2026-12-25']],
    ]);
  });

  it('reads the pull-request review’s base as of a commit the same way', async () => {
    const history = await readDocumentHistory(root, [STANDARD, CALENDAR], undefined, commits.merge!);
    expect(history.standards.get(STANDARD)!.map((v) => [v.commit, v.committedAt])).toEqual([
      [commits.first, '2026-11-01T09:00:00+00:00'], [commits.merge, '2026-12-02T09:00:00+00:00'],
    ]);
    expect(history.calendars.get(CALENDAR)!.map((v) => v.committedAt)).toEqual(['2026-11-01T09:00:00+00:00', '2026-12-02T09:00:00+00:00']);
  });

  it('gives the site the same revisions and dates: the merge commit, not the branch’s commits, named by the pull request’s title', async () => {
    const reader = gitFolderHistory(root);
    const summary = async (file: string) => (await reader.revisions(file)).map((r) => [r.commit, r.date, r.subject]);
    expect(await summary(SOP)).toEqual([
      [commits.squash, '2026-12-04T15:00:00+00:00', 'SOP v3, Christmas (#2)'],
      [commits.merge, '2026-12-02T09:00:00+00:00', 'Tighten the refunds SOP and first replies (#1)'],
      [commits.first, '2026-11-01T09:00:00+00:00', 'First versions'],
    ]);
    expect(await summary(STANDARD)).toEqual([
      [commits.fastForward, '2026-12-05T10:00:00+00:00', '45m'],
      [commits.merge, '2026-12-02T09:00:00+00:00', 'Tighten the refunds SOP and first replies (#1)'],
      [commits.first, '2026-11-01T09:00:00+00:00', 'First versions'],
    ]);
    // The merge commit's version is the merged text, read against what main had before it.
    expect(await reader.contentAt(commits.merge!, SOP)).toBe(sop(2));
    expect(await reader.contentAt(commits.merge!, CALENDAR)).toBe(calendar(['2026-11-16']));
  });

  it('keeps a merge’s own subject when its body has no title, and any other subject as written', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'merge-titles-'));
    const g = datedGit(() => other);
    try {
      mkdirSync(path.join(other, 'standards'));
      g('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
      writeFileSync(path.join(other, 'standards/a.yaml'), 'id: a\n');
      g('2026-11-01T09:00:00Z', 'add', '.');
      g('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'Merge pull request #7 from a/b');
      for (const [n, body] of [['8', null], ['9', '  \n\n  <b>Bold</b> & "quoted" title  \n\nMore lines']] as const) {
        g('2026-11-02T09:00:00Z', 'checkout', '-q', '-b', `pr${n}`);
        writeFileSync(path.join(other, 'standards/a.yaml'), `id: a\nversion: ${n}\n`);
        g('2026-11-02T09:00:00Z', 'commit', '-q', '-am', `change ${n}`);
        g('2026-11-03T09:00:00Z', 'checkout', '-q', 'main');
        g('2026-11-03T09:00:00Z', 'merge', '-q', '--no-ff', '-m', `Merge pull request #${n} from org/pr${n}`, ...(body === null ? [] : ['-m', body]), `pr${n}`);
      }
      const revisions = await gitFolderHistory(other).revisions('standards/a.yaml');
      expect(revisions.map((r) => r.subject)).toEqual([
        // The first line of the body, trimmed, as text (the site escapes it where it lands).
        '<b>Bold</b> & "quoted" title (#9)',
        'Merge pull request #8 from org/pr8',
        // Not a merge: no body to read, the subject as written (a pull request's own commit may say anything).
        'Merge pull request #7 from a/b',
      ]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
