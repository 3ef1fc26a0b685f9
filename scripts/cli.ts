#!/usr/bin/env node
// The `standards` command. Parses arguments, runs one command, sets the exit code: 0 clean, 1 findings
// or a failed run, 2 usage or configuration error. Everything else lives in scripts/commands/.
//
// Start-up is part of every command's cost (`validate` runs on every pull request): each command's module is
// imported only when that command runs, and a process started from the command line keeps Node's compile
// cache (the type-stripped and compiled code of every module, in the system's temporary folder, checked
// against each file's contents; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a second run skips that work.
// The command users run (`standards`, the npm scripts) enters through scripts/standards.js, plain JavaScript,
// which turns the cache on before this file is read: a TypeScript entry is type-stripped before any of its code
// runs, which loads Node's TypeScript stripper every time (≈ 0.08 s of CPU), cache or not.

import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { EXIT, UsageError, guardProcessOutput, processIO, redactingIO, type CommandIO } from './commands/io.ts';
import type { PipelineArgs } from './commands/pipeline.ts';
import { keptLineBreakOrJoin, showHiddenCharacters } from './model/hidden-characters.ts';
import { runRemainingCleanUps, stopRun } from './model/run-termination.ts';

// node:util through process.getBuiltinModule, not `import`: an import of a built-in makes its ES module face, which
// reads every export, and node:util's load modules no command uses (its text diff): ≈ 4 ms of every run's start.
const { parseArgs } = process.getBuiltinModule('node:util');

const HELP = `standards — service standards as code

Usage: standards <command> [options]

Commands:
  init       start your organisation's standards/ from a minimal valid set (one team, calendar, standard, SOP)
  validate   check every document in standards/ against the schemas and each other
  fetch      fetch changed tickets from the configured source into the store
  evaluate   evaluate every standard over the stored tickets and write the report
  site       build the static site from the model and the report
  pipeline   validate, fetch, evaluate, write the report and build the site (npm start)
  review     what a pull request changes, replayed on the stored tickets (--base REF)
  explain    how one stored ticket was measured: standards explain TICKET [--standard ID] [--now ISO]
  codeowners write .github/CODEOWNERS from the Team documents
  post-review  post the review artifact as the pull request's sticky comment (workflow_run job)
  actions    open, update and close the corrective-action issues (--dry-run: print the plan only)
  store      restore the store from a standards-data checkout (restore --from DIR), or write the tree the
             nightly store job commits (pack --from PREVIOUS --out DIR): day files plus a journal of changes;
             check: tickets stored under more than one day, day files not as the store writes them

Options:
  --root DIR        repository root (default: current directory)
  --strict          validate: overdue reviews are errors, not warnings
  --base REF        validate: compare SOPs with REF (e.g. origin/main) for version bumps
  --format FORMAT   validate: text (default), json or github (workflow annotations);
                    review: text (default), markdown or json; explain: text (default) or json
  --standard ID     explain: only this standard (default: every standard)
  --store DIR       review: the ticket store to replay (default: data/, else the standards-data branch);
                    store: the store folder (default: pipeline.yaml store.dir)
  --from DIR        store: a checkout of the standards-data branch (pack: its previous tree; omit on the first night)
  --compact-at N%   store pack: fold the journal into the day files when it passes N% of their bytes (default 50%)
  --out DIR         review: also write review.json (the artifact the comment is rendered from) there;
                    site/pipeline: build the site into DIR (default: the tool's site/dist). DIR is replaced
                    as a whole when the build is complete (a failed build leaves it as it was), so it must be
                    new, empty or a site built before: not the root, nor a folder holding the standards or the
                    store, nor a file
  --artifact DIR    post-review: the downloaded review artifact
  --repo O/N        post-review: the repository (default: GITHUB_REPOSITORY)
  --head-sha SHA    post-review: the head commit the Validate run was for
  --run-url URL     post-review: the Validate run's page, linked as where the full review is
  --json            same as --format json
  --now ISO         evaluate/pipeline/review/explain: evaluate as of this instant (default: now)
  --tickets N       pipeline/fetch: sample source size (overrides standards/pipeline.yaml)
  --seed N          pipeline/fetch: sample source seed
  --since DATE      fetch/pipeline: backfill what changed since DATE (2026-01-01 or an ISO instant)
  --dry-run         fetch: fetch and report what would change, write nothing;
                    actions: print what would be opened, updated and closed, write nothing
  --allow-shrink    fetch/pipeline: let a full re-import (CSV) drop tickets from stored days
  --no-site         pipeline: stop after the report
  --full            evaluate/pipeline: read every stored day again, not only the days changed since the last evaluation
  --organisation N  init: the organisation's name (default: the folder's name)
  --timezone ZONE   init: IANA time zone of the business hours (default: this machine's)
  --lead HANDLE     init: GitHub handle of the support lead
  --replace         init: remove the example documents first (only when they are committed)
  --report FILE     actions: the report to act on (default: <store>/report.json)
  -h, --help        show this help
`;

