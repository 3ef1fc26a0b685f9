import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = path.resolve(import.meta.dirname, '../../.github/workflows');
const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml')).sort();

describe('the GitHub workflows', () => {
  it('are the validate, review comment and nightly workflows', () => {
    expect(workflows).toEqual(['nightly.yml', 'review-comment.yml', 'validate.yml']);
  });

  it.each(workflows)('%s pins every action to a full commit SHA with its version in a comment', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(rest).toMatch(/# v\d+\.\d+\.\d+/);
    }
  });

  it.each(workflows)('%s reads only by default and never checks out with pull_request_target', (file) => {
    const workflow = parse(readFileSync(path.join(dir, file), 'utf8')) as { on: Record<string, unknown>; permissions: unknown };
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
  });
});
