// What a "Please read: <SOP title> v<N>" issue says: the hidden marker that finds it again, the changelog entry
// of the version, the link to the SOP page, who is asked (the following teams, mentioned), how to acknowledge,
// and how far each team has got. Text from documents goes through inert-markdown.ts (as in the review
// comment): it shows as text and can mention, link or reference nothing. Only handles and `org/team` slugs
// from the Team documents, checked by their schema's patterns, are mentioned.

import type { SopDefinition, StandardsModel, TeamDefinition } from '../model/model.ts';
import { inertCode, inertMarkdown } from '../publish/inert-markdown.ts';
import { dayText, pageUrl } from './issue-body.ts';
import { hiddenComment } from './markdown-text.ts';

// The body's first line, as in every body we write (issue-body.ts says why).
const MARKER = /^<!-- service-standards:sop-acknowledgement sop=([a-z0-9]+(?:-[a-z0-9]+)*) version=(\d+) -->(?=\r?\n|$)/;

export function acknowledgementMarker(sop: string, version: number): string {
  return hiddenComment(`service-standards:sop-acknowledgement sop=${sop} version=${version}`);
}

/** The SOP and version an issue asks people to acknowledge, or null for an issue that is not ours. */
export function readAcknowledgementMarker(body: string): { sop: string; version: number } | null {
  const match = MARKER.exec(body);
  return match ? { sop: match[1]!, version: Number(match[2]) } : null;
}

/** The title: plain text (GitHub renders no Markdown in titles), one line. */
export function acknowledgementTitle(sop: Pick<SopDefinition, 'title'>, version: number): string {
  return `Please read: ${sop.title.replace(/\s+/g, ' ').trim()} v${version}`;
}

const HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM_SLUG = /^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/;

/** Who is asked: the team's GitHub team when it has one, else each member with a GitHub handle. */
function mentions(team: TeamDefinition): string {
  if (team.githubTeam && TEAM_SLUG.test(team.githubTeam)) return `@${team.githubTeam}`;
  const handles = team.members.filter((h) => HANDLE.test(h));
  return handles.length > 0 ? handles.map((h) => `@${h}`).join(' ') : '(no member is on GitHub: they acknowledge through the export)';
}

export interface TeamProgress { team: string; members: number; acknowledged: number }

export interface AcknowledgementBodyInput {
  model: StandardsModel;
  sop: SopDefinition;
  version: number;
  /** When the version was published (ISO 8601), or null when unknown. */
  published: string | null;
  teams: readonly TeamDefinition[];
  progress: readonly TeamProgress[];
}

export function acknowledgementBody(input: AcknowledgementBodyInput): string {
  const { model, sop, version } = input;
  const entry = sop.changelog.find((c) => c.version === version) ?? null;
  const url = pageUrl(model, `sops/${sop.id}/`);
  const name = inertMarkdown(sop.title, 140);
  const lines = [
    acknowledgementMarker(sop.id, version),
    '',
    `**Version ${version}** of the SOP ${url ? `[${name}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : `**${name}**`} is in force${input.published ? ` since ${dayText(input.published.slice(0, 10))}` : ''}. Please read it.`,
    '',
  ];
  if (entry) lines.push(`> **What changed** (${dayText(entry.date)}): ${inertMarkdown(entry.summary, 500)}`, '');
  lines.push(
    `Asked to read it: ${input.teams.map((t) => `${inertMarkdown(t.name, 80)} (${mentions(t)})`).join('; ')}.`,
    '',
    '**To acknowledge**, add a 👍 reaction to this issue, or comment `/ack`. Each night the acknowledgements of members of these teams are recorded; others are not counted.',
    '',
    '| Team | Acknowledged |',
    '| --- | --- |',
    ...input.progress.map((p) => `| ${inertMarkdown(input.teams.find((t) => t.id === p.team)?.name ?? p.team, 80)} | ${p.acknowledged} of ${p.members} |`),
    '',
    `<sub>Opened by ${inertCode('standards actions')}. It closes when everyone in these teams has acknowledged version ${version}, or when a newer version supersedes it.</sub>`,
    '',
  );
  return lines.join('\n');
}
