// Run as a child process by process-output.test.ts with GITHUB_ACTIONS=true: turns on the CLI's process-wide output
// guard, reads a credential, then runs the Astro build's process (astro-build-process.ts) with a module loaded
// first that prints its lines in pieces and exits. Prints the build's error on stdout.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { redactProcessOutput } from '../../scripts/commands/io.ts';
import { readCredential } from '../../scripts/model/credential-redaction.ts';
import { buildInOwnProcess } from '../../scripts/publish/astro-build-process.ts';

readCredential(process.env, 'PRINTED_TOKEN');
redactProcessOutput();
const cwd = await mkdtemp(path.join(tmpdir(), 'astro-pieces-'));
const hostile = pathToFileURL(path.join(import.meta.dirname, 'astro-process-prints-in-pieces.mjs')).href;
const config = { root: cwd, outDir: path.join(cwd, 'out'), base: '/', site: undefined, cacheDir: path.join(cwd, 'cache'), logLevel: 'warn', vite: { logLevel: 'warn' } } as const;
const error = await buildInOwnProcess(config, { cwd, env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--import=${hostile}` } }).then(() => null, (e: Error) => e);
await rm(cwd, { recursive: true, force: true });
process.stdout.write(`${error?.message ?? 'built'}\n`);
