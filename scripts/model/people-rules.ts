// Named checks across documents for people and what is imported about them: an e-mail or staff id that names
// two different people, and the QA export's behaviour mapping naming a behaviour no Scorecard has. The
// references of the imports (a Scorecard or SOP they name) are resolved by rules.ts with everything else.

import type { PathSegment } from './yaml-source.ts';
import type { Finding } from './findings.ts';
import type { LoadedDocument, Reference, Rule, RuleContext } from './rules.ts';
import type { ScorecardDefinition, TeamDefinition } from './model.ts';
import { peopleOfTeam } from './people.ts';
import { didYouMean } from './suggest.ts';

function push(ctx: RuleContext, doc: LoadedDocument, p: readonly PathSegment[], severity: Finding['severity'], message: string, rule: string): void {
  ctx.findings.push({ file: doc.source.file, ...doc.source.locate(p), severity, message, rule });
}

/** The Scorecards and SOPs the Pipeline's imports name (rules.ts checks they exist). */
export function importReferences(data: Record<string, unknown>): Reference[] {
  const source = data.source as { qa?: { csv?: Record<string, unknown> }; acknowledgements?: { csv?: Record<string, unknown> } } | undefined;
  const refs: Reference[] = [];
  const qa = source?.qa?.csv;
  if (typeof qa?.scorecard === 'string') refs.push({ path: ['source', 'qa', 'csv', 'scorecard'], kind: 'Scorecard', id: qa.scorecard });
  const mapped = (qa?.values as { scorecard?: Record<string, unknown> } | undefined)?.scorecard;
  for (const [name, id] of Object.entries(mapped ?? {})) {
    if (typeof id === 'string') refs.push({ path: ['source', 'qa', 'csv', 'values', 'scorecard', name], kind: 'Scorecard', id });
  }
  const sops = ((source?.acknowledgements?.csv?.values as { sop?: Record<string, unknown> } | undefined)?.sop) ?? {};
  for (const [name, id] of Object.entries(sops)) {
    if (typeof id === 'string') refs.push({ path: ['source', 'acknowledgements', 'csv', 'values', 'sop', name], kind: 'SOP', id });
  }
  return refs;
}

/** An e-mail or staff id names one person: two members with the same one could not be told apart in a record. */
const identifiersNameOnePerson: Rule = (ctx) => {
  const seen = new Map<string, { key: string; file: string }>();
  for (const doc of ctx.documents) {
    if (doc.kind !== 'Team' || !doc.valid) continue;
    const team = doc.definition as TeamDefinition;
    peopleOfTeam(team).forEach((person, i) => {
      const identifiers: [string, string | null, string][] = [['email', person.email, `e-mail ${person.email}`], ['staffId', person.staffId?.toLowerCase() ?? null, `staff id ${person.staffId}`]];
      for (const [field, value, words] of identifiers) {
        if (value === null) continue;
        const earlier = seen.get(`${field}\u0000${value}`);
        if (earlier === undefined) {
          seen.set(`${field}\u0000${value}`, { key: person.key, file: doc.source.file });
        } else if (earlier.key !== person.key) {
          push(ctx, doc, ['members', i, field], 'error', `members[${i}] has the ${words}, which ${earlier.file} gives to ${earlier.key}: an identifier names one person, so records that use it can be counted for them; fix whichever is wrong`, 'person-identity');
        }
      }
    });
  }
};

/** `source.qa.csv.behaviours` maps behaviour ids: each must be a behaviour of some Scorecard. */
const qaBehavioursExist: Rule = (ctx) => {
  const behaviours = new Set<string>();
  for (const doc of ctx.documents) {
    if (doc.kind === 'Scorecard' && doc.valid) for (const b of (doc.definition as ScorecardDefinition).behaviours) behaviours.add(b.id);
  }
  for (const doc of ctx.documents) {
    if (doc.kind !== 'Pipeline') continue;
    const mapping = ((doc.source.data as { source?: { qa?: { csv?: { behaviours?: unknown } } } } | null)?.source?.qa?.csv?.behaviours);
    if (typeof mapping !== 'object' || mapping === null) continue;
    for (const id of Object.keys(mapping)) {
      if (behaviours.has(id)) continue;
      const hint = didYouMean(id, [...behaviours]) || (behaviours.size ? ` — the Scorecards' behaviours are ${[...behaviours].slice(0, 8).join(', ')}${behaviours.size > 8 ? ', …' : ''}` : ' — there is no Scorecard yet');
      push(ctx, doc, ['source', 'qa', 'csv', 'behaviours', id], 'error', `source.qa.csv.behaviours.${id}: no Scorecard has a behaviour "${id}"${hint}`, 'qa-behaviour');
    }
  }
};

export const PEOPLE_RULES: readonly Rule[] = [identifiersNameOnePerson, qaBehavioursExist];
