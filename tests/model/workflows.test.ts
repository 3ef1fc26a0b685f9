// Properties every workflow must keep, whatever workflows an adopter adds: actions pinned by SHA, read-only by
// default, write tokens never in a job that runs installed packages or pull-request code, a job with a write
// permission installs only the locked packages (never `npm install`), secrets never where a pull request can reach
// them and, in the nightly run, only in the step that fetches; every job has a time limit.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = path.resolve(import.meta.dirname, '../../.github/workflows');
const workflows = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();

interface Step { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }
interface Job { permissions?: Record<string, string> | string; steps?: Step[]; if?: string; needs?: string[] | string; env?: Record<string, unknown>; 'timeout-minutes'?: number }
interface Workflow { on: Record<string, unknown> | string | string[]; permissions: unknown; jobs: Record<string, Job> }

function load(file: string): { workflow: Workflow; text: string } {
  const text = readFileSync(path.join(dir, file), 'utf8');
  return { workflow: parse(text) as Workflow, text };
}

function triggers(workflow: Workflow): string[] {
  if (typeof workflow.on === 'string') return [workflow.on];
  if (Array.isArray(workflow.on)) return workflow.on;
  return Object.keys(workflow.on);
}

/** Permissions a job writes with (`pages` and `id-token` only publish the Pages artifact). */
function writes(job: Job): string[] {
  if (job.permissions === 'write-all') return ['all'];
  if (!job.permissions || typeof job.permissions === 'string') return [];
  return Object.entries(job.permissions).filter(([, v]) => v === 'write').map(([k]) => k);
}

/** Runs code from installed packages or from the checked-out tree. */
function runsInstalledCode(job: Job): boolean {
  return (job.steps ?? []).some((s) => (s.uses ?? '').startsWith('actions/setup-node@')
    || /\b(npm|npx|pnpm|yarn|node)\b|scripts\/|install-dependencies/.test(s.run ?? ''));
}

/**
 * Restores a cache: actions/cache (or its restore half), or setup-node's package-manager cache: `cache: npm`, or the
 * one setup-node (v5 and later) turns on by itself once package.json names a `packageManager`, unless told not to.
 */
function restoresCache(s: Step): boolean {
  const uses = s.uses ?? '';
  return /^actions\/cache(\/restore)?@/.test(uses) || (uses.startsWith('actions/setup-node@') && (s.with?.cache !== undefined || s.with?.['package-manager-cache'] !== false));
}

const PR_CODE = /github\.event\.(pull_request\.head|workflow_run\.head)|github\.head_ref/;

/**
 * Steps that may let npm resolve packages the lock does not pin: the install script's `--complete-lock` fallback,
 * or npm install / npm i / npm update / npm add run directly.
 */
function installsBeyondTheLock(job: Job): string[] {
  return (job.steps ?? []).map((s) => s.run ?? '').filter((run) => /install-dependencies\.sh\b[^\n]*--complete-lock|\bnpm\s+(install|i|update|add)\b/.test(run));
}

