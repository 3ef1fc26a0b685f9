// Never silent: a standard whose scope names a category, team, channel or tag that no stored ticket carries reads
// nothing and shows "no data", which looks like a quiet week rather than a mapping that is missing (most Zendesk
// accounts keep the category in a custom field or in tags, not in the ticket type). This says so, with the
// setting to fix. Pure: the standards, the source's settings, and which of the values they name the store holds.

import type { SourceSettings, StandardDefinition } from './model.ts';

export type ScopeField = 'category' | 'team' | 'channel' | 'tags';
export const SCOPE_FIELDS: readonly ScopeField[] = ['category', 'team', 'channel', 'tags'];

/** A value a standard's scope names, and where (the index in its scope list, for the finding's position). */
export interface ScopeGap {
  standard: string;
  field: ScopeField;
  value: string;
  index: number;
  /** `no stored ticket has category billing: map your category field in source.zendesk.category`. */
  message: string;
}

/** qa_coverage and sop_acknowledgement scope teams of people, not tickets: a team with no ticket is no gap. */
const measuresTickets = (function measuresTickets(standard: StandardDefinition): boolean {
  return standard.metric !== 'qa_coverage' && standard.metric !== 'sop_acknowledgement';
});

/** The values of each scope field that the store's tickets carry (at least those the standards name). */
export type ValueInventory = Record<ScopeField, ReadonlySet<string>>;

/** Every value the standards' scopes name, per field: what the store is asked about. */
export const scopeValues = (function scopeValues(standards: readonly StandardDefinition[]): Record<ScopeField, Set<string>> {
  const wanted: Record<ScopeField, Set<string>> = { category: new Set(), team: new Set(), channel: new Set(), tags: new Set() };
  for (const standard of standards.filter(measuresTickets)) for (const field of SCOPE_FIELDS) for (const value of standard.scope[field] ?? []) wanted[field].add(value);
  return wanted;
});

/** Each scope value no stored ticket carries, standard by standard, with the setting that would map it. */
export const scopeGaps = (function scopeGaps(standards: readonly StandardDefinition[], inventory: ValueInventory, source: SourceSettings): ScopeGap[] {
  const gaps: ScopeGap[] = [];
  for (const standard of standards.filter(measuresTickets)) {
    for (const field of SCOPE_FIELDS) {
      (standard.scope[field] ?? []).forEach((value, index) => {
        if (inventory[field].has(value)) return;
        gaps.push({ standard: standard.id, field, value, index, message: `no stored ticket has ${field === 'tags' ? 'tag' : field} ${value}: ${hint(field, source)}` });
      });
    }
  }
  return gaps;
});

function hint(field: ScopeField, source: SourceSettings): string {
  switch (source.type) {
    case 'zendesk':
    case 'freshdesk': {
      const at = `source.${source.type}`;
      if (field === 'category') return `map your category field in ${at}.category (type, a custom field or tags)`;
      if (field === 'team') return `map the group (or the field in ${at}.team) to this Team id in ${at}.values.team`;
      if (field === 'channel') return `map the helpdesk's channel to it in ${at}.values.channel`;
      return 'check the tag as the helpdesk spells it';
    }
    case 'github-issues':
      if (field === 'category') return 'map its label in source.githubIssues.labels.category';
      if (field === 'team') return 'map its label in source.githubIssues.labels.team';
      if (field === 'channel') return 'every issue has the channel in source.githubIssues.channel';
      return 'tags are the issue\'s labels: check the label as the repository spells it';
    case 'csv':
      if (field === 'category' || field === 'tags') return `check the CSV column in source.csv.columns.${field}`;
      return `map the CSV's value to it in source.csv.values.${field}`;
    case 'sample':
      return 'the sample helpdesk has none: point source at your helpdesk';
  }
}
