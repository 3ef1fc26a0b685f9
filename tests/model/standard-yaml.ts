// The text of one first-response Standard document, `frt`, as the history tests commit it again and again with
// another threshold (and, for a title-only edit, an extra line).

export function frtStandardYaml(threshold: string, extra = ''): string {
  return [
    'kind: Standard', 'id: frt', 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
    `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
    'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Because customers wait otherwise.', extra, '',
  ].join('\n');
}
