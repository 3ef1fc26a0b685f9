#!/usr/bin/env node
// The `standards` command as users run it (package.json's bin and scripts). Plain JavaScript on purpose: Node
// reads a TypeScript entry through its type stripper before any of its code runs, so an entry in TypeScript
// loads the stripper on every run and can turn the compile cache on only for what it imports afterwards. Here the
// cache is on before the first TypeScript module (scripts/cli.ts) is read, so a second run strips nothing.
import * as nodeModule from 'node:module';

// Before anything that needs a recent Node: run by an older one (a machine's own `node`), the entry would die on a
// missing export or an unknown `.ts` extension, which names neither the cause nor the fix.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `standards needs Node.js 22.18 or later, and this is Node.js ${process.versions.node}. Run it with the project's own Node ` +
      '(npm run <script>, npx standards <command>, or node_modules/.bin/node scripts/standards.js), which `npm ci` installs ' +
      'from the `node` dev dependency.\n',
  );
  process.exit(1);
}

// V8 optimises a function once it has run 400 times (Maglev) and 3,000 times (Turbofan): thresholds for programs that
// run for minutes. An evaluate is over in a third of a second, and much of what it optimises at those counts pays off
// too little before the process ends (the optimising compilers were ≈ 110 ms of a warm 100k evaluate's ≈ 340 ms CPU).
// At 8× the counts, measured as whole processes alternated with 540cc29's entry (perf stat task-clock, paired medians;
// /tmp/tier1 of the tier1 helper, load 1.5–6 on 2 cores): 100k warm 337 → 288 ms (−46 ms, 14/15 lower), its night
// (evaluate after a 34 h fetch, each store fetched anew) 674 → 529 ms (−119 ms, 5/5), cold 100k −132 ms (6/7), the
// one-standard warm run 188 → 172 ms (10/11), 1M warm 648 → 549 ms (−61 ms, 7/7); a first fetch of 100k (3/5 lower)
// and 1M cold (13.4 → 13.3 s medians, paired +0.1 s, 9/18 lower; runs spread ±1.5 s) within their noise.
// 2× was worse than the defaults (+89 ms warm), 4× half the gain, 16× no more than 8×.
// It has a price on every run: V8 then refuses Node's own compiled code for each built-in module loaded afterwards
// (its flag hash differs), ≈ 9 ms of a 37 ms `--help`. And a long run pays it back in slower code: a 1M `fetch` cost
// 1.11× (first) and 1.23× (three nights) CPU with it (`npm run bench -- --sizes 1M --runs 3`, alternated, load 3–4).
// So only `evaluate` sets it (`site` and `pipeline`, long and fetching, do not); a word of the command line is
// enough, since a wrong guess costs time, nothing else. Set before the compile cache is turned on: the flags name
// the cache's folder too (the first run after a change fills a new one; later runs read it).
//
// So the built-ins an evaluate loads are loaded first, with Node's compiled code: their module faces (an import of a
// built-in reads every export, and node:fs's and node:crypto's getters load fs/promises with readline, the file
// streams, webcrypto), the argument parser and stderr's stream. Measured as whole processes, a warm one-standard
// evaluate of 1M tickets (issue 21; /tmp/onestd of the onestd helper): −24 ms paired median, 23/31 runs lower
// (load 9.6–11); the same imports alone, with and without it: −10 ms, 15/15 (46 → 37 ms). A test lists any built-in
// an evaluate loads after the flags (tests/model/command-imports.test.ts).
const SHORT_RUN_COMMANDS = new Set(['evaluate']);
if (process.argv.slice(2).some((arg) => SHORT_RUN_COMMANDS.has(arg))) {
  await Promise.all(['node:fs', 'node:fs/promises', 'node:crypto', 'node:os', 'node:path', 'node:url', 'node:timers/promises', 'node:async_hooks', 'node:zlib', 'node:buffer'].map((name) => import(name)));
  void process.getBuiltinModule('node:util').parseArgs;
  void process.stderr;
  void import.meta.url; // (Node makes every module's import.meta with a module of its own, loaded on first use)
  const v8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--invocation-count-for-maglev=3200');
  v8.setFlagsFromString('--invocation-count-for-turbofan=24000');
  // And no Turbofan for a night: Maglev's code, compiled in a fraction of the time, runs its loops as fast. On a
  // 3M-ticket night (issue 21; perf by thread) V8's compiler threads spent 0.78 s CPU, ≈ 0.5 s in Turbofan, much on
  // loop functions compiled again after deopts; without it 0.35 s, the main thread's JavaScript unchanged. As whole
  // processes, 12 alternated nights on one 3M store against e9a6f23's entry: 4.35 → 3.96 s CPU median, 11 of 12 lower
  // (load 6–10). A run that reads every day whole does need Turbofan (`--full` of 3M: 42 → 46 s CPU without it), so
  // `--full` keeps it. The report is the same bytes either way.
  if (!process.argv.includes('--full')) v8.setFlagsFromString('--no-turbofan');
  // Nor Maglev's inlining and loop peeling, on a run that finds a facts cache (a night, a warm run): there Maglev
  // compiled on V8's worker threads for ≈ 80 ms of a 100k night's ≈ 450 ms CPU (issue 21; perf by thread; ≈ 40 ms on
  // a warm run), code that then runs a few thousand times at most. Measured as whole processes on two copies of one
  // 100k store, each night's fetch then evaluate, fb4b8c3's entry and this one alternated (perf stat task-clock,
  // /tmp/night100k of the night100k helper, load 4–9 on 2 cores): nights −28 ms paired mean (11 of 16 lower), −53 ms
  // (11 of 12) and −22 ms (10 of 12) in three series; warm −20 ms (7 of 12). A cold run (no cache: every day file
  // parsed) needs them (with them: +117 ms, 2 of 8 lower, and +8 ms, 2 of 6), so it keeps them; the guess is the store folder
  // data under --root or the working directory (a store elsewhere keeps them too: a wrong guess costs time, nothing else).
  // Maglev off altogether was −14 ms a night (7 of 10), a faster growing young generation (--semi-space-growth-factor=8)
  // +59 ms (2 of 12). The report is the same bytes either way.
  if (!process.argv.includes('--full') && hasFactsCache(process.argv)) {
    v8.setFlagsFromString('--no-maglev-inlining');
    v8.setFlagsFromString('--no-maglev-loop-peeling');
  }
  // Every function compiled with its module, so the compile cache holds all of them (next paragraph): measured as
  // whole processes against the same entry without it (perf stat task-clock, alternated, paired medians, /tmp/onestd,
  // load 7.5–12 on 2 cores), the warm one-standard evaluate −9 ms at 1M (12/15 and 9/15 lower in two series) and
  // −12 ms at 100k (15/21), `--full` at 100k −15 ms (6/11), the example's warm evaluate at 100k −21 ms (8/15).
  v8.setFlagsFromString('--no-lazy');
}

