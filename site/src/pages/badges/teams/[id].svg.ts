// An SVG status badge per team (`badges/teams/<id>.svg`): the worst status of the team's own slice of the
// standards that measure its tickets, else of the standards it owns.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStandings } from '../../../lib/standings.ts';
import { statusBadge } from '../../../../../scripts/publish/site-feeds.ts';

export const getStaticPaths = (async () => {
  const { standings, teamName } = await loadStandings();
  return standings.map((t) => ({ params: { id: t.team }, props: { name: teamName(t.team), status: t.worstSlice ?? t.worstOwned } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(statusBadge(props.name, props.status), { headers: { 'content-type': 'image/svg+xml' } });
