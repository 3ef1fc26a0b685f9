#!/usr/bin/env node
// The `standards` command as users run it (package.json's bin and scripts). Plain JavaScript on purpose: Node
// reads a TypeScript entry through its type stripper before any of its code runs, so an entry in TypeScript
// loads the stripper on every run and can turn the compile cache on only for what it imports afterwards. Here the
// cache is on before the first TypeScript module (scripts/cli.ts) is read, so a second run strips nothing.
import { enableCompileCache, registerHooks } from 'node:module';

enableCompileCache();

// Our modules import one another by relative paths to .ts files (`./evaluate.ts`, `../store/atomic-write.ts`), some
// 90 modules and a few hundred such imports for an evaluate. Node resolves each import on its own: the file's stat, its
// real path, its package's type, every time; that was a quarter of the time spent loading modules. Such a specifier,
// from a module of this folder, is a URL relative to its importer and an ES module in TypeScript (package.json:
// "type": "module"), so it is resolved here without asking the file system (a missing file still fails, when it is
// read). Everything else (node: built-ins, packages, other files) goes through Node's own resolution. The URLs are
// the ones Node gives, so `import.meta.url` (the code digests, the root search) reads the same. (registerHooks:
// Node 22.15 and later; without it, Node resolves everything.)
const OWN_MODULES = new URL('./', import.meta.url).href;
registerHooks?.({
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