// The cache holds what V8 compiled with each module, before the module ran: a function declaration is compiled on its
// first call, every run. So the top-level functions a warm evaluate runs are written as parenthesised expressions
// (`export const f = (function f(…) {…});`), which V8 compiles with their module (≈ 5–14 ms of a warm evaluate). An
// evaluate now compiles every function with its module (`--no-lazy` above), inner ones and luxon's too (≈ 500 a warm
// run compiled again before), so there the form no longer matters; the other commands still gain by it
// (tests/model/compiled-with-module.test.ts: a warm evaluate compiles none of our functions lazily).
nodeModule.enableCompileCache();

// Our modules import one another by relative paths to .ts files (`./evaluate.ts`, `../store/atomic-write.ts`), some
// 90 modules and a few hundred such imports for an evaluate. Node resolves each import on its own: the file's stat, its
// real path, its package's type, every time; that was a quarter of the time spent loading modules. Such a specifier,
// from a module of this folder, is a URL relative to its importer and an ES module in TypeScript (package.json:
// "type": "module"), so it is resolved here without asking the file system (a missing file still fails, when it is
// read). Everything else (node: built-ins, packages, other files) goes through Node's own resolution. The URLs are
// the ones Node gives, so `import.meta.url` (the code digests, the root search) reads the same. (registerHooks came
// in Node 22.15 and type stripping without a flag in 22.18: package.json's engines asks for 22.18.)
const OWN_MODULES = new URL('./', import.meta.url).href;
nodeModule.registerHooks({
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL;
    if (parent !== undefined && parent.startsWith(OWN_MODULES) && specifier.endsWith('.ts') && (specifier.startsWith('./') || specifier.startsWith('../'))) {
      return { url: new URL(specifier, parent).href, format: 'module-typescript', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});

// The output guard before anything else is imported: what a library prints as its module loads (a warning, a line
// that starts with `::`) is redacted, and in GitHub Actions it comes after stdout's `::stop-commands::` and, on stderr,
// is kept from being read as a command (commands/io.ts guardProcessOutput; that module imports only node: built-ins
// and our own modules). After the hooks and the compile cache, so the guard's modules are cached like the others.
const { guardProcessOutput } = await import('./commands/io.ts');
guardProcessOutput();

const { run } = await import('./cli.ts');
await run();

/** Whether the store's facts cache folder is there (data/.cache/facts under `--root`, or the working directory): a run that is not cold. */
function hasFactsCache(argv) {
  const at = argv.findIndex((arg) => arg === '--root' || arg.startsWith('--root='));
  const root = at === -1 ? '.' : argv[at].startsWith('--root=') ? argv[at].slice('--root='.length) : argv[at + 1] ?? '.';
  const { statSync } = process.getBuiltinModule('node:fs');
  return statSync(`${root}/data/.cache/facts`, { throwIfNoEntry: false })?.isDirectory() === true;
}
