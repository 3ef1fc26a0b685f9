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

// The cache holds what V8 compiled with each module, before the module ran: a function declaration is compiled on its
// first call, every run. So the top-level functions a warm evaluate runs are written as parenthesised expressions
// (`export const f = (function f(…) {…});`), which V8 compiles with their module (≈ 5–14 ms of a warm evaluate;
// tests/model/compiled-with-module.test.ts lists any that is not).
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

const { run } = await import('./cli.ts');
await run();
