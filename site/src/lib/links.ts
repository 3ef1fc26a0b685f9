// Every internal link on the site goes through `href`: the base path joined once, the same way everywhere.
import { sitePath } from '../../../scripts/publish/site-links.ts';

export function href(page = ''): string {
  return sitePath(import.meta.env.BASE_URL, page);
}

export const standardHref = (id: string) => href(`standards/${id}/`);
export const sopHref = (id: string) => href(`sops/${id}/`);
export const policyHref = (id: string) => href(`policies/${id}/`);
export const scorecardHref = (id: string) => href(`qa/${id}/`);
export const filterHref = (filter: string, value: string) => href(`standards/${filter}/${value}/`);
