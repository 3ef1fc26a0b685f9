// What the Zendesk source keeps of the two incremental exports, and how a ticket is made of them.
//
// From the ticket export, a record per changed ticket: its fields as they are now (status, priority, group,
// type, tags, the custom fields the mapping reads, who submitted it, Zendesk's own metrics for the tie-out).
// From the ticket event export (`include=comment_events`), per update ("Audit" with its `child_events`): public
// comments (a reply, by an agent when the author is one), status changes (`status` in a Create or Change child
// event), satisfaction (`satisfaction_score` good or bad). The comment of the update that created the ticket is
// the opening message, not a reply. Each is kept as [ticket id, event id, at ms, kind, value].
//
// A ticket is its record's fields and its timeline: the stored timeline before the window began, and the
// window's events from then on, each event once by its id, in time order (the export repeats events at page
// boundaries and may return them out of order). Applying the same window twice gives the same ticket.

import type { Ticket, TicketStatus, ZendeskSourceSettings } from '../model/model.ts';
import { categoryOf, teamOf } from './field-mapping.ts';
import { CHANNELS, PRIORITIES, STATUSES, assembleTicket, isObject, mapValue, readInstant, ticketId, type TicketOwnFields, type TimelineParts } from './helpdesk-mapping.ts';

/** r: a public reply (value agent | customer); s: a status (Zendesk's value); c: a satisfaction rating (good | bad). */
export type TimelineKind = 'r' | 's' | 'c';
export type TimelineEvent = [ticket: number, id: number, atMs: number, kind: TimelineKind, value: string];

/** A ticket export item, reduced to what the source reads. */
export interface TicketRecord {
  id: number;
  /** Zendesk's `generated_timestamp` (seconds): a later version of the same ticket has a larger one. */
  generated: number;
  deleted: boolean;
  created: unknown;
  updated: unknown;
  status: unknown;
  priority: unknown;
  type: unknown;
  group: unknown;
  channel: unknown;
  submitter: number | null;
  tags: string[];
  /** The custom fields the category and team mappings read: [id, value]. */
  fields: [string, unknown][];
  metrics: { firstReplyMinutes: number | null; fullResolutionMinutes: number | null } | null;
}

/** The custom field ids the settings read. */
export function mappedFieldIds(settings: ZendeskSourceSettings): Set<string> {
  const ids = new Set<string>();
  if (settings.category.from === 'field') ids.add(settings.category.field);
  if (settings.team.from === 'field') ids.add(settings.team.field);
  return ids;
}

export function ticketRecord(raw: Record<string, unknown>, fieldIds: ReadonlySet<string>, metricSet: Record<string, unknown> | undefined): TicketRecord {
  const via = isObject(raw.via) ? raw.via : {};
  const fields: [string, unknown][] = [];
  if (Array.isArray(raw.custom_fields)) {
    for (const f of raw.custom_fields) if (isObject(f) && fieldIds.has(String(f.id))) fields.push([String(f.id), f.value]);
  }
  return {
    id: Number(raw.id),
    generated: typeof raw.generated_timestamp === 'number' ? raw.generated_timestamp : 0,
    deleted: raw.status === 'deleted',
    created: raw.created_at,
    updated: raw.updated_at,
    status: raw.status,
    priority: raw.priority,
    type: raw.type,
    group: raw.group_id,
    channel: via.channel,
    submitter: typeof raw.submitter_id === 'number' ? raw.submitter_id : null,
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
    fields,
    metrics: metricSet ? { firstReplyMinutes: calendarMinutes(metricSet.reply_time_in_minutes), fullResolutionMinutes: calendarMinutes(metricSet.full_resolution_time_in_minutes) } : null,
  };
}

/** `{ calendar, business }` minutes of a Zendesk metric set; null when Zendesk has no figure yet. */
export function calendarMinutes(value: unknown): number | null {
  const calendar = isObject(value) ? value.calendar : null;
  return typeof calendar === 'number' && Number.isFinite(calendar) && calendar >= 0 ? calendar : null;
}

/** The timeline events of one item of the ticket event export; [] for an item that is not a ticket update. */
export function timelineEvents(item: unknown, agents: ReadonlySet<number>): TimelineEvent[] {
  if (!isObject(item) || typeof item.ticket_id !== 'number' || typeof item.id !== 'number' || !Array.isArray(item.child_events)) return [];
  const atMs = typeof item.created_at === 'string' ? Date.parse(item.created_at) : typeof item.timestamp === 'number' ? item.timestamp * 1000 : Number.NaN;
  if (Number.isNaN(atMs)) return [];
  const children = item.child_events.filter(isObject);
  // The update that created the ticket carries its opening message: not a reply.
  const creation = children.some((c) => c.event_type === 'Create');
  const out: TimelineEvent[] = [];
  for (const child of children) {
    const id = typeof child.id === 'number' ? child.id : null;
    if (id === null) continue;
    if (child.event_type === 'Comment' || child.type === 'Comment' || child.type === 'VoiceComment') {
      if (creation || child.public !== true) continue;
      const author = typeof child.author_id === 'number' ? child.author_id : typeof item.updater_id === 'number' ? item.updater_id : null;
      out.push([item.ticket_id, id, atMs, 'r', author !== null && agents.has(author) ? 'agent' : 'customer']);
    } else if ((child.event_type === 'Create' || child.event_type === 'Change') && typeof child.status === 'string') {
      out.push([item.ticket_id, id, atMs, 's', child.status]);
    } else if (child.event_type === 'Change' && typeof child.satisfaction_score === 'string') {
      const score = child.satisfaction_score.startsWith('good') ? 'good' : child.satisfaction_score.startsWith('bad') ? 'bad' : null;
      if (score) out.push([item.ticket_id, id, atMs, 'c', score]);
    } else if (child.type === 'SatisfactionRating' && (child.score === 'good' || child.score === 'bad')) {
      out.push([item.ticket_id, id, atMs, 'c', child.score]);
    }
  }
  return out;
}

