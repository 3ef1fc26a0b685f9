import type { GitHubIssuesSourceSettings, TeamDefinition } from '../model/model.ts';
import type { TicketSource } from './source.ts';
export function createGitHubIssuesSource(_settings: GitHubIssuesSourceSettings, _deps: { now: Date; env: Record<string, string | undefined>; teams: readonly TeamDefinition[] }): TicketSource {
  throw new Error('not yet');
}
