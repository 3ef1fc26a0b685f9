// Each listed ticket links to where an agent opens it: one link per source, `site.ticketUrl` over all.
import { describe, expect, it } from 'vitest';
import { githubWebOrigin, ticketLinker } from '../../scripts/publish/ticket-links.ts';
import type { FreshdeskSourceSettings, GitHubIssuesSourceSettings, PipelineSettings, SourceSettings, ZendeskSourceSettings } from '../../scripts/model/model.ts';
import { pipeline } from '../engine/engine-fixtures.ts';

const zendesk: SourceSettings = { type: 'zendesk', zendesk: { subdomain: 'acme', baseUrl: 'http://127.0.0.1:9999' } as ZendeskSourceSettings };
const freshdesk: SourceSettings = { type: 'freshdesk', freshdesk: { domain: 'acme-help', baseUrl: 'https://acme-help.freshdesk.com' } as FreshdeskSourceSettings };
const github = (repositories: string[], baseUrl: string | null = null): SourceSettings => ({ type: 'github-issues', githubIssues: { repositories, baseUrl } as GitHubIssuesSourceSettings });
const csv = { type: 'csv', csv: {} } as SourceSettings;

function linker(source: SourceSettings, ticketUrl: string | null = null) {
  const p: PipelineSettings = pipeline({ source });
  return ticketLinker({ source: p.source, site: { ...p.site, ticketUrl } });
}

describe('a ticket links into its helpdesk', () => {
  it.each([
    ['Zendesk: the agent interface on the subdomain (not the API origin)', zendesk, '48210', 'https://acme.zendesk.com/agent/tickets/48210'],
    ['Freshdesk: the agent interface on the domain', freshdesk, '1077', 'https://acme-help.freshdesk.com/a/tickets/1077'],
    ['GitHub Issues, one repository: the number alone', github(['acme/help']), '412', 'https://github.com/acme/help/issues/412'],
    ['GitHub Issues, several repositories: owner:repo:n', github(['acme/help', 'acme/billing']), 'acme:billing:7', 'https://github.com/acme/billing/issues/7'],
    ['GitHub Enterprise Server: the host of the API endpoint', github(['ops/desk'], 'https://git.acme.example/api/v3'), '9', 'https://git.acme.example/ops/desk/issues/9'],
    ['GitHub: api.github.com written out', github(['acme/help'], 'https://api.github.com'), '3', 'https://github.com/acme/help/issues/3'],
  ])('%s', (_, source, id, url) => {
    expect(linker(source)(id)).toBe(url);
  });

  it('CSV and the sample have no link unless site.ticketUrl gives one', () => {
    expect(linker(csv)('A-1')).toBeNull();
    expect(linker({ type: 'sample', tickets: 1, days: 1, seed: 1 })('1')).toBeNull();
    expect(linker(csv, 'https://desk.acme.example/t/{id}?from={id}')('A 1/2')).toBe('https://desk.acme.example/t/A%201%2F2?from=A%201%2F2');
  });

  it('site.ticketUrl wins over the source\'s own link', () => {
    expect(linker(zendesk, 'https://support.acme.example/agent/tickets/{id}')('5')).toBe('https://support.acme.example/agent/tickets/5');
  });

  it('a GitHub id that names no issue gets no link', () => {
    expect(linker(github(['acme/help', 'acme/billing']))('412')).toBeNull();
    expect(linker(github(['acme/help']))('acme:help:x')).toBeNull();
  });

  it('githubWebOrigin', () => {
    expect([githubWebOrigin(null), githubWebOrigin('https://api.github.com/'), githubWebOrigin('https://ghe.example:8443/api/v3')]).toEqual(['https://github.com', 'https://github.com', 'https://ghe.example:8443']);
  });
});
