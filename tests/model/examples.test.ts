import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandardsModel } from '../../scripts/model/load.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the example content in standards/', () => {
  it('is valid, with only the deliberately overdue SOP review as a warning', async () => {
    const { model, findings } = await loadStandardsModel({ root, today: '2026-11-23' });
    expect(findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.severity} ${f.rule}`)).toEqual([
      'standards/sops/handle-problem.yaml:92:9 warning review-due',
    ]);
    expect(model).not.toBeNull();
    expect(model!.standards.length).toBeGreaterThanOrEqual(10);
    expect(new Set(model!.standards.map((s) => s.metric)).size).toBe(10);
    expect(new Set(model!.standards.map((s) => s.dimension))).toEqual(new Set(['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles']));
    expect(model!.calendars.map((c) => c.timezone)).toEqual(['America/Chicago', 'Europe/Dublin']);
    expect(model!.teams.length).toBeGreaterThanOrEqual(3);
    expect(model!.sops.map((s) => s.id)).toEqual(['handle-complaint', 'handle-inquiry', 'handle-problem']);
    expect(model!.sops.every((s) => s.steps.every((step) => step.withinMinutes !== null && step.role !== null))).toBe(true);
    expect(model!.scorecards[0]!.behaviours.map((b) => b.id)).toEqual([
      'acknowledge-the-customer', 'listen-actively', 'identify-the-need', 'give-accurate-and-complete-information',
      'be-responsive', 'take-ownership', 'thank-the-customer',
    ]);
    expect(model!.policies).toHaveLength(1);
  });
});
