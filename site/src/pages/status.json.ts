// status.json: each standard's status, value, goal, budget and since, and each team's worst status, for
// scripts and dashboards. Its shape is schemas/status.schema.json (the site build test validates it).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { siteMeta } from '../lib/site-meta.ts';
import { href } from '../lib/links.ts';
import { loadStandings } from '../lib/standings.ts';
import { sortByStatus } from '../lib/format.ts';
import { statusSummary } from '../../../scripts/publish/site-feeds.ts';
import { reportDay, standardNights, statusSince } from '../../../scripts/publish/site-status.ts';

export const GET: APIRoute = async () => {
  const meta = await siteMeta();
  // "since" as the standard pages say it: over the nights ending with the report's night.
  const today = reportDay(meta.report);
  const entries = sortByStatus((await getCollection('standards')).map((e) => ({ ...e.data, status: e.data.status })));
  const { standings, teamName } = await loadStandings();
  const summary = statusSummary({
    report: meta.report,
    standards: entries.map((s) => {
      const spell = statusSince(standardNights(s.statusLog, s.definition, s.result, meta.pipeline.evaluation, today));
      return { id: s.id, title: s.title, owner: s.owner, status: s.status, result: s.result, since: spell && spell.status === s.status ? spell.since : null, page: href(`standards/${s.id}/`) };
    }),
    teams: standings.map((t) => ({ id: t.team, name: teamName(t.team), status: t.worstSlice ?? t.worstOwned, page: href(`teams/${t.team}/`) })),
  });
  return new Response(`${JSON.stringify(summary, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
