// Every team's standing (its own slices and the standards it owns), loaded once per page from the collections:
// the home page, the team pages, status.json and the badges all read it the same way.
import { getCollection } from 'astro:content';
import { siteMeta } from './site-meta.ts';
import { teamStandings, type TeamStanding } from '../../../scripts/publish/team-slices.ts';
import type { TeamDefinition } from '../../../scripts/model/model.ts';

export interface Standings {
  standings: TeamStanding[];
  teams: TeamDefinition[];
  /** A team's name for people: its Team document's name, else its id. */
  teamName: (id: string) => string;
  /** A person's name for people: the name a Team document gives the handle, else the handle. */
  personName: (handle: string) => string;
}

export async function loadStandings(): Promise<Standings> {
  const meta = await siteMeta();
  const teams = (await getCollection('teams')).map((t) => t.data.definition);
  const standards = (await getCollection('standards')).map((e) => ({ definition: e.data.definition, result: e.data.result, status: e.data.status }));
  const names = new Map(teams.map((t) => [t.id, t.name]));
  const people = new Map(teams.flatMap((t) => Object.entries(t.names ?? {})));
  return {
    standings: teamStandings(standards, { pipeline: meta.pipeline, teams }),
    teams,
    teamName: (id) => names.get(id) ?? id,
    personName: (handle) => people.get(handle) ?? handle,
  };
}