/** Steps given a repository secret (other than the workflow's own token) through their environment. */
function stepsWithSecrets(job: Job): Step[] {
  return (job.steps ?? []).filter((s) => Object.values(s.env ?? {}).some((v) => /\$\{\{\s*secrets\.(?!GITHUB_TOKEN\b)/.test(String(v))));
}

describe('the GitHub workflows', () => {
  it('include the pull-request gate and the nightly run', () => {
    expect(workflows).toEqual(expect.arrayContaining(['validate.yml', 'nightly.yml']));
  });

  it.each(workflows)('%s pins every action to a full commit SHA with its version in a comment', (file) => {
    const uses = [...load(file).text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(rest).toMatch(/# v\d+\.\d+\.\d+/);
    }
  });

  it.each(workflows)('%s reads only by default and never runs on pull_request_target', (file) => {
    const { workflow } = load(file);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(triggers(workflow)).not.toContain('pull_request_target');
  });

  it.each(workflows)('%s gives no write permission to a job triggered by a pull request', (file) => {
    const { workflow } = load(file);
    if (!triggers(workflow).includes('pull_request')) return;
    for (const [name, job] of Object.entries(workflow.jobs)) expect({ job: name, writes: writes(job) }).toEqual({ job: name, writes: [] });
  });

  it.each(workflows)('%s never lets a job that pushes to the repository run installed packages', (file) => {
    const { workflow } = load(file);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const pushes = writes(job).some((w) => w === 'contents' || w === 'all');
      if (pushes) expect({ job: name, runsInstalledCode: runsInstalledCode(job) }).toEqual({ job: name, runsInstalledCode: false });
    }
  });

  it.each(workflows)('%s never checks out pull-request code in a job with a write permission', (file) => {
    const { workflow } = load(file);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (!writes(job).length) continue;
      for (const step of job.steps ?? []) {
        if ((step.uses ?? '').startsWith('actions/checkout@')) {
          expect({ job: name, ref: String(step.with?.ref ?? ''), repository: String(step.with?.repository ?? '') }).toEqual({ job: name, ref: expect.not.stringMatching(PR_CODE), repository: expect.not.stringMatching(PR_CODE) });
        }
      }
    }
  });

  it.each(workflows)('%s uses secrets only in workflows that pull requests cannot start', (file) => {
    const { workflow, text } = load(file);
    const usesSecrets = /\$\{\{\s*secrets\./.test(text);
    if (usesSecrets) expect(triggers(workflow)).not.toContain('pull_request');
  });

  it.each(workflows)('%s installs packages only through the one install script, or locked without install scripts', (file) => {
    const { text } = load(file);
    expect(text).not.toMatch(/^\s*(-\s*)?run:\s*npm (ci(?! --ignore-scripts\s*$)|install)\b/m);
  });

  it.each(workflows)('%s gives every job a time limit', (file) => {
    const { workflow } = load(file);
    for (const [name, job] of Object.entries(workflow.jobs)) expect({ job: name, timeout: typeof job['timeout-minutes'] }).toEqual({ job: name, timeout: 'number' });
  });

  it.each(workflows)('%s installs only the locked packages in a job with a write permission', (file) => {
    const { workflow } = load(file);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (writes(job).length) expect({ job: name, installsBeyondTheLock: installsBeyondTheLock(job) }).toEqual({ job: name, installsBeyondTheLock: [] });
    }
  });

  it.each(workflows)('%s gives repository secrets to single steps, never to a whole job or workflow', (file) => {
    const { workflow, text } = load(file);
    const env = (value: unknown) => JSON.stringify(value ?? {});
    expect(env((parse(text) as { env?: unknown }).env)).not.toMatch(/secrets\./);
    for (const [name, job] of Object.entries(workflow.jobs)) expect({ job: name, env: env(job.env) }).toEqual({ job: name, env: expect.not.stringMatching(/secrets\./) });
  });

  it('the nightly run gives the helpdesk secrets to the fetch step alone: evaluating and building the site run without them', () => {
    const { workflow } = load('nightly.yml');
    const withSecrets = Object.values(workflow.jobs).flatMap(stepsWithSecrets);
    expect(withSecrets.map((s) => s.run)).toEqual(['npx --yes=false standards fetch']);
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
    for (const command of [/\bevaluate\b/, /\bsite\b/, /\bpipeline\b/]) {
      for (const step of steps.filter((s) => command.test(s.run ?? ''))) expect({ run: step.run, secrets: stepsWithSecrets({ steps: [step] }).length }).toEqual({ run: step.run, secrets: 0 });
    }
    expect(steps.map((s) => s.run).filter((run) => /\bstandards (fetch|evaluate|site)\b/.test(run ?? ''))).toEqual(['npx --yes=false standards fetch', 'npx --yes=false standards evaluate', 'npx --yes=false standards site --out "$RUNNER_TEMP/site"']);
  });

  it('the nightly run measures with a read-only token and pushes the store from a job without npm', () => {
    const { workflow } = load('nightly.yml');
    const measuring = Object.entries(workflow.jobs).filter(([, job]) => (job.steps ?? []).some((s) => /\bstandards fetch\b/.test(s.run ?? '')));
    expect(measuring.length).toBe(1);
    expect(writes(measuring[0]![1])).toEqual([]);
    const pushing = Object.entries(workflow.jobs).filter(([, job]) => writes(job).includes('contents'));
    expect(pushing.length).toBe(1);
    expect(runsInstalledCode(pushing[0]![1])).toBe(false);
    expect((pushing[0]![1].steps ?? []).some((s) => /git\b.*push/.test(s.run ?? ''))).toBe(true);
  });

  it('the nightly store keeps what the corrective actions recorded, and a failed actions job never holds back the measurement', () => {
    const { workflow } = load('nightly.yml');
    const actions = workflow.jobs['corrective-actions']!;
    const upload = (actions.steps ?? []).find((s) => (s.uses ?? '').startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toBe('${{ !cancelled() }}');
    expect(String(upload.with?.path).trim().split('\n')).toEqual(['data/action-issues.ndjson', 'data/acknowledgements.ndjson']);
    expect(upload.with?.name).toBe('action-records');
    const store = workflow.jobs.store!;
    expect(store.needs).toEqual(['measure', 'corrective-actions']);
    expect(store.if).toBe("${{ !cancelled() && needs.measure.result == 'success' }}");
    const download = (store.steps ?? []).find((s) => s.with?.name === 'action-records') as Step & { 'continue-on-error'?: boolean };
    expect(download['continue-on-error']).toBe(true);
    const push = (store.steps ?? []).find((s) => /git\b.*push/.test(s.run ?? ''))!.run!;
    expect(push).toContain('for f in action-issues.ndjson acknowledgements.ndjson; do');
    expect(push.indexOf('cp -a ../incoming/. .')).toBeLessThan(push.indexOf('../incoming-actions/'));
    expect(runsInstalledCode(store)).toBe(false);
  });
});

describe('the nightly run and the standards-data branch', () => {
  it('restores the store from the branch before the fetch and hands the store job the packed tree, from the untouched checkout', () => {
    const { workflow } = load('nightly.yml');
    const steps = workflow.jobs.measure!.steps ?? [];
    const at = (test: (s: Step) => boolean) => steps.findIndex(test);
    const checkout = at((s) => (s.uses ?? '').startsWith('actions/checkout@') && s.with?.ref === 'standards-data');
    const restore = at((s) => /\bstandards store restore --from \.store-branch --store data\b/.test(s.run ?? ''));
    const cache = at((s) => (s.uses ?? '').startsWith('actions/cache@') && s.with?.path === 'data/.cache');
    const fetch = at((s) => s.run === 'npx --yes=false standards fetch');
    const site = at((s) => /^npx --yes=false standards site\b/.test(s.run ?? ''));
    const pack = at((s) => /\bstandards store pack --store data "\$\{previous\[@\]\}" --out "\$RUNNER_TEMP\/store-tree"/.test(s.run ?? ''));
    const upload = at((s) => s.with?.name === 'store');
    expect(steps[checkout]!.with?.path).toBe('.store-branch');
    // The facts cache lands in data/.cache after the restore: a restore never writes into a store folder that holds files.
    expect([checkout < restore, restore < cache, cache < fetch, site < pack, pack < upload]).toEqual([true, true, true, true, true]);
    expect(steps[pack]!.run).toContain('previous=(--from .store-branch)');
    expect(steps[upload]!.with?.path).toBe('${{ runner.temp }}/store-tree/');
  });

  it('the corrective actions read tonight\'s report and status log from the store restored from the packed tree', () => {
    const { workflow } = load('nightly.yml');
    const steps = workflow.jobs['corrective-actions']!.steps ?? [];
    const download = steps.findIndex((s) => s.with?.name === 'store');
    const restore = steps.findIndex((s) => s.run === 'npx --yes=false standards store restore --from .store-tree --store data');
    const actions = steps.findIndex((s) => s.run === 'npx --yes=false standards actions');
    expect(steps[download]!.with?.path).toBe('.store-tree');
    expect([download < restore, restore < actions]).toEqual([true, true]);
  });
});

// An adopter may install the tool as a package instead of copying this repository: then there are no `npm run`
// scripts, and the tool's own site/dist is inside node_modules (scripts/publish/site-output.ts).
describe('the nightly run as an adopter who installs the tool runs it', () => {
  it('runs every command as `npx standards`, builds the site with --out outside the checkout, and publishes that folder', () => {
    const { workflow } = load('nightly.yml');
    const steps = workflow.jobs.measure!.steps ?? [];
    expect(steps.filter((s) => /\bnpm run\b/.test(s.run ?? '')).map((s) => s.run)).toEqual([]);
    const site = steps.findIndex((s) => /\bstandards site\b/.test(s.run ?? ''));
    expect(steps[site]!.run).toBe('npx --yes=false standards site --out "$RUNNER_TEMP/site"');
    const pages = steps.findIndex((s) => (s.uses ?? '').startsWith('actions/upload-pages-artifact@'));
    expect([site < pages, steps[pages]!.with?.path]).toEqual([true, '${{ runner.temp }}/site']);
  });

  // The header says the same lines work there, but for what it names: every file of the tool's own repository a step
  // reads (a script run, setup-node's version file), which such a repository has not, is named in it with what to do
  // instead. Before, it named the install steps and not setup-node's `.nvmrc`, with which setup-node fails.
  it('names in its header every file of the tool\'s own repository a step reads, with what to use instead', () => {
    const { workflow, text } = load('nightly.yml');
    const header = text.slice(0, text.search(/^[^#\n]/m)).replace(/^# ?/gm, '').replace(/\s+/g, ' ');
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
    const read = new Set([
      ...steps.flatMap((s) => (s.run ?? '').match(/(?<![\w$.-])scripts\/[\w.-]+\//g) ?? []),
      ...steps.map((s) => s.with?.['node-version-file']).filter((f): f is string => typeof f === 'string'),
    ]);
    expect([...read].sort()).toEqual(['.nvmrc', 'scripts/install/']);
    expect(header).toContain('the install steps, which run scripts/install/ (there: `npm ci`, and `npm ci --ignore-scripts` in the corrective-actions job)');
    expect(header).toContain('setup-node\'s `node-version-file: .nvmrc` (there: `node-version: 24`');
  });

  it('keeps Node\'s compile cache between nights, keyed by the code and Node\'s version, in the measure job alone', () => {
    const { workflow } = load('nightly.yml');
    const steps = workflow.jobs.measure!.steps ?? [];
    const at = (test: (s: Step) => boolean) => steps.findIndex(test);
    const node = at((s) => (s.uses ?? '').startsWith('actions/setup-node@'));
    const place = at((s) => (s.run ?? '').includes('NODE_COMPILE_CACHE='));
    const cache = at((s) => (s.uses ?? '').startsWith('actions/cache@') && String(s.with?.path).includes('node-compile-cache'));
    const firstCommand = at((s) => /\b(npx --yes=false standards|npm run)\b/.test(s.run ?? ''));
    expect(steps[place]!.run).toBe('echo "NODE_COMPILE_CACHE=$RUNNER_TEMP/node-compile-cache" >> "$GITHUB_ENV"');
    expect(steps[cache]!.with).toEqual({
      path: '${{ runner.temp }}/node-compile-cache',
      key: "node-compile-cache-${{ runner.os }}-${{ runner.arch }}-node${{ steps.node.outputs.node-version }}-${{ hashFiles('package-lock.json', 'scripts/**') }}",
      'restore-keys': 'node-compile-cache-${{ runner.os }}-${{ runner.arch }}-node${{ steps.node.outputs.node-version }}-',
    });
    expect((steps[node] as Step & { id?: string }).id).toBe('node');
    expect([node < place, place < cache, cache < firstCommand]).toEqual([true, true, true]);
    // The cache is where the commands look: enableCompileCache() with no folder reads NODE_COMPILE_CACHE.
    const entry = readFileSync(path.resolve(import.meta.dirname, '../../scripts/standards.js'), 'utf8');
    expect(entry).toMatch(/^nodeModule\.enableCompileCache\(\);$/m);
    expect(entry).not.toMatch(/enableCompileCache\([^)]/);
  });

  // npx runs a package it does not find installed after fetching it from the registry, without asking in CI: a
  // `standards` that did not resolve (a repository that installs the tool as a package, its install gone wrong) would
  // be the registry's package of that name, run with the fetch step's helpdesk secrets or a job's write token.
  // `--yes=false` makes npx refuse instead; the project's own bin (package.json `bin`) and an installed one still run.
  // (Not `--no`: npm 11's npx expands it to `--no-yes` and takes the word after it, `standards`, for its value.)
  it.each(workflows)('%s runs npx with --yes=false: nothing it did not find installed', (file) => {
    const { workflow } = load(file);
    const runs = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).map((s) => s.run ?? ''));
    const calls = runs.flatMap((run) => run.match(/\bnpx\b[^\n]*/g) ?? []);
    expect(calls.filter((call) => !/^npx --yes=false \S/.test(call))).toEqual([]);
  });

  // evaluate, review, actions and validate --base read dates from git (SOP publications, team membership, the
  // standards' history); a shallow checkout (actions/checkout's default) cuts that history without a word.
  it.each(workflows)('%s checks out the whole history in every job that runs a command reading git history', (file) => {
    const { workflow } = load(file);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const reads = (job.steps ?? []).some((s) => /\bstandards (evaluate|review|actions|pipeline)\b|\bstandards validate\b[^\n]*--base/.test(s.run ?? ''));
      if (!reads) continue;
      // The workspace's own checkout; a second one into a folder (the standards-data branch) is read as files.
      const checkouts = (job.steps ?? []).filter((s) => (s.uses ?? '').startsWith('actions/checkout@') && s.with?.path === undefined);
      expect({ job: name, depths: checkouts.map((s) => s.with?.['fetch-depth']) }).toEqual({ job: name, depths: checkouts.map(() => 0) });
    }
  });

  // A cache read back is code or data the job did not make; a job that can write must not run it. setup-node's
  // `cache: npm` is one: it restores all of ~/.npm, whose _npx folder holds the `standards` that `npx standards` runs
  // (npm exec links the project there and runs its .bin), saved by whichever job of the default branch missed the
  // key first: the measure job, after every npm dependency has run in it.
  it.each(workflows)('%s restores no cache in a job with a write permission', (file) => {
    const { workflow } = load(file);
    for (const [name, job] of Object.entries(workflow.jobs).filter(([, j]) => writes(j).length > 0)) {
      expect({ job: name, caches: (job.steps ?? []).filter(restoresCache).length }).toEqual({ job: name, caches: 0 });
    }
  });
});

describe('the pull request\'s review and the standards-data branch', () => {
  it('restores the branch\'s day files, then the night\'s facts cache read-only, and reviews that store', () => {
    const { workflow } = load('validate.yml');
    const steps = workflow.jobs.review!.steps ?? [];
    const at = (test: (s: Step) => boolean) => steps.findIndex(test);
    const checkout = at((s) => (s.uses ?? '').startsWith('actions/checkout@') && s.with?.ref === 'standards-data');
    const restore = at((s) => s.run === 'npx --yes=false standards store restore --from .review-store --store data');
    const cache = at((s) => (s.uses ?? '').startsWith('actions/cache/restore@'));
    const review = at((s) => /\bstandards review\b/.test(s.run ?? ''));
    expect(steps[checkout]!.with?.path).toBe('.review-store');
    expect([checkout < restore, restore < cache, cache < review]).toEqual([true, true, true]);
    // The same path and keys as the nightly job saves, so the pull request finds the default branch's cache.
    const nightly = load('nightly.yml').workflow.jobs.measure!.steps!.find((s) => (s.uses ?? '').startsWith('actions/cache@') && s.with?.path === 'data/.cache')!;
    expect(steps[cache]!.with?.path).toBe(nightly.with?.path);
    expect(steps[cache]!.with?.['restore-keys']).toBe(nightly.with?.['restore-keys']);
    // A pull request never saves a facts cache the nightly job could pick up.
    expect(steps.filter((s) => /^actions\/cache(\/save)?@/.test(s.uses ?? ''))).toEqual([]);
    expect([steps[restore]!.if, steps[cache]!.if]).toEqual(["steps.store.outcome == 'success'", "steps.store.outcome == 'success'"]);
    expect(steps[review]!.run).toContain('store=(--store data)');
  });
});

describe('the workflow checks themselves', () => {
  it('see a write job that installs beyond the lock, and a step that has a secret', () => {
    const install = (run: string): Job => ({ permissions: { issues: 'write' }, steps: [{ run }] });
    expect([
      'bash scripts/install/install-dependencies.sh --complete-lock', 'bash scripts/install/install-dependencies.sh --ignore-scripts --complete-lock', 'npm install', 'npm i -D x',
      'bash scripts/install/install-dependencies.sh', 'bash scripts/install/install-dependencies.sh --ignore-scripts', 'npm ci', 'npx --yes=false standards actions',
    ].map((run) => installsBeyondTheLock(install(run)).length)).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
    const steps: Step[] = [{ run: 'a', env: { T: '${{ secrets.ZENDESK_API_TOKEN }}' } }, { run: 'b', env: { T: '${{ github.token }}' } }, { run: 'c', env: { T: '${{ secrets.GITHUB_TOKEN }}' } }, { run: 'd' }];
    expect(stepsWithSecrets({ steps }).map((s) => s.run)).toEqual(['a']);
  });

  it('see a push job that runs npm, PR code checked out with a write token, and a write-all job', () => {
    const bad: Record<string, Job> = {
      push: { permissions: { contents: 'write' }, steps: [{ uses: 'actions/setup-node@x' }, { run: 'npm ci && git push' }] },
      comment: { permissions: { 'pull-requests': 'write' }, steps: [{ uses: 'actions/checkout@x', with: { ref: '${{ github.event.workflow_run.head_sha }}' } }] },
      everything: { permissions: 'write-all', steps: [{ run: 'echo hi' }] },
      reader: { permissions: { contents: 'read' }, steps: [{ run: 'npm test' }] },
    };
    expect(Object.fromEntries(Object.entries(bad).map(([k, j]) => [k, writes(j)]))).toEqual({ push: ['contents'], comment: ['pull-requests'], everything: ['all'], reader: [] });
    expect(Object.fromEntries(Object.entries(bad).map(([k, j]) => [k, runsInstalledCode(j)]))).toEqual({ push: true, comment: false, everything: false, reader: true });
    expect(PR_CODE.test(String(bad.comment!.steps![0]!.with!.ref))).toBe(true);
  });

  it('see a cache restored by actions/cache, its restore half and setup-node (unless told not to), and not by actions/cache/save', () => {
    const steps: Step[] = [
      { uses: 'actions/cache@x' }, { uses: 'actions/cache/restore@x' }, { uses: 'actions/setup-node@x', with: { cache: 'npm' } },
      { uses: 'actions/setup-node@x', with: { 'node-version-file': '.nvmrc' } },
      { uses: 'actions/cache/save@x' }, { uses: 'actions/setup-node@x', with: { 'node-version-file': '.nvmrc', 'package-manager-cache': false } }, { run: 'npm ci' },
    ];
    expect(steps.map(restoresCache)).toEqual([true, true, true, true, false, false, false]);
  });
});
