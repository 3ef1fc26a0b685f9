// Step three of validation: named checks across documents that no schema can express.
// Each rule reads the loaded set and adds findings; none stops the others.

import path from 'node:path';
import type { Finding } from './findings.ts';
import type { PathSegment, SourceDocument } from './yaml-source.ts';
import type { DocumentKind } from './schema-validator.ts';
import { didYouMean } from './suggest.ts';
import { credentialInField } from './credentials.ts';
import type { ReviewCadence, SopDefinition, StandardDefinition } from './model.ts';
import { changelogOf, describePromiseProblem, publishedChangelogEdits, stepPromiseProblem } from './sop-checks.ts';
import { importReferences, PEOPLE_RULES } from './people-rules.ts';

// node:util without an import: see cli.ts (an import of it costs every run ≈ 4 ms of start-up).
const { isDeepStrictEqual } = process.getBuiltinModule('node:util');

export interface LoadedDocument {
  kind: DocumentKind;
  id: string | null;
  source: SourceDocument;
  /** Schema-valid and normalised without errors. */
  valid: boolean;
  /** The internal definition when valid. */
  definition: unknown;
}

export interface RuleContext {
  documents: LoadedDocument[];
  /** YYYY-MM-DD: the day review dates are judged against. */
  today: string;
  strict: boolean;
  /** Raw data of each SOP on the base ref by file path, when `--base` was given (null: new file). */
  baseSops: Map<string, unknown> | null;
  baseRef: string | null;
  findings: Finding[];
}

export type Rule = (context: RuleContext) => void;

export const KIND_DIRECTORY: Record<DocumentKind, string> = {
  Pipeline: '',
  Team: 'teams',
  Calendar: 'calendars',
  Standard: 'service-levels',
  SOP: 'sops',
  Policy: 'policies',
  Scorecard: 'qa',
};

function push(ctx: RuleContext, doc: LoadedDocument, p: readonly PathSegment[], severity: Finding['severity'], message: string, rule: string): void {
  ctx.findings.push({ file: doc.source.file, ...doc.source.locate(p), severity, message, rule });
}

const idMatchesFileName: Rule = (ctx) => {
  for (const doc of ctx.documents) {
    if (doc.id === null) continue;
    const base = path.posix.basename(doc.source.file).replace(/\.ya?ml$/, '');
    if (base !== doc.id) {
      push(ctx, doc, ['id'], 'error', `id "${doc.id}" does not match the file name "${base}": rename the file to ${doc.id}.yaml or set id: ${base}`, 'id-file-name');
    }
  }
};

