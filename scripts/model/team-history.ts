// When each person was a member of each team, from the git history of the Team files on the branch the nightly job
// runs on (the default branch), walked along its first-parent history: the rule that dates every document version
// (git-history.ts), so a member added by a merged pull request is a member from the merge, not from the branch's own
// commit. The rules (the people-measured standards count with them: engine/people-measures.ts):
// - the members (people.ts `personKey`: `members`, each as other systems know them) of a file's first committed
//   version (the first that can be read) are members from the beginning: nothing earlier is known, and a shallow
//   clone's oldest commit is such a first version;
// - a person a later commit adds is a member from that commit's date; one it removes, until that commit's date;
// - a version that cannot be read (not YAML, no `members` list) changes nobody's membership, and a version holding
//   another team's `id` (the path held another team before) is not this team's;
// - a team whose file is not committed yet, or with no version of its id, has no history: the engine then counts its
//   members tonight for all time, as it does outside git or when git cannot be read (`unavailable` says why). An edit
//   not committed yet counts from its commit, as an SOP version is published by its commit.
// Git is asked through readFileRevisions, whose `git log` of the standards folder the standards' history and the SOP
// publications read too (shared within a run, kept between runs: withKeptGitReads); each blob's members are kept by
// blob id between runs (model-cache.ts), so a run where no Team file changed starts no git process for them.

import { parseCatFileBatch, readFileRevisions, runGitProcess, type GitProcess, type TrackedRevision } from './git-history.ts';
import type { TeamDefinition } from './model.ts';
import { teamPersonOf, type TeamMembership } from './people.ts';

/** What a blob of a Team file holds: its `id` (null when not a string) and its members' keys, or null when unreadable. */
export type TeamMembers = { id: string | null; people: { key: string; github: string | null }[] } | null;

export interface TeamMembershipsResult {
  /** Per team id (of the teams with history), every time each person was a member, in the order they first appear. */
  memberships: Map<string, TeamMembership[]>;
  /** Why history could not be read, or null. */
  unavailable: string | null;
}

function membersIn(parse: (text: string) => unknown, bytes: Uint8Array): TeamMembers {
  try {
    const doc = parse(new TextDecoder().decode(bytes)) as { id?: unknown; members?: unknown } | null;
    if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.members)) return null;
    const people: { key: string; github: string | null }[] = [];
    for (const m of doc.members as unknown[]) {
      // An entry the schema would refuse names nobody.
      if (typeof m !== 'string' && (m === null || typeof m !== 'object')) continue;
      const { key, github } = teamPersonOf(m as string | { github?: string; email?: string; staffId?: string });
      if (!people.some((p) => p.key === key)) people.push({ key, github });
    }
    return { id: typeof doc.id === 'string' ? doc.id : null, people };
  } catch {
    return null;
  }
}

/** Each person's times in one team, from its versions oldest first (date and what the blob held). */
export const membershipsOf = (function membershipsOf(id: string, versions: readonly { date: string; members: TeamMembers }[]): TeamMembership[] {
  const times: TeamMembership[] = [];
  /** The open time of each current member, by key. */
  let current: Map<string, TeamMembership> | null = null;
  for (const { date, members } of versions) {
    if (members === null || members.id !== id) continue;
    const atMs = current === null ? Number.NEGATIVE_INFINITY : Date.parse(date);
    const next = new Map<string, TeamMembership>();
    for (const { key, github } of members.people) {
      let time = current?.get(key);
      if (time === undefined) {
        time = { key, github, fromMs: atMs, toMs: Number.POSITIVE_INFINITY };
        times.push(time);
      }
      next.set(key, time);
    }
    for (const [key, time] of current ?? []) if (!next.has(key)) time.toMs = Date.parse(date);
    current = next;
  }
  return times;
});

/**
 * With `kept` (what each blob held, by blob id, as an earlier run read it: model-cache.ts), only the blobs it lacks
 * are read, and added to it; when it has them all, no git process is started for them. `revision`: the history as of
 * that commit (a review's merge base) rather than of what is checked out.
 */
export const readTeamMemberships = (async function readTeamMemberships(root: string, teams: readonly Pick<TeamDefinition, 'id' | 'origin'>[], git: GitProcess = runGitProcess, kept: Map<string, TeamMembers> | null = null, revision: string | null = null): Promise<TeamMembershipsResult> {
  const memberships = new Map<string, TeamMembership[]>();
  if (teams.length === 0) return { memberships, unavailable: null };
  let revisions: Map<string, TrackedRevision[]>;
  try {
    revisions = await readFileRevisions(root, teams.map((t) => t.origin.file), revision, git);
  } catch (error) {
    return { memberships, unavailable: error instanceof Error ? error.message : String(error) };
  }
  const held = kept ?? new Map<string, TeamMembers>();
  const blobs = [...revisions.values()].flatMap((list) => list.map((r) => r.blob)).filter((b): b is string => b !== null);
  const unread = [...new Set(blobs)].filter((blob) => !held.has(blob));
  if (unread.length > 0) {
    let read: Map<string, Uint8Array>;
    try {
      read = parseCatFileBatch(await git(['cat-file', '--batch'], root, Buffer.from(`${unread.join('\n')}\n`)));
    } catch (error) {
      return { memberships, unavailable: error instanceof Error ? error.message : String(error) };
    }
    // The YAML parser is loaded only when a blob is read anew.
    const { parse } = await import('yaml');
    // A blob git could not give (a partial clone whose fetch failed) is not kept: the next run asks again.
    for (const blob of unread) {
      const bytes = read.get(blob);
      if (bytes !== undefined) held.set(blob, membersIn(parse, bytes));
    }
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
