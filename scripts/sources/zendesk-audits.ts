// The repair path: one ticket's whole history from its audits (`/api/v2/tickets/{id}/audits.json`, offset
// `next_page`), for a ticket the event export cannot complete: one created before the window began that the
// store does not hold (a first fetch meets those open at its start date), or any changed ticket on the night a
// store written before the event stream moves to it. One or two requests per ticket, so never the main path.

import type { Ticket } from '../model/model.ts';
import { UpstreamError, type HelpdeskHttp } from './helpdesk-http.ts';
import { STATUSES, TicketRejection, assembleTicket, isObject, mapValue, readInstant, type TimelineParts } from './helpdesk-mapping.ts';
import type { MappingContext, TicketFields } from './zendesk-timeline.ts';

export async function readAudits(http: HelpdeskHttp, id: string, counted: () => void): Promise<unknown[]> {
  const audits: unknown[] = [];
  let url: string | null = `/api/v2/tickets/${encodeURIComponent(id)}/audits.json`;
  for (let page = 1; url; page++) {
    counted();
    const body = await http.getJson(url);
    if (!isObject(body) || !Array.isArray(body.audits)) throw new UpstreamError(`zendesk: the audits of ticket ${id} are not an audits list`);
    audits.push(...body.audits);
    url = typeof body.next_page === 'string' && body.next_page !== '' ? body.next_page : null;
    if (page > 1000) throw new UpstreamError(`zendesk: the audits of ticket ${id} did not end after 1,000 pages`);
  }
  return audits;
}

/** The ticket of `fields` with the timeline its audits tell: Comment, status Create/Change and SatisfactionRating events. */
export function auditsTicket(fields: TicketFields, audits: unknown[], ctx: MappingContext): Ticket {
  const { settings, nowMs, agents } = ctx;
  const parts: TimelineParts = {
    id: fields.id, createdMs: fields.createdMs, updatedMs: fields.updatedMs, priority: fields.priority, channel: fields.channel, status: fields.status,
    team: fields.team, category: fields.category, tags: fields.tags, openedBy: fields.openedBy,
    replies: [], statusChanges: [], satisfaction: null,
  };
  let openingSeen = false;
  const ordered = audits.filter(isObject).map((audit) => ({ audit, atMs: readInstant(audit.created_at, `audit ${String(audit.id)} created_at`, nowMs) }))
    .sort((a, b) => a.atMs - b.atMs);
  for (const { audit, atMs } of ordered) {
    const events = Array.isArray(audit.events) ? audit.events.filter(isObject) : [];
    for (const event of events) {
      switch (event.type) {
        case 'Comment':
        case 'VoiceComment': {
          // The first comment is the opening message, not a reply.
          if (!openingSeen) { openingSeen = true; break; }
          if (event.public !== true) break;
          const author = typeof event.author_id === 'number' ? event.author_id : typeof audit.author_id === 'number' ? audit.author_id : null;
          parts.replies.push({ atMs, by: author !== null && agents.has(author) ? 'agent' : 'customer' });
          break;
        }
        case 'Create':
        case 'Change':
          // A deleted spell that a restore ended is no status of ours (zendesk-timeline.ts reads the event stream so too).
          if (event.field_name === 'status' && event.value !== 'deleted') {
            parts.statusChanges.push({ atMs, status: mapValue(settings.values.status, event.value, `status in audit ${String(audit.id)}`, 'source.zendesk.values.status', STATUSES) });
          }
          break;
        case 'SatisfactionRating':
          if (event.score === 'good' || event.score === 'bad') parts.satisfaction = { atMs, rating: event.score };
          break;
        default:
          // Zendesk adds event types at any time and asks integrations to ignore the ones they do not know.
          break;
      }
    }
  }
  if (parts.statusChanges.length === 0 && audits.length > 0) throw new TicketRejection('its audits have no status event: cannot tell when it changed status');
  const ticket = assembleTicket(parts);
  if (fields.helpdeskMetrics) ticket.helpdeskMetrics = fields.helpdeskMetrics;
  return ticket;
}
