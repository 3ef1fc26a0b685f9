// Who a record from another system is about. QA reviews and SOP acknowledgements name people by a GitHub
// handle, an e-mail or a staff id; the Team documents say which member each of those is. Records keep a stable
// key (the handle, else `staff:<id>`, else `email:<hash>`), never an e-mail as written, so the store and the
// site hold no address. Someone no Team document lists gets a pseudonym (`anon:<hash>`), so two reviews by
// the same unknown reviewer are still known to be by one person without saying who.
//
// Which teams follow an SOP lives here too: its `followedBy`, or the teams the standards it serves measure.

import { createHash } from 'node:crypto';
import type { SopDefinition, StandardsModel, TeamDefinition, TeamPerson } from './model.ts';

/** The first 16 hex digits of the SHA-256 of `text`: enough to tell people apart, too short to look anything up by. */
function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function emailKey(email: string): string {
  return `email:${shortHash(email.trim().toLowerCase())}`;
}

/** The pseudonym of someone no Team document lists, from the text a record named them by. */
export function anonymousKey(text: string): string {
  return `anon:${shortHash(text.trim().toLowerCase())}`;
}

export function personKey(person: { github: string | null; email: string | null; staffId: string | null }): string {
  if (person.github !== null) return person.github;
  if (person.staffId !== null) return `staff:${person.staffId}`;
  return emailKey(person.email ?? '');
}

/** A Team document's `members` entry (a handle, or `{ github, email, staffId }`) as the model keeps it. */
export function teamPersonOf(member: string | { github?: string; email?: string; staffId?: string }): TeamPerson {
  const person = typeof member === 'string'
    ? { github: member, email: null, staffId: null }
    : { github: member.github ?? null, email: member.email?.trim().toLowerCase() ?? null, staffId: member.staffId ?? null };
  return { key: personKey(person), ...person };
}

/** Every member of the team with the identifiers records may name them by (the handles alone for older models). */
export const peopleOfTeam = (function peopleOfTeam(team: Pick<TeamDefinition, 'members' | 'people'>): TeamPerson[] {
  return team.people ?? team.members.map((handle) => teamPersonOf(handle));
});

/** One person across every team that lists them. */
export interface Person {
  key: string;
  github: string | null;
  teams: string[];
}

/** Finds people by a handle, an e-mail or a staff id, across every Team document. */
export interface PeopleDirectory {
  /** The person a record's text names (`@ana-lopez`, `Ana.Lopez@example.com`, `E1042`), or null. */
  find(text: string): Person | null;
  /** The person with this key, or null. */
  byKey(key: string): Person | null;
  /** Everyone, in the order the teams list them. */
  all(): Person[];
}

export const peopleDirectory = (function peopleDirectory(teams: readonly Pick<TeamDefinition, 'id' | 'members' | 'people'>[]): PeopleDirectory {
  const byKey = new Map<string, Person>();
  const byHandle = new Map<string, Person>();
  const byEmail = new Map<string, Person>();
  const byStaffId = new Map<string, Person>();
  for (const team of teams) {
    for (const member of peopleOfTeam(team)) {
      let person = byKey.get(member.key);
      if (person === undefined) {
        person = { key: member.key, github: member.github, teams: [] };
        byKey.set(member.key, person);
      }
      if (!person.teams.includes(team.id)) person.teams.push(team.id);
      // The first team to name an identifier wins; people-rules.ts reports one naming two people.
      if (member.github !== null && !byHandle.has(member.github.toLowerCase())) byHandle.set(member.github.toLowerCase(), person);
      if (member.email !== null && !byEmail.has(member.email)) byEmail.set(member.email, person);
      if (member.staffId !== null && !byStaffId.has(member.staffId.toLowerCase())) byStaffId.set(member.staffId.toLowerCase(), person);
    }
  }
  return {
    find(text) {
      const t = text.trim().replace(/^@/, '');
      if (t === '') return null;
      const lower = t.toLowerCase();
      if (lower.includes('@')) return byEmail.get(lower) ?? null;
      return byHandle.get(lower) ?? byStaffId.get(lower) ?? null;
    },
    byKey: (key) => byKey.get(key) ?? null,
    all: () => [...byKey.values()],
  };
});

/**
 * The key a record stores for the person `text` names: their key when a Team document lists them, else a
 * pseudonym (`anonymousKey`).
 */
export function recordKeyOf(directory: PeopleDirectory, text: string): { key: string; known: boolean } {
  const person = directory.find(text);
  return person ? { key: person.key, known: true } : { key: anonymousKey(text), known: false };
}

