// A small organisation for the corrective-action tests: two standards, one team, one SOP, and report
// entries written by hand so every figure in an issue body can be checked against these numbers.

import type { ActionSettings, SopDefinition, StandardsModel, TeamDefinition } from '../../scripts/model/model.ts';
import type { Report } from '../../scripts/model/documents.generated.ts';
import { model, pipeline, standard } from '../engine/engine-fixtures.ts';

export type ReportStandard = Report['standards'][number];

export const leadsTeam: TeamDefinition = {
  id: 'support-leads', name: 'Support leads', description: null, calendar: null, githubTeam: null,
  leads: ['ana-lopez'], members: ['ana-lopez', 'ben-okafor'], origin: { file: 'standards/teams/support-leads.yaml' },
};

export const urgentSop: SopDefinition = {
  id: 'handle-urgent', title: 'Handle an urgent ticket', version: 3, status: 'active', owner: 'support-leads', summary: null,
  serves: ['first-response-urgent'], steps: [],
  review: { every: { amount: 6, unit: 'mo' }, everyText: '6mo', last: '2026-09-01', due: '2027-03-01' },
  changelog: [{ version: 3, date: '2026-09-01', summary: 'Page the on-call lead.' }], origin: { file: 'standards/sops/handle-urgent.yaml' },
};

export function actionsModel(actions: Partial<ActionSettings> = {}, extra: Partial<StandardsModel> = {}): StandardsModel {
  const base = pipeline();
  return model({
    pipeline: {
      ...base,
      site: { ...base.site, url: 'https://acme.example', base: '/standards', ticketUrl: 'https://help.example/tickets/{id}' },
      actions: { ...base.actions, ...actions },
    },
    teams: [leadsTeam],
    sops: [urgentSop],
    standards: [
      standard({ id: 'first-response-urgent', metric: 'first_response_time', title: 'Urgent tickets get a first reply within one hour', thresholdMinutes: 60, objective: 0.95, origin: { file: 'standards/service-levels/first-response-urgent.yaml' } }),
      standard({ id: 'csat', metric: 'csat', title: 'Customers are satisfied', origin: { file: 'standards/service-levels/csat.yaml' } }),
    ],
    ...extra,
  });
}

/** A duration standard's report entry: `count` counted, `met` within 1h, `inFlight` open and late. */
export function urgentResult(status: ReportStandard['status'], counts: { count: number; met: number; inFlight: number; pending: number }): ReportStandard {
  const allowed = Math.round(0.05 * counts.count * 1e9) / 1e9;
  const used = counts.count - counts.met;
  return {
    id: 'first-response-urgent', title: 'Urgent tickets get a first reply within one hour', metric: 'first_response_time', dimension: 'responsiveness', owner: 'support-leads',
    status, window: { spec: '30d', from: '2026-10-02T06:00:00Z', to: '2026-11-01T06:00:00Z' },
    ...counts, value: counts.met / counts.count,
    goal: { direction: 'min', value: 0.95, thresholdMinutes: 60, text: '95% within 1h' },
    errorBudget: { allowed, used, remaining: Math.round((1 - used / allowed) * 1e9) / 1e9 },
    excluded: [], series: [], breakdown: { priority: [], channel: [], team: [] },
    worst: [
      { id: '4711', created: '2026-10-30T09:00:00Z', priority: 'urgent', channel: 'email', team: 'support-emea', minutes: 725, inFlight: false },
      { id: '4802', created: '2026-10-31T10:00:00Z', priority: 'urgent', channel: 'chat', team: null, minutes: 190, inFlight: true },
    ],
    statement: `${(100 * counts.met / counts.count).toFixed(1)}% of ${counts.count} urgent tickets got a first reply within 1h over the last 30 days; objective 95%; ${status}.`,
  };
}

export function csatResult(): ReportStandard {
  return {
    id: 'csat', title: 'Customers are satisfied', metric: 'csat', dimension: 'responsiveness', owner: 'support-leads', status: 'met',
    window: { spec: '30d', from: '2026-10-02T06:00:00Z', to: '2026-11-01T06:00:00Z' }, count: 100, met: 95, inFlight: 0, pending: 0, value: 0.95,
    goal: { direction: 'min', value: 0.8, text: 'at least 80%' }, errorBudget: { allowed: 20, used: 5, remaining: 0.75 },
    excluded: [], series: [], breakdown: { priority: [], channel: [], team: [] }, worst: [], statement: '95% of 100 ratings were good; target at least 80%; met.',
  };
}

export function report(now: string, standards: ReportStandard[]): Pick<Report, 'now' | 'standards'> {
  return { now, standards };
}
