// Counters kept beside the store are used only when the code that made them is the code that reads them: the
// digest covers whole folders, and every module the measuring code imports must live in one of them, or a fix
// to it would leave counters made by the old code in use (the cache travels from night to night).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countersEngineDigest, measuringCodeFiles } from '../../scripts/store/day-counters-file.ts';

const scripts = path.resolve(import.meta.dirname, '../../scripts');

/** The project modules `entry` imports at run time, directly or not (static and dynamic imports of relative paths). */
function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Type-only imports (the generated document types) leave nothing at run time.
    const text = readFileSync(file, 'utf8').replace(/^(?:import|export) type [^;]*;/gms, '');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) visit(path.resolve(path.dirname(file), match[1]!));
  };
  visit(entry);
  return [...seen].map((f) => path.relative(scripts, f)).sort();
}

describe('the counters’ code digest', () => {
  it('covers every module the measuring code imports', () => {
    const closure = [...new Set(['engine/evaluate.ts', 'engine/day-counters.ts', 'engine/counted-day.ts'].flatMap((f) => importClosure(path.join(scripts, f))))];
    // The closure reaches the modules a hand-written list once missed.
    expect(closure).toEqual(expect.arrayContaining(['engine/sorted-search.ts', 'engine/standard-report.ts', 'engine/worst-tickets.ts', 'model/model.ts']));
    const hashed = new Set(measuringCodeFiles());
    expect(closure.filter((f) => !hashed.has(f))).toEqual([]);
  });

  it('is a fixed-length digest, the same on every call', () => {
    expect(countersEngineDigest()).toMatch(/^[0-9a-f]{32}$/);
    expect(countersEngineDigest()).toBe(countersEngineDigest());
  });
});
