// Modules that import each other, each loaded first. Our functions are written as `export const f = (function f…)`
// (compiled-with-module.test.ts): a const is not hoisted, so a module whose top-level code (a constant's initialiser,
// a class's static field) calls a function of a module of its own import cycle fails with a ReferenceError when that
// module was entered first and has not run yet — in whichever command or thread happens to load the cycle from that
// side. TypeScript does not see it (only a use above a declaration in the same module). The modules' real import
// graph is taken from Node (a resolve hook while every module of scripts/ is imported: the static imports, as Node
// reads them once the types are stripped), and each module of a cycle is then imported first in a process of its own.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');
const SCRIPTS = path.join(REPO, 'scripts');
const NODE = path.join(REPO, 'node_modules/.bin/node');

/** Every module of scripts/ an entry may import (the worker's entry, which needs its thread's data, left out). */
const modules = (readdirSync(SCRIPTS, { recursive: true }) as string[])
  .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !/(^|\/)(standards\.js|changed-days-worker\.js)$/.test(f))
  .map((f) => path.join(SCRIPTS, f)).sort();

/** Node's import edges between our modules, as `from\tto` lines (relative to scripts/). */
async function importEdges(): Promise<Array<[string, string]>> {
  const hook = `data:text/javascript,${encodeURIComponent(
    "import { registerHooks } from 'node:module';"
    + "registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context);"
    + " if (context.parentURL) process.stderr.write('EDGE ' + context.parentURL + ' ' + r.url + '\\n'); return r; } });",
  )}`;
  const program = `for (const m of ${JSON.stringify(modules.map((m) => pathToFileURL(m).href))}) await import(m);`;
  const { stderr } = await exec(NODE, ['--import', hook, '--input-type=module', '-e', program], { cwd: REPO, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' }, maxBuffer: 64 << 20 });
  const ours = (url: string) => url.startsWith(pathToFileURL(SCRIPTS + path.sep).href) ? path.relative(SCRIPTS, decodeURIComponent(new URL(url).pathname)) : null;
  const edges: Array<[string, string]> = [];
  for (const line of stderr.split('\n')) {
    const [tag, from, to] = line.split(' ');
    if (tag !== 'EDGE' || from === undefined || to === undefined) continue;
    const a = ours(from);
    const b = ours(to);
    if (a !== null && b !== null) edges.push([a, b]);
  }
  return edges;
}

/** The strongly connected components of more than one module (Tarjan), each sorted. */
function cycles(edges: ReadonlyArray<[string, string]>): string[][] {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) next.set(a, [...(next.get(a) ?? []), b]);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) out.push(component.sort());
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('modules of scripts/ that import each other', () => {
  it('each loads when it is the first of its cycle imported (no function of the cycle used before its module ran)', { timeout: 120_000 }, async () => {
    const edges = await importEdges();
    // The graph is Node's own: the CLI's imports are among its edges.
    expect(edges).toContainEqual(['cli.ts', 'commands/io.ts']);
    const found = cycles(edges);
    // The cycle there is today (a measurement of a QA standard adds to its state; the state makes its QA counters).
    expect(found).toContainEqual(['engine/qa-behaviours.ts', 'engine/standard-state.ts']);
    const failures: string[] = [];
    for (const module of found.flat()) {
      const url = pathToFileURL(path.join(SCRIPTS, module)).href;
      await exec(NODE, ['--input-type=module', '-e', `await import(${JSON.stringify(url)});`], { cwd: REPO })
        .catch((error: { stderr: string }) => failures.push(`${module}: ${error.stderr.split('\n').find((l) => /Error/.test(l)) ?? error.stderr}`));
    }
    expect(failures).toEqual([]);
  });
});
