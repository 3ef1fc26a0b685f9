#!/usr/bin/env node
// The `standards` command as users run it (package.json's bin and scripts). Plain JavaScript on purpose: Node
// reads a TypeScript entry through its type stripper before any of its code runs, so an entry in TypeScript
// loads the stripper on every run and can turn the compile cache on only for what it imports afterwards. Here the
// cache is on before the first TypeScript module (scripts/cli.ts) is read, so a second run strips nothing.
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { run } = await import('./cli.ts');
await run();
