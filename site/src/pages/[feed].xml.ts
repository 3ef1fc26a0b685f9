// feed.xml: an Atom feed of status changes and published SOP versions. Atom links are absolute, so the feed
// exists only when the Pipeline gives the site's public address (site.url): the route lists no page otherwise.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { siteMeta } from '../lib/site-meta.ts';
import { atomFeed, feedChanges } from '../../../scripts/publish/site-feeds.ts';

export const getStaticPaths = (async () => {
  const meta = await siteMeta();
  return meta.pipeline.site.url ? [{ params: { feed: 'feed' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const meta = await siteMeta();
  const standards = await getCollection('standards');
  const sops = await getCollection('sops');
  const changes = feedChanges(standards.map((s) => s.data), standards.flatMap((s) => s.data.statusLog), sops.map((s) => s.data.definition));
  const xml = atomFeed(changes, { origin: meta.pipeline.site.url!, base: import.meta.env.BASE_URL, title: meta.pipeline.site.title, organisation: meta.pipeline.organisation, fallbackUpdated: meta.now });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
