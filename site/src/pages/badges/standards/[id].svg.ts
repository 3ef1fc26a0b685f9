// An SVG status badge per standard (`badges/standards/<id>.svg`), for READMEs and intranet pages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { statusBadge } from '../../../../../scripts/publish/site-feeds.ts';

export const getStaticPaths = (async () => (await getCollection('standards')).map((e) => ({ params: { id: e.id }, props: { title: e.data.title, status: e.data.status } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(statusBadge(props.title, props.status), { headers: { 'content-type': 'image/svg+xml' } });
