// Settings of a Zendesk, a Freshdesk and a GitHub Issues source whose helpdesk is nowhere: a source built on them
// fails at its first request, so a test of what a source does before it asks anything (a refused cursor, the fetch's
// first line) sees that refusal or line, or this connection error, never a request answered.

import type { FreshdeskSourceSettings, GitHubIssuesSourceSettings, ZendeskSourceSettings } from '../../scripts/model/model.ts';

/** Nothing listens on port 9 (discard) of the loopback address here. */
export const NOWHERE = 'http://127.0.0.1:9';
export const unreachableEnv = { ZENDESK_EMAIL: 'ops@acme.example', ZENDESK_API_TOKEN: 'zd-token', FRESHDESK_API_KEY: 'fd-key', HELPDESK_GITHUB_TOKEN: 'ghp_x' };
const values = { priority: {}, channel: {}, status: {}, team: {} };

export const unreachableZendesk: ZendeskSourceSettings = {
  subdomain: 'acme', baseUrl: NOWHERE, emailEnv: 'ZENDESK_EMAIL', tokenEnv: 'ZENDESK_API_TOKEN', startDate: '2026-10-01', defaultPriority: 'normal',
  concurrency: 1, tieOut: false, values, category: { from: 'type' }, team: { from: 'group' }, maxShare: 0.5, highVolume: false,
};
export const unreachableFreshdesk: FreshdeskSourceSettings = {
  domain: 'acme', baseUrl: NOWHERE, tokenEnv: 'FRESHDESK_API_KEY', startDate: '2026-10-01', pageCap: 300, concurrency: 1, values,
  category: { from: 'type' }, team: { from: 'group' }, maxShare: 0.5,
};
export const unreachableGitHub: GitHubIssuesSourceSettings = {
  repositories: ['acme/help'], baseUrl: NOWHERE, tokenEnv: 'HELPDESK_GITHUB_TOKEN', startDate: '2026-10-01',
  agents: { teamMembers: true, authorAssociations: ['OWNER'] }, labels: { priority: {}, team: {}, category: {}, pending: [], onHold: [] },
  defaultPriority: 'normal', channel: 'web', concurrency: 1, maxShare: 0.5,
};