const duplicateIds: Rule = (ctx) => {
  const byKey = new Map<string, LoadedDocument[]>();
  for (const doc of ctx.documents) {
    if (doc.id === null) continue;
    const key = `${doc.kind}/${doc.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), doc]);
  }
  for (const docs of byKey.values()) {
    if (docs.length < 2) continue;
    for (const doc of docs) {
      const others = docs.filter((d) => d !== doc).map((d) => d.source.file).join(', ');
      push(ctx, doc, ['id'], 'error', `duplicate ${doc.kind} id "${doc.id}": also used in ${others}`, 'duplicate-id');
    }
  }
};

const kindInItsDirectory: Rule = (ctx) => {
  for (const doc of ctx.documents) {
    const dir = path.posix.dirname(doc.source.file).replace(/^standards\/?/, '');
    const expected = KIND_DIRECTORY[doc.kind];
    // Sub-folders inside a kind's folder are fine for organising (service-levels/emea/...); the pipeline is top-level.
    const inPlace = expected === '' ? dir === '' : dir === expected || dir.startsWith(`${expected}/`);
    if (!inPlace) {
      const where = expected ? `standards/${expected}/` : 'standards/pipeline.yaml';
      push(ctx, doc, ['kind'], 'error', `a ${doc.kind} belongs in ${where}, not ${path.posix.dirname(doc.source.file)}/`, 'kind-location');
    }
  }
};

const onePipeline: Rule = (ctx) => {
  const pipelines = ctx.documents.filter((d) => d.kind === 'Pipeline');
  for (const doc of pipelines.slice(1)) {
    push(ctx, doc, ['kind'], 'error', `only one Pipeline is allowed; the first is ${pipelines[0]!.source.file}`, 'one-pipeline');
  }
};

export interface Reference { path: PathSegment[]; kind: DocumentKind; id: string }

function referencesOf(doc: LoadedDocument): Reference[] {
  const data = doc.source.data as Record<string, unknown>;
  const refs: Reference[] = [];
  const one = (key: string, kind: DocumentKind) => {
    if (typeof data[key] === 'string') refs.push({ path: [key], kind, id: data[key] as string });
  };
  const many = (p: PathSegment[], kind: DocumentKind, list: unknown) => {
    if (Array.isArray(list)) list.forEach((id, i) => typeof id === 'string' && refs.push({ path: [...p, i], kind, id }));
  };
  switch (doc.kind) {
    case 'Standard':
      one('owner', 'Team');
      one('calendar', 'Calendar');
      one('scorecard', 'Scorecard');
      many(['scope', 'team'], 'Team', (data.scope as Record<string, unknown> | undefined)?.team);
      many(['sops'], 'SOP', data.sops);
      break;
    case 'SOP':
      one('owner', 'Team');
      many(['serves'], 'Standard', data.serves);
      many(['followedBy'], 'Team', data.followedBy);
      if (Array.isArray(data.steps)) {
        data.steps.forEach((step, i) => {
          const kept = (step as { keeps?: { standard?: unknown } } | null)?.keeps?.standard;
          if (typeof kept === 'string') refs.push({ path: ['steps', i, 'keeps', 'standard'], kind: 'Standard', id: kept });
        });
      }
      break;
    case 'Policy':
      one('owner', 'Team');
      many(['standards'], 'Standard', data.standards);
      many(['sops'], 'SOP', data.sops);
      break;
    case 'Scorecard':
      one('owner', 'Team');
      break;
    case 'Team':
      one('calendar', 'Calendar');
      break;
    case 'Pipeline':
      one('owner', 'Team');
      if (Array.isArray(data.exclusions)) {
        data.exclusions.forEach((e, i) => many(['exclusions', i, 'standards'], 'Standard', (e as Record<string, unknown>)?.standards));
      }
      refs.push(...importReferences(data));
      break;
    default:
      break;
  }
  return refs;
}

const referencesResolve: Rule = (ctx) => {
  const idsByKind = new Map<DocumentKind, string[]>();
  for (const doc of ctx.documents) {
    if (doc.id !== null) idsByKind.set(doc.kind, [...(idsByKind.get(doc.kind) ?? []), doc.id]);
  }
  for (const doc of ctx.documents) {
    for (const ref of referencesOf(doc)) {
      const known = idsByKind.get(ref.kind) ?? [];
      if (known.includes(ref.id)) continue;
      const field = ref.path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').slice(1);
      const hint = didYouMean(ref.id, known) || (known.length ? ` — known ${ref.kind} ids: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}` : ` — there is no ${ref.kind} yet; add one under standards/${KIND_DIRECTORY[ref.kind]}/`);
      push(ctx, doc, ref.path, 'error', `${field} refers to ${ref.kind} "${ref.id}", which does not exist${hint}`, 'reference');
    }
  }
};

/** Credentials belong in repository secrets; a document names the environment variable that holds one. */
const noCredentialsInDocuments: Rule = (ctx) => {
  const visit = (doc: LoadedDocument, value: unknown, p: PathSegment[]): void => {
    if (typeof value === 'string') {
      const kind = credentialInField(p.at(-1) ?? null, value);
      if (kind === null) return;
      const field = p.length ? p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '') : 'the document';
      push(ctx, doc, p, 'error', `${field} looks like a credential (${kind}): remove it from the document, revoke it where it was issued, and keep the new one in a repository secret whose name the source's tokenEnv gives`, 'credential');
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(doc, item, [...p, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(doc, item, [...p, key]);
    }
  };
  for (const doc of ctx.documents) visit(doc, doc.source.data, []);
};