const OPTIONS = {
  root: { type: 'string' },
  strict: { type: 'boolean', default: false },
  base: { type: 'string' },
  format: { type: 'string', default: 'text' },
  json: { type: 'boolean', default: false },
  now: { type: 'string' },
  tickets: { type: 'string' },
  seed: { type: 'string' },
  since: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'allow-shrink': { type: 'boolean', default: false },
  'no-site': { type: 'boolean', default: false },
  full: { type: 'boolean', default: false },
  report: { type: 'string' },
  store: { type: 'string' },
  standard: { type: 'string' },
  out: { type: 'string' },
  artifact: { type: 'string' },
  repo: { type: 'string' },
  'head-sha': { type: 'string' },
  'run-url': { type: 'string' },
  organisation: { type: 'string' },
  timezone: { type: 'string' },
  lead: { type: 'string' },
  replace: { type: 'boolean', default: false },
  from: { type: 'string' },
  'compact-at': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * An error's message as the CLI prints it, with every hidden character escaped (model/hidden-characters.ts) but its
 * line breaks and a joining character where it joins: a message may quote the command line, a library's words or a value from an export that no quoting
 * reached (an ESC sequence, a bidi override), and this is the last place before the terminal and the log.
 */
function shownMessage(error: unknown): string {
  const text = typeof error === 'string' ? error : String((error as Error)?.message ?? error);
  return showHiddenCharacters(text, keptLineBreakOrJoin);
}

export const main = (async function main(argv: string[], makeIO: (root: string) => CommandIO = processIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`standards: ${shownMessage(error)}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  // Whatever a command prints goes through redaction: no credential the run reads can reach the output.
  const io = redactingIO(makeIO(path.resolve(values.root ?? process.cwd())));
  if (values.help || !command) {
    io.stdout(HELP);
    return command || values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    switch (command) {
      case 'validate': {
        const format = values.json ? 'json' : values.format;
        if (format !== 'text' && format !== 'json' && format !== 'github') {
          throw new UsageError(`--format must be text, json or github, got "${format}"`);
        }
        const { validateCommand } = await import('./commands/validate.ts');
        return await validateCommand(io, { strict: values.strict, base: values.base ?? null, format });
      }
      case 'post-review': {
        // Its own module: the trusted job loads the review schema, the renderer and the GitHub client, nothing else.
        const { postReviewCommand } = await import('./commands/post-review.ts');
        return await postReviewCommand(io, { artifact: values.artifact ?? null, repository: values.repo ?? null, headSha: values['head-sha'] ?? null, runUrl: values['run-url'] ?? null });
      }
      case 'codeowners': {
        const { codeownersCommand } = await import('./commands/codeowners.ts');
        return await codeownersCommand(io);
      }
      case 'review': {
        const { reviewCommand } = await import('./commands/review.ts');
        const format = values.json ? 'json' : values.format;
        if (format !== 'text' && format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be text, markdown or json, got "${format}"`);
        return await reviewCommand(io, { base: values.base ?? null, format, store: values.store ?? null, now: values.now ?? null, out: values.out ?? null });
      }
      case 'init': {
        const { initCommand } = await import('./commands/init.ts');
        return await initCommand(io, { organisation: values.organisation ?? null, timezone: values.timezone ?? null, lead: values.lead ?? null, replace: values.replace });
      }
      case 'fetch':
      case 'evaluate':
      case 'site':
      case 'pipeline': {
        const args: PipelineArgs = { now: values.now ?? null, tickets: values.tickets ?? null, seed: values.seed ?? null, site: !values['no-site'],
          since: values.since ?? null, dryRun: values['dry-run'], allowShrink: values['allow-shrink'], full: values.full,
          // Relative to the folder the command runs in, as --root is.
          out: values.out !== undefined ? path.resolve(values.out) : null };
        // Loaded on demand: `validate` runs on every pull request and should not pay for the engine and sources.
        const { evaluateCommand, fetchCommand, pipelineCommand, siteCommand } = await import('./commands/pipeline.ts');
        const run = { fetch: fetchCommand, evaluate: evaluateCommand, site: siteCommand, pipeline: pipelineCommand }[command];
        return await run(io, args);
      }
      case 'explain': {
        const format = values.json ? 'json' : values.format;
        if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got "${format}"`);
        if (positionals.length > 2) throw new UsageError(`explain takes one ticket id, got ${positionals.length - 1}: ${positionals.slice(1).join(' ')}`);
        const { explainCommand } = await import('./commands/explain.ts');
        return await explainCommand(io, { ticket: positionals[1] ?? null, standard: values.standard ?? null, now: values.now ?? null, format });
      }
      case 'actions': {
        const { actionsCommand } = await import('./commands/actions.ts');
        return await actionsCommand(io, { dryRun: values['dry-run'], report: values.report ?? null });
      }
      case 'store': {
        const { storeCommand } = await import('./commands/store.ts');
        return await storeCommand(io, { action: positionals[1] ?? null, from: values.from ?? null, out: values.out ?? null, store: values.store ?? null, compactAt: values['compact-at'] ?? null });
      }
      default:
        throw new UsageError(`unknown command "${command}": run standards --help`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`standards: ${shownMessage(error)}`);
      return EXIT.usage;
    }
    // A failed step (an unreadable export, a source that errors) is a reason, not a crash: say it and stop.
    // Steps write atomically and in order, so what earlier nights wrote is still in place.
    io.stderr(`standards: ${shownMessage(command)} failed: ${shownMessage(error)}`);
    if (io.env.STANDARDS_DEBUG) io.stderr(String((error as Error).stack));
    return EXIT.findings;
  }
});

/** How long a stopped run gets to unwind through its clean-ups before the process exits anyway. */
const STOP_GRACE_MS = 5_000;
const STOP_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * SIGTERM and SIGINT stop the run rather than kill it (model/run-termination.ts): its work is aborted, its
 * clean-ups run, and the process exits with 128 + the signal's number, as a killed process would report. The store
 * lock is released on the way out, by the grace period's exit too. The store needs nothing more: a fetch stopped
 * before its commit point leaves yesterday's store (its staging area is removed, or swept by the next run), one
 * stopped after it is finished by the next command that reads the store.
 */
const stopOnSignals = (function stopOnSignals(): () => number | null {
  let stoppedBy: NodeJS.Signals | null = null;
  const exit = () => {
    runRemainingCleanUps();
    process.exit(STOP_EXIT[stoppedBy!]!);
  };
  for (const signal of Object.keys(STOP_EXIT) as NodeJS.Signals[]) {
    process.on(signal, () => {
      // A second signal (Ctrl-C twice): no more waiting.
      if (stoppedBy) exit();
      stoppedBy = signal;
      process.stderr.write(`standards: ${signal}: stopping\n`);
      stopRun(signal);
      setTimeout(exit, STOP_GRACE_MS);
    });
  }
  return () => (stoppedBy ? STOP_EXIT[stoppedBy]! : null);
});

/** Runs the command line of this process and sets its exit code (scripts/standards.js, or `node scripts/cli.ts`). */
export const run = (async function run(): Promise<void> {
  // Already on when scripts/standards.js entered (it installs the guard before importing this module).
  guardProcessOutput();
  // Before any command module is imported, so that all of them are cached (scripts/standards.js turns it on
  // before this module, so that this one and its imports are cached too).
  enableCompileCache();
  const stopped = stopOnSignals();
  const code = await main(process.argv.slice(2));
  const signalled = stopped();
  if (signalled !== null) {
    runRemainingCleanUps();
    process.exit(signalled);
  }
  process.exitCode = code;
});

if (import.meta.main) await run();
