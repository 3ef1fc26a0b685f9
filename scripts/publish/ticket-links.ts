// Where a ticket opens in the helpdesk, so the site and the corrective-action issues link each listed ticket
// to the place an agent acts on it. One link per source, from the settings the source already has:
//
//   zendesk        https://{subdomain}.zendesk.com/agent/tickets/{id}   (the agent interface)
//   freshdesk      https://{domain}.freshdesk.com/a/tickets/{id}        (the agent interface)
//   github-issues  the issue's own page: https://github.com/{owner}/{repo}/issues/{n}, or the Enterprise
//                  server's host when `baseUrl` is `https://HOST/api/v3`
//   csv, sample    none
//
// `site.ticketUrl` (a template with `{id}`) wins over all of them: a helpdesk on its own domain, a CSV export
// from a helpdesk with a web interface. The id is the store's ticket id, URL-encoded where it is placed; a
// GitHub Issues id names its repository (`owner:repo:n`) unless the source reads one repository (`n`).

import type { PipelineSettings } from '../model/model.ts';

export type TicketLinker = (id: string) => string | null;

/** The web address of a GitHub API endpoint: `https://api.github.com` → `https://github.com`, `https://HOST/api/v3` → `https://HOST`. */
export function githubWebOrigin(baseUrl: string | null): string {
  if (!baseUrl) return 'https://github.com';
  const url = new URL(baseUrl);
  if (url.hostname === 'api.github.com') return 'https://github.com';
  return url.origin;
}

function githubIssueLink(settings: { repositories: readonly string[]; baseUrl: string | null }): TicketLinker {
  const web = githubWebOrigin(settings.baseUrl);
  const single = settings.repositories.length === 1 ? settings.repositories[0]!.split('/') : null;
  return (id) => {
    const parts = id.split(':');
    const [owner, repo, number] = parts.length === 3 ? parts : single && parts.length === 1 ? [single[0]!, single[1]!, parts[0]!] : [];
    if (!owner || !repo || !number || !/^\d+$/.test(number)) return null;
    return `${web}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues/${number}`;
  };
}

function fromTemplate(template: string): TicketLinker {
  return (id) => template.replaceAll('{id}', encodeURIComponent(id));
}

/** How the pipeline's tickets link into the helpdesk; the function returns null where there is no link. */
export function ticketLinker(pipeline: Pick<PipelineSettings, 'source' | 'site'>): TicketLinker {
  if (pipeline.site.ticketUrl) return fromTemplate(pipeline.site.ticketUrl);
  const source = pipeline.source;
  switch (source.type) {
    case 'zendesk':
      return fromTemplate(`https://${source.zendesk.subdomain}.zendesk.com/agent/tickets/{id}`);
    case 'freshdesk':
      return fromTemplate(`https://${source.freshdesk.domain}.freshdesk.com/a/tickets/{id}`);
    case 'github-issues':
      return githubIssueLink(source.githubIssues);
    case 'csv':
    case 'sample':
      return () => null;
  }
}
