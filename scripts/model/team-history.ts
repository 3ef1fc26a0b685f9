// When each person was a member of each team, from the git history of the Team files on the branch the nightly job
// runs on (the default branch), walked along its first-parent history: the rule that dates every document version
// (git-history.ts), so a member added by a merged pull request is a member from the merge, not from the branch's own
// commit. The rules (the people-measured standards count with them: engine/people-measures.ts):
// - a team is followed by its id, wherever its file lies (document-history.ts): a file moved and rewritten past
//   git's rename similarity goes on being the team, and a file whose id changed is another team;
// - the members (people.ts `personKey`: `members`, each as other systems know them) of the team's first committed
//   version (the first that can be read) are members from the beginning: nothing earlier is known, and a shallow
//   clone's oldest commit is such a first version;
// - a person a later commit adds is a member from that commit's date; one it removes, until that commit's date;
// - a member whose entry changes key (its handle's case, a handle added to a member known by e-mail or staff id,
//   anything else kept) stays the one member, known by each key they had (`keys`), so their records under the older
//   keys still count;
// - a version that cannot be read (not YAML, no `members` list) changes nobody's membership, nor does a commit where
//   no file holds the team's id;
// - so a team deleted and later recreated (a file holding its id again) is one team throughout, on purpose: the gap is
//   no leave, the deletion reads as undone as a revert would undo it, its members stay members across it, and the
//   version that recreates it adds and removes members from its date as any later version does
//   (tests/model/team-recreated.test.ts);
// - a team whose file is not committed yet, or with no version of its id, has no history: the engine then counts its
//   members tonight for all time, as it does outside git or when git cannot be read (`unavailable` says why). An edit
//   not committed yet counts from its commit, as an SOP version is published by its commit.
// Git is asked through readDocumentRevisions, whose `git log` of the standards folder the standards' history and the SOP
// publications read too (shared within a run, kept between runs: withKeptGitReads); each blob's members are kept by
// blob id between runs (model-cache.ts), so a run where no Team file changed starts no git process for them.

import { runGitProcess, type GitProcess, type TrackedRevision } from './git-history.ts';
import { readDocumentRevisions } from './document-history.ts';
import type { TeamDefinition } from './model.ts';
import { emailKey, peopleOfTeam, teamPersonOf, type TeamMembership } from './people.ts';

/**
 * What a blob of a Team file holds: its `kind` and `id` (null when not a string) and its members' keys, each with what other
 * systems know them by (`ids`: the handle and staff id lower-cased, the e-mail as its hash: never an address), or
 * null when unreadable.
 */
export type TeamMembers = { kind?: string | null; id: string | null; people: { key: string; github: string | null; ids: string[] }[] } | null;

export interface TeamMembershipsResult {
  /** Per team id (of the teams with history), every time each person was a member, in the order they first appear. */
  memberships: Map<string, TeamMembership[]>;
  /** Why history could not be read, or null. */
  unavailable: string | null;
}

function membersIn(parse: (text: string) => unknown, bytes: Uint8Array): TeamMembers {
  try {
    const doc = parse(new TextDecoder().decode(bytes)) as { kind?: unknown; id?: unknown; members?: unknown } | null;
    if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.members)) return null;
    const people: { key: string; github: string | null; ids: string[] }[] = [];
    for (const m of doc.members as unknown[]) {
      // An entry the schema would refuse names nobody.
      if (typeof m !== 'string' && (m === null || typeof m !== 'object')) continue;
      const { key, github, email, staffId } = teamPersonOf(m as string | { github?: string; email?: string; staffId?: string });
      const ids = idsOf(github, email, staffId);
      // Nor does one without a handle, an e-mail or a staff id (its key would be an empty e-mail's, one made-up person).
      if (ids.length === 0) continue;
      if (typeof key === 'string' && !people.some((p) => p.key === key)) people.push({ key, github: typeof github === 'string' ? github : null, ids });
    }
    return { kind: typeof doc.kind === 'string' ? doc.kind : null, id: typeof doc.id === 'string' ? doc.id : null, people };
  } catch {
    return null;
  }
}

/** Whether a blob's members are those of the team `id` (a file of another kind, or unreadable, holds no team). */
const holdsTeam = (members: TeamMembers, id: string): boolean => members !== null && members.id === id && (members.kind == null || members.kind === 'Team');

/** Who a Team entry is to other systems (`ids`: the handle and staff id lower-cased, the e-mail as its hash: never an address). */
function idsOf(github: unknown, email: unknown, staffId: unknown): string[] {
  return [
    ...(typeof github === 'string' ? [`github:${github.toLowerCase()}`] : []),
    ...(typeof email === 'string' ? [emailKey(email)] : []),
    ...(typeof staffId === 'string' ? [`staff:${staffId.toLowerCase()}`] : []),
  ];
}

type TeamPeople = NonNullable<TeamMembers>['people'];
/** The open times of a team's current members, with what each was last known by. */
type OpenTimes = Map<TeamMembership, ReadonlySet<string>>;

/**
 * One version's change to a team's times: each of `members` continues an open time of `current` (the same key
 * whatever its case, else a kept identifier), or begins one at `atMs` (added to `times`); an open time nobody
 * continues ends at `atMs`. Returns the open times after it.
 */
