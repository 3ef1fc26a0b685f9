// The single `site` entry (settings, report header, freshness, changes), read by the layout and the pages.
import { getEntry } from 'astro:content';

export async function siteMeta() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('the site collection has no "site" entry: the content loader did not run');
  return entry.data;
}