const reviewsNotOverdue: Rule = (ctx) => {
  for (const doc of ctx.documents) {
    const review = (doc.definition as { review?: ReviewCadence } | null)?.review;
    if (!doc.valid || !review) continue;
    if (review.due < ctx.today) {
      push(ctx, doc, ['review', 'last'], ctx.strict ? 'error' : 'warning',
        `review was due on ${review.due} (last ${review.last} + ${review.everyText}): review the ${doc.kind} and set review.last to the review date`, 'review-due');
    }
  }
};

const sopVersionBumped: Rule = (ctx) => {
  if (!ctx.baseSops) return;
  for (const doc of ctx.documents) {
    if (doc.kind !== 'SOP' || !doc.valid) continue;
    const before = ctx.baseSops.get(doc.source.file);
    if (before === undefined || before === null || typeof before !== 'object') continue;
    const after = doc.source.data as Record<string, unknown>;
    const oldVersion = (before as Record<string, unknown>).version;
    const newVersion = after.version as number;
    // Recording a review (review.last, review.every) is not a content change: it needs no new version.
    const strip = ({ version: _v, changelog: _c, review: _r, ...rest }: Record<string, unknown>) => rest;
    const changed = !isDeepStrictEqual(strip(before as Record<string, unknown>), strip(after));
    if (typeof oldVersion !== 'number') continue;
    if (newVersion < oldVersion) {
      push(ctx, doc, ['version'], 'error', `version went down from ${oldVersion} on ${ctx.baseRef} to ${newVersion}: versions only go up`, 'sop-version');
    } else if (changed && newVersion === oldVersion) {
      push(ctx, doc, ['version'], 'error', `content changed since ${ctx.baseRef} but version is still ${newVersion}: bump the version and add a changelog entry (version: ${oldVersion + 1}, with a changelog entry for ${oldVersion + 1} at the top)`, 'sop-version');
    } else if (newVersion > oldVersion + 1) {
      push(ctx, doc, ['version'], 'error', `version jumps from ${oldVersion} on ${ctx.baseRef} to ${newVersion}, skipping ${oldVersion + 1 === newVersion - 1 ? oldVersion + 1 : `${oldVersion + 1}–${newVersion - 1}`}: bump by one per change (version: ${oldVersion + 1}, with its changelog entry at the top)`, 'sop-version');
    }
  }
};

/** Published changelog entries are history: an entry the base branch has may not be edited or removed. */
const publishedChangelogKept: Rule = (ctx) => {
  if (!ctx.baseSops) return;
  for (const doc of ctx.documents) {
    if (doc.kind !== 'SOP' || !doc.valid) continue;
    const published = changelogOf(ctx.baseSops.get(doc.source.file));
    if (!published) continue;
    const sop = doc.definition as SopDefinition;
    for (const edit of publishedChangelogEdits(published, sop.changelog)) {
      const was = `(${edit.published.date}: "${edit.published.summary.length > 80 ? `${edit.published.summary.slice(0, 79)}…` : edit.published.summary}")`;
      if (edit.change === 'removed') {
        push(ctx, doc, ['changelog'], 'error', `the changelog entry for version ${edit.version} on ${ctx.baseRef} ${was} was removed: published entries are history; put it back as it was`, 'changelog');
      } else {
        push(ctx, doc, ['changelog', edit.index!], 'error', `the changelog entry for version ${edit.version} differs from the one published on ${ctx.baseRef} ${was}: published entries are history; restore it, and say what was wrong in the entry for version ${sop.version > Math.max(...published.map((e) => e.version)) ? sop.version : sop.version + 1}`, 'changelog');
      }
    }
  }
};

