// What the site publishes for feed readers and machines besides its pages: an Atom feed of status changes and
// published SOP versions (the `feed` library writes the XML), `status.json` (shape: schemas/status.schema.json)
// and an SVG status badge per standard and per team (shields' own `badge-maker`). Pure: the site's endpoints
// (site/src/pages/feed.xml.ts, status.json.ts, badges/) call these with collection data.
//
// Untrusted text stays text: titles and summaries come from documents, so they are HTML-escaped before they go
// into Atom's `type="html"` elements, and badge-maker escapes what it writes into the SVG. Characters XML 1.0
// forbids (control characters) are replaced in both (scripts/publish/xml-characters.ts).

import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import { makeBadge } from 'badge-maker';
import type { SopDefinition } from '../model/model.ts';
import type { Report, StatusSummary } from '../model/documents.generated.ts';
import { statusTransitions, type LoggedStatus, type StatusEntry } from '../store/status-log.ts';
import { sitePath } from './site-links.ts';
import { replaceNonXmlCharacters } from './xml-characters.ts';

/** A name-based UUID (RFC 9562 version 5 layout over SHA-1): the same change always gets the same id. */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`service-standards\u0000${name}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STATUS_WORDS: Record<LoggedStatus, string> = { met: 'met', 'at-risk': 'at risk', breached: 'breached', 'no-data': 'without enough data' };

export interface FeedChange {
  /** A stable `urn:uuid:` for this one change. */
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  kind: 'status' | 'sop';
  title: string;
  summary: string;
  /** Site page, relative to the site's base (`standards/csat/`). */
  page: string;
}

/** Every status change and every published SOP version, newest first, at most `limit`. */
export function feedChanges(
  standards: readonly { id: string; title: string }[], statusLog: readonly StatusEntry[], sops: readonly Pick<SopDefinition, 'id' | 'title' | 'changelog'>[], limit = 100,
): FeedChange[] {
  const titles = new Map(standards.map((s) => [s.id, s.title]));
  const changes: FeedChange[] = [];
  for (const t of statusTransitions(statusLog)) {
    const title = titles.get(t.standard);
    if (!title) continue;
    changes.push({
      id: stableUuid(`status\u0000${t.standard}\u0000${t.date}\u0000${t.from}\u0000${t.to}`),
      date: t.date, kind: 'status',
      title: `${title}: ${STATUS_WORDS[t.to]}`,
      summary: `${title} is now ${STATUS_WORDS[t.to]} (was ${STATUS_WORDS[t.from]})${t.versionChanged ? ', after a change to the standard' : ''}.`,
      page: `standards/${t.standard}/`,
    });
  }
  for (const sop of sops) {
    for (const c of sop.changelog) {
      changes.push({
        id: stableUuid(`sop\u0000${sop.id}\u0000${c.version}`),
        date: c.date, kind: 'sop',
        title: `${sop.title}: version ${c.version}`,
        summary: `Version ${c.version} of the SOP "${sop.title}" was published: ${c.summary}`,
        page: `sops/${sop.id}/`,
      });
    }
  }
  return changes.sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title)).slice(0, limit);
}

export interface AtomOptions {
  /** The site's public origin (`site.url`): Atom links are absolute. */
  origin: string;
  base: string;
  title: string;
  organisation: string;
  /** When nothing changed yet: the report's evaluation instant. */
  fallbackUpdated: string;
}

/** The Atom 1.0 document: one entry per change, each with its stable id, a link to its page and its day. */
export function atomFeed(changes: readonly FeedChange[], options: AtomOptions): string {
  const url = (page: string) => new URL(sitePath(options.base, page), options.origin).href;
  const updated = changes[0] ? `${changes[0].date}T00:00:00Z` : options.fallbackUpdated;
  const feed = new Feed({
    id: stableUuid(`feed\u0000${url('')}`),
    title: feedText(`${options.title}: status changes and SOP versions`),
    description: feedText(`Every change of a standard's status and every SOP version published by ${options.organisation}.`),
    link: url(''),
    feedLinks: { atom: url('feed.xml') },
    updated: new Date(updated),
    author: { name: feedText(options.organisation) },
    generator: false,
  });
  for (const c of changes) {
    feed.addItem({ id: c.id, title: escapeHtml(c.title), description: escapeHtml(c.summary), link: url(c.page), date: new Date(`${c.date}T00:00:00Z`) });
  }
  return replaceNonXmlCharacters(feed.atom1());
}

/**
 * Plain text for the feed-level elements (title, subtitle, author): xml-js, which `feed` writes with, turns
 * every `&amp;` back into `&` before it escapes, so a name written `R&amp;D` would read `R&D`. Escaping `&`
 * once here leaves exactly the text as written after that round trip.
 */
function feedText(text: string): string {
  return text.replace(/&/g, '&amp;');
}

// ---------------------------------------------------------------------------------------------------------
// status.json

type ReportStandard = Report['standards'][number];

export interface StatusSummaryInput {
  report: Pick<Report, 'now' | 'generatedAt' | 'organisation' | 'summary'>;
  standards: readonly { id: string; title: string; owner: string; status: LoggedStatus; result: ReportStandard | null; since: string | null; page: string }[];
  teams: readonly { id: string; name: string; status: LoggedStatus | null; page: string }[];
}

/** The machine-readable summary; its shape is schemas/status.schema.json. */
export function statusSummary(input: StatusSummaryInput): StatusSummary {
  return {
    schemaVersion: 1,
    organisation: input.report.organisation,
    now: input.report.now,
    generatedAt: input.report.generatedAt,
    summary: input.report.summary,
    standards: input.standards.map((s) => ({
      id: s.id,
      title: s.title,
      owner: s.owner,
      status: s.status,
      value: s.result?.value ?? null,
      goal: s.result ? { direction: s.result.goal.direction, value: s.result.goal.value, text: s.result.goal.text, ...(s.result.goal.judged !== undefined ? { judged: s.result.goal.judged } : {}) } : null,
      budget: s.result?.errorBudget ? { allowed: s.result.errorBudget.allowed, used: s.result.errorBudget.used, remaining: s.result.errorBudget.remaining } : null,
      since: s.since,
      page: s.page,
    })),
    teams: input.teams.map((t) => ({ id: t.id, name: t.name, status: t.status, page: t.page })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Badges

/** The site's status colours, dark enough for white text (WCAG AA at the badge's 11px bold-ish text). */
const BADGE_COLOURS: Record<LoggedStatus | 'none', string> = {
  met: '#1e6b34', 'at-risk': '#8a4b00', breached: '#b3261e', 'no-data': '#5f6368', none: '#5f6368',
};
const BADGE_WORDS: Record<LoggedStatus | 'none', string> = { met: 'met', 'at-risk': 'at risk', breached: 'breached', 'no-data': 'no data', none: 'not measured' };

/** A flat shields-style SVG badge: `label | status`, with a title and an aria-label for screen readers. */
export function statusBadge(label: string, status: LoggedStatus | null): string {
  const key = status ?? 'none';
  return makeBadge({ label: replaceNonXmlCharacters(label), message: BADGE_WORDS[key], color: BADGE_COLOURS[key], style: 'flat' });
}

/** The badge's size in pixels, from its own SVG: a page that shows it reserves the space (no layout shift). */
export function statusBadgeSize(label: string, status: LoggedStatus | null): { width: number; height: number } {
  const svg = statusBadge(label, status);
  const size = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!size) throw new Error('badge-maker wrote an SVG without width and height');
  return { width: Number(size[1]), height: Number(size[2]) };
}