/**
 * The teams whose members follow `sop`: its `followedBy`, or else the teams named by the `scope.team` of the
 * standards it serves; when none of those names a team (they measure every team's tickets), every team.
 */
export const followersOf = (function followersOf(sop: Pick<SopDefinition, 'followedBy' | 'serves'>, model: Pick<StandardsModel, 'standards' | 'teams'>): string[] {
  if (sop.followedBy) return [...sop.followedBy];
  const teams = new Set<string>();
  for (const id of sop.serves) for (const team of model.standards.find((s) => s.id === id)?.scope.team ?? []) teams.add(team);
  const known = model.teams.map((t) => t.id);
  return teams.size > 0 ? known.filter((t) => teams.has(t)) : known;
});

/** The members (people) of the teams that follow `sop`, each once, with the following teams they are in. */
export function followingPeople(sop: Pick<SopDefinition, 'followedBy' | 'serves'>, model: Pick<StandardsModel, 'standards' | 'teams'>): Person[] {
  const following = new Set(followersOf(sop, model));
  const directory = peopleDirectory(model.teams.filter((t) => following.has(t.id)));
  return directory.all();
}

/**
 * A time a person was a member of a team, read from the team file's git history (team-history.ts): from `fromMs`
 * (−Infinity for the members of the file's first committed version: nothing earlier is known) until `toMs`, the
 * commit that removed them (Infinity while they still are), `toMs` excluded.
 */
export interface TeamMembership {
  key: string;
  github: string | null;
  fromMs: number;
  toMs: number;
  /** Every key they had in the team, oldest first, when it changed (a handle added, a case changed); absent: `key` alone. */
  keys?: string[];
}

/** One person's times in the teams asked about, each with its team, in the order the teams come in the model. */
export interface MemberHistory {
  key: string;
  github: string | null;
  /** Every key records may name them by (their keys in each team over time), `key` first. */
  keys: string[];
  stints: { team: string; fromMs: number; toMs: number }[];
}

/**
 * Everyone who was ever a member of `teams` (ids), each once, with their times in each: from `history` for a team it
 * holds, else (no history: outside git, a team file not committed yet) the team's members tonight, for all time. In
 * the order `peopleDirectory` gives (teams as the model lists them, members as each lists them).
 */
export const memberHistories = (function memberHistories(model: Pick<StandardsModel, 'teams'>, teams: readonly string[], history: ReadonlyMap<string, readonly TeamMembership[]> | undefined): MemberHistory[] {
  const byKey = new Map<string, MemberHistory>();
  const people: MemberHistory[] = [];
  for (const team of model.teams) {
    if (!teams.includes(team.id)) continue;
    const times = history?.get(team.id)
      ?? peopleOfTeam(team).map((p): TeamMembership => ({ key: p.key, github: p.github, fromMs: Number.NEGATIVE_INFINITY, toMs: Number.POSITIVE_INFINITY }));
    for (const { key, github, fromMs, toMs, keys } of times) {
      // One person across teams by any key they had.
      let person = [key, ...(keys ?? [])].map((k) => byKey.get(k)).find((p) => p !== undefined);
      if (person === undefined) {
        person = { key, github, keys: [key], stints: [] };
        people.push(person);
      }
      for (const k of [key, ...(keys ?? [])]) {
        if (!person.keys.includes(k)) person.keys.push(k);
        byKey.set(k, person);
      }
      person.stints.push({ team: team.id, fromMs, toMs });
    }
  }
  return people;
});

/** The first team (in `stints`' order) `person` was a member of at `atMs`, or null. */
export function teamAt(person: MemberHistory, atMs: number): string | null {
  return person.stints.find((s) => s.fromMs <= atMs && atMs < s.toMs)?.team ?? null;
}

/** `person`'s times in any of their teams, joined where they touch or overlap (a move between two teams is one), oldest first. */
export function membershipSpans(person: MemberHistory): { fromMs: number; toMs: number }[] {
  // Compared, not subtracted: −Infinity − −Infinity is NaN.
  const sorted = [...person.stints].sort((a, b) => (a.fromMs < b.fromMs ? -1 : a.fromMs > b.fromMs ? 1 : 0));
  const spans: { fromMs: number; toMs: number }[] = [];
  for (const { fromMs, toMs } of sorted) {
    if (!(toMs > fromMs)) continue;
    const last = spans[spans.length - 1];
    if (last !== undefined && fromMs <= last.toMs) last.toMs = Math.max(last.toMs, toMs);
    else spans.push({ fromMs, toMs });
  }
  return spans;
}
