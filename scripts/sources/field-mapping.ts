// Category and team from where the account keeps them. Most Zendesk accounts keep the category in a custom field
// or in tags rather than in `type` (question, incident, problem, task), and some keep the team in a field rather
// than in the group; standards scoped by category or team read nothing unless the mapping says where to look.

import type { CategoryMapping, TeamMapping } from '../model/model.ts';
import { TicketRejection } from './helpdesk-mapping.ts';
import { quotedValue } from './quoted-value.ts';

/** What the mappings read of one helpdesk record. */
export interface MappedRecord {
  /** The ticket type (Zendesk `type`, Freshdesk `type`). */
  type: unknown;
  /** The group id (Zendesk and Freshdesk `group_id`). */
  group: unknown;
  tags: readonly string[];
  /** A custom field's value by id (Zendesk) or name (Freshdesk); undefined when the record has no such field. */
  field(id: string): unknown;
}

/** A custom field's value as text: a drop-down's value, a number, or the first of a multi-select; null when empty. */
export function fieldText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return fieldText(value.find((v) => typeof v === 'string' && v !== '') ?? null);
  return null;
}

/** The ticket's category, or null; `setting` names the mapping for messages (`source.zendesk.category`). */
export function categoryOf(mapping: CategoryMapping, record: MappedRecord, setting: string): string | null {
  switch (mapping.from) {
    case 'type':
      return typeof record.type === 'string' && record.type !== '' ? record.type : null;
    case 'tags': {
      const carried = new Set(record.tags);
      for (const [tag, category] of mapping.tags) if (carried.has(tag)) return category;
      return null;
    }
    case 'field': {
      const value = fieldText(record.field(mapping.field));
      if (value === null || mapping.values === null) return value;
      const mapped = Object.hasOwn(mapping.values, value) ? mapping.values[value] : undefined;
      if (mapped === undefined) throw new TicketRejection(`custom field ${mapping.field} value ${quotedValue(value)} is not mapped: add it to ${setting}.values`);
      return mapped;
    }
  }
}

/** The ticket's Team id, or null when its group (or field value) is not in `teams` (`values.team`). */
export function teamOf(mapping: TeamMapping, record: MappedRecord, teams: Readonly<Record<string, string>>): string | null {
  const raw = mapping.from === 'group' ? (record.group === null || record.group === undefined ? null : String(record.group)) : fieldText(record.field(mapping.field));
  if (raw === null) return null;
  return Object.hasOwn(teams, raw) ? teams[raw]! : null;
}