/** A step that keeps a standard must fit it: served by the SOP, a time promise, and no longer on the same clock. */
const stepsKeepTheirStandards: Rule = (ctx) => {
  const standards = new Map<string, LoadedDocument>();
  for (const doc of ctx.documents) if (doc.kind === 'Standard' && doc.valid && doc.id !== null) standards.set(doc.id, doc);
  for (const doc of ctx.documents) {
    if (doc.kind !== 'SOP' || !doc.valid) continue;
    const sop = doc.definition as SopDefinition;
    sop.steps.forEach((step, i) => {
      if (!step.keeps) return;
      const standardDoc = standards.get(step.keeps.standard);
      // A standard that does not exist is the reference rule's finding; an invalid one has its own.
      if (!standardDoc) return;
      const standard = standardDoc.definition as StandardDefinition;
      const problem = stepPromiseProblem(sop, step, standard);
      if (!problem) return;
      const at: Record<typeof problem.kind, PathSegment[]> = {
        'not-served': ['steps', i, 'keeps', 'standard'],
        'not-a-time-promise': ['steps', i, 'keeps', 'standard'],
        'no-within': ['steps', i, 'keeps'],
        'clock-mismatch': ['steps', i, 'clock'],
        longer: ['steps', i, 'within'],
      };
      const there = standardDoc.source.locate([problem.kind === 'not-served' ? 'id' : problem.kind === 'not-a-time-promise' ? 'metric' : 'threshold']);
      const message = `step ${i + 1} "${step.id}" ${describePromiseProblem(problem, sop, step, standard, `${standardDoc.source.file}:${there.line}`)}`;
      push(ctx, doc, at[problem.kind], 'error', message, 'step-promise');
    });
  }
};

/**
 * Why a path from standards/pipeline.yaml does not name a place inside the repository, or null when it does.
 * The nightly job commits the store and reads the export from the checkout; a path outside it would read or
 * write files the repository does not own (and `..` in a pull request could point anywhere on the runner).
 */
export function pathOutsideRepository(value: string): string | null {
  const slashed = value.replace(/\\/g, '/');
  if (path.posix.isAbsolute(slashed) || path.win32.isAbsolute(value) || /^[A-Za-z]:/.test(value)) return 'is an absolute path';
  const normalised = path.posix.normalize(slashed);
  if (normalised === '..' || normalised.startsWith('../')) return 'leads out of the repository with ".."';
  return null;
}

const pipelinePathsInRepository: Rule = (ctx) => {
  for (const doc of ctx.documents) {
    if (doc.kind !== 'Pipeline') continue;
    const data = doc.source.data as { source?: { csv?: { path?: unknown }; qa?: { csv?: { path?: unknown } }; acknowledgements?: { csv?: { path?: unknown } } }; store?: { dir?: unknown } } | null;
    const checks: [PathSegment[], unknown, string][] = [
      [['source', 'csv', 'path'], data?.source?.csv?.path, 'exports/tickets.csv'],
      [['source', 'qa', 'csv', 'path'], data?.source?.qa?.csv?.path, 'exports/qa-reviews.csv'],
      [['source', 'acknowledgements', 'csv', 'path'], data?.source?.acknowledgements?.csv?.path, 'exports/sop-acknowledgements.csv'],
      [['store', 'dir'], data?.store?.dir, 'data'],
    ];
    for (const [at, value, example] of checks) {
      if (typeof value !== 'string') continue;
      const field = at.join('.');
      const why = pathOutsideRepository(value);
      if (why !== null) {
        push(ctx, doc, at, 'error', `${field} "${value}" ${why}: it must be a path inside the repository, relative to its root (e.g. ${example})`, 'path-in-repository');
      } else if (field === 'store.dir' && path.posix.normalize(value.replace(/\\/g, '/')).replace(/\/$/, '') === '.') {
        push(ctx, doc, at, 'error', `store.dir "${value}" is the repository itself: the store needs a folder of its own (e.g. data)`, 'path-in-repository');
      }
    }
  }
};

export const RULES: readonly Rule[] = [
  pipelinePathsInRepository,
  kindInItsDirectory,
  idMatchesFileName,
  duplicateIds,
  onePipeline,
  referencesResolve,
  noCredentialsInDocuments,
  reviewsNotOverdue,
  sopVersionBumped,
  publishedChangelogKept,
  stepsKeepTheirStandards,
  ...PEOPLE_RULES,
];

export function runRules(ctx: RuleContext): void {
  for (const rule of RULES) rule(ctx);
}