/** A ticket's fields, from its record or from its stored version, with Zendesk's own metrics. */
export interface TicketFields extends TicketOwnFields {
  helpdeskMetrics: Ticket['helpdeskMetrics'] | null;
}

export interface MappingContext {
  settings: ZendeskSourceSettings;
  agents: ReadonlySet<number>;
  nowMs: number;
}

/** The record's fields mapped to ours; a TicketRejection names the setting a value is missing from. */
export function recordFields(record: TicketRecord, ctx: MappingContext): TicketFields {
  const { settings, nowMs } = ctx;
  const values = settings.values;
  const fields = new Map(record.fields);
  const mapped = { type: record.type, group: record.group, tags: record.tags, field: (id: string) => fields.get(id) };
  return {
    id: ticketId(String(record.id)),
    createdMs: readInstant(record.created, 'created_at', nowMs),
    updatedMs: readInstant(record.updated, 'updated_at', nowMs),
    status: mapValue(values.status, record.status, 'status', 'source.zendesk.values.status', STATUSES),
    priority: record.priority === null || record.priority === undefined ? settings.defaultPriority : mapValue(values.priority, record.priority, 'priority', 'source.zendesk.values.priority', PRIORITIES),
    channel: mapValue(values.channel, record.channel, 'via.channel', 'source.zendesk.values.channel', CHANNELS),
    team: teamOf(settings.team, mapped, values.team),
    category: categoryOf(settings.category, mapped, 'source.zendesk.category'),
    tags: record.tags,
    openedBy: record.submitter === null ? null : ctx.agents.has(record.submitter) ? 'agent' : 'customer',
    helpdeskMetrics: settings.tieOut && record.metrics ? record.metrics : null,
  };
}

/** A stored ticket's fields, for events whose ticket did not change otherwise. */
export function storedFields(ticket: Ticket): TicketFields {
  return {
    id: ticket.id, createdMs: Date.parse(ticket.created), updatedMs: Date.parse(ticket.updated), priority: ticket.priority, channel: ticket.channel,
    status: ticket.status, team: ticket.team ?? null, category: ticket.category ?? null, tags: ticket.tags, openedBy: ticket.openedBy ?? null,
    helpdeskMetrics: ticket.helpdeskMetrics ?? null,
  };
}

/**
 * The ticket of `fields` with its timeline: the stored one before `cutMs` (the window's start; none when the
 * ticket is new to the store) and the events from `cutMs` on. The current status is the record's, unless an
 * event the window holds is newer than the record (a change after the ticket export was read).
 */
export function timelineTicket(fields: TicketFields, stored: Ticket | null, events: readonly TimelineEvent[], cutMs: number, ctx: MappingContext): Ticket {
  const statusMap = ctx.settings.values.status;
  const seen = new Set<number>();
  const window = events.filter((e) => e[2] >= cutMs && !seen.has(e[1]) && seen.add(e[1])).sort((a, b) => a[2] - b[2] || a[1] - b[1]);
  const parts: TimelineParts = {
    id: fields.id, createdMs: fields.createdMs, updatedMs: fields.updatedMs, priority: fields.priority, channel: fields.channel, status: fields.status,
    team: fields.team, category: fields.category, tags: fields.tags, openedBy: fields.openedBy,
    replies: [], statusChanges: [], satisfaction: null,
  };
  if (stored) {
    for (const r of stored.replies) { const atMs = Date.parse(r.at); if (atMs < cutMs) parts.replies.push({ atMs, by: r.by }); }
    for (const c of stored.statusChanges) { const atMs = Date.parse(c.at); if (atMs < cutMs) parts.statusChanges.push({ atMs, status: c.status }); }
    if (stored.satisfaction && Date.parse(stored.satisfaction.at) < cutMs) parts.satisfaction = { atMs: Date.parse(stored.satisfaction.at), rating: stored.satisfaction.rating };
  }
  let lastStatus: { atMs: number; status: TicketStatus } | null = null;
  for (const [, , atMs, kind, value] of window) {
    if (kind === 'r') parts.replies.push({ atMs, by: value === 'agent' ? 'agent' : 'customer' });
    // A deleted spell a restore ended is no status of ours (a ticket whose last change is to `deleted` is deleted, zendesk.ts).
    else if (kind === 's' && value === 'deleted') continue;
    else if (kind === 's') {
      lastStatus = { atMs, status: mapValue(statusMap, value, 'status in the ticket events', 'source.zendesk.values.status', STATUSES) };
      parts.statusChanges.push(lastStatus);
    } else if (kind === 'c') parts.satisfaction = { atMs, rating: value === 'good' ? 'good' : 'bad' };
  }
  if (lastStatus !== null && lastStatus.atMs > fields.updatedMs) parts.status = lastStatus.status;
  const ticket = assembleTicket(parts);
  if (fields.helpdeskMetrics) ticket.helpdeskMetrics = fields.helpdeskMetrics;
  return ticket;
}