function stepMemberships(times: TeamMembership[], current: OpenTimes, members: TeamPeople, atMs: number): OpenTimes {
  const open = [...current.keys()];
  const claimed = new Set<TeamMembership>();
  const claim = (test: (time: TeamMembership) => boolean) => {
    const time = open.find((t) => !claimed.has(t) && test(t));
    if (time !== undefined) claimed.add(time);
    return time;
  };
  // The same key first, then a kept identifier: two entries never continue one time.
  const found = members.map(({ key }) => claim((t) => t.key.toLowerCase() === key.toLowerCase()));
  members.forEach(({ ids }, i) => {
    if (found[i] === undefined && ids.length > 0) found[i] = claim((t) => ids.some((x) => current.get(t)!.has(x)));
  });
  const next: OpenTimes = new Map();
  members.forEach(({ key, github, ids }, i) => {
    let time = found[i];
    if (time === undefined) {
      time = { key, github, fromMs: atMs, toMs: Number.POSITIVE_INFINITY };
      times.push(time);
    } else if (time.key !== key || time.github !== github) {
      const keys = time.keys ?? [time.key];
      time.keys = keys.includes(key) ? keys : [...keys, key];
      time.key = key;
      time.github = github;
    }
    next.set(time, new Set(ids));
  });
  for (const time of open) if (!claimed.has(time)) time.toMs = atMs;
  return next;
}

/**
 * Each person's times in one team, from its versions oldest first (date and what the blob held). A member of the
 * version before is the same member under the same key whatever its case (GitHub handles have none), or under a new
 * key when the entry kept something else other systems know them by (a handle added to a member known by e-mail or
 * staff id): their time goes on, under the new key, and `keys` lists each they had, so their records under the
 * older ones still count for them.
 */
export const membershipsOf = (function membershipsOf(id: string, versions: readonly { date: string; members: TeamMembers }[]): TeamMembership[] {
  const times: TeamMembership[] = [];
  let current: OpenTimes | null = null;
  for (const { date, members } of versions) {
    if (members === null || members.id !== id) continue;
    current = stepMemberships(times, current ?? new Map(), members.people, current === null ? Number.NEGATIVE_INFINITY : Date.parse(date));
  }
  return times;
});

/**
 * A team's times once a pull request that changes its members from `before` (the team as the base has it) to
 * `after` merges at `atMs`: `history` (the base's, as of the base commit; absent: none was read, `before`'s members
 * for all time, as the engine counts them) with one more version, the proposal's, dated `atMs`, by membershipsOf's
 * rule (a member added from `atMs`, one removed until then, a changed entry the same member). `history` is not
 * changed. A team the base does not have has no history once merged but its first version: its members for all
 * time (null here, as for the engine).
 */
export function membershipsMerged(history: readonly TeamMembership[] | undefined, before: Pick<TeamDefinition, 'members' | 'people'> | undefined, after: Pick<TeamDefinition, 'members' | 'people'>, atMs: number): TeamMembership[] | null {
  if (before === undefined) return null;
  const peopleOf = (team: Pick<TeamDefinition, 'members' | 'people'>): TeamPeople => {
    const out: TeamPeople = [];
    for (const p of peopleOfTeam(team)) {
      const ids = idsOf(p.github, p.email, p.staffId);
      if (ids.length > 0 && !out.some((o) => o.key === p.key)) out.push({ key: p.key, github: p.github, ids });
    }
    return out;
  };
  const was = peopleOf(before);
  const times = history === undefined
    ? was.map(({ key, github }): TeamMembership => ({ key, github, fromMs: Number.NEGATIVE_INFINITY, toMs: Number.POSITIVE_INFINITY }))
    : history.map((t) => ({ ...t, ...(t.keys ? { keys: [...t.keys] } : {}) }));
  // The open times are the base's members tonight (its last version): each known by what its entry there says.
  const current: OpenTimes = new Map();
  for (const time of times) {
    if (time.toMs !== Number.POSITIVE_INFINITY) continue;
    current.set(time, new Set(was.find((p) => p.key.toLowerCase() === time.key.toLowerCase())?.ids ?? []));
  }
  stepMemberships(times, current, peopleOf(after), atMs);
  return times;
}

/**
 * With `kept` (what each blob held, by blob id, as an earlier run read it: model-cache.ts), only the blobs it lacks
 * are read, and added to it; when it has them all, no git process is started for them. `revision`: the history as of
 * that commit (a review's base commit: the base ref's tip, or the merge base) rather than of what is checked out.
 */
export const readTeamMemberships = (async function readTeamMemberships(root: string, teams: readonly Pick<TeamDefinition, 'id' | 'origin'>[], git: GitProcess = runGitProcess, kept: Map<string, TeamMembers> | null = null, revision: string | null = null): Promise<TeamMembershipsResult> {
  const memberships = new Map<string, TeamMembership[]>();
  if (teams.length === 0) return { memberships, unavailable: null };
  const held = kept ?? new Map<string, TeamMembers>();
  let revisions: Map<string, TrackedRevision[]>;
  try {
    // Followed by id: a Team file moved and rewritten keeps its members' times (document-history.ts).
    const read = await readDocumentRevisions(root, teams.map((t) => ({ id: t.id, file: t.origin.file })), revision, git, held, membersIn, holdsTeam);
    if (read.unavailable !== null) return { memberships, unavailable: read.unavailable };
    revisions = read.revisions;
  } catch (error) {
    return { memberships, unavailable: error instanceof Error ? error.message : String(error) };
  }
  for (const team of teams) {
    // Oldest first; a deletion (no blob) or a blob git could not give changes nobody.
    const versions = [...(revisions.get(team.origin.file) ?? [])].reverse()
      .map((r) => ({ date: r.date, members: r.blob === null ? null : held.get(r.blob) ?? null }));
    if (!versions.some((v) => v.members !== null && v.members.id === team.id)) continue;
    memberships.set(team.id, membershipsOf(team.id, versions));
  }
  return { memberships, unavailable: null };
});
