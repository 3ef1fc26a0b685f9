// The review artifact: what the pull request's Validate run uploads and the trusted Review comment job reads.
// It is data that a fork controls entirely, so reading it is defensive: a size cap before reading, strict UTF-8,
// JSON, then schemas/review.schema.json (a bound on every string and list). Every refusal is one line that
// names no value from the artifact.

import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { createSchemaValidator, type SchemaValidator } from '../model/schema-validator.ts';
import type { Review } from './review-data.ts';

export const REVIEW_FILE = 'review.json';
export const PULL_REQUEST_FILE = 'pull-request.json';
/** A review of thousands of documents with 90-day series fits in a few MB; anything larger is not ours. */
export const MAX_REVIEW_BYTES = 8 * 1024 * 1024;
const MAX_PULL_REQUEST_BYTES = 1024;
const REVIEW_SCHEMA = 'review.schema.json';

/** Why an artifact was refused, in one line that names no value from it. */
export class ArtifactError extends Error {}

async function readCapped(dir: string, name: string, max: number): Promise<string> {
  const file = path.join(dir, name);
  // lstat: a symbolic link in the artifact could point at a file of the runner; only a plain file is data.
  const info = await lstat(file).catch(() => null);
  if (!info?.isFile()) throw new ArtifactError(`the artifact has no ${name} (as a plain file): was the review step of the Validate workflow skipped?`);
  if (info.size > max) throw new ArtifactError(`the artifact's ${name} is ${info.size.toLocaleString('en-US')} bytes, more than the ${max.toLocaleString('en-US')} a review can be`);
  const bytes = await readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArtifactError(`the artifact's ${name} is not UTF-8 text`);
  }
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ArtifactError(`the artifact's ${name} is not JSON`);
  }
}

/** The most specific of ajv's errors, as `at /changes/3/title: must NOT have more than 1000 characters`. */
export function describeSchemaErrors(errors: readonly ErrorObject[]): string {
  // A `oneOf` mismatch is reported at the union and again inside each branch; the deepest error is the one to fix.
  const depth = (e: ErrorObject) => (e.instancePath.match(/\//g) ?? []).length;
  const first = [...errors].sort((a, b) => depth(b) - depth(a))[0]!;
  // The path holds only property names from the schema and array indices, never a value from the artifact.
  const where = first.instancePath === '' ? 'the top level' : first.instancePath.slice(0, 200);
  const more = errors.length > 1 ? ` (${errors.length - 1} more problem${errors.length === 2 ? '' : 's'})` : '';
  return `at ${where}: ${first.message ?? 'is not valid'}${more}`;
}

/** The review in the artifact, or an ArtifactError saying in one line why it cannot be used. */
export async function readArtifactReview(dir: string, validator: SchemaValidator = createSchemaValidator()): Promise<Review> {
  const data = parseJson(await readCapped(dir, REVIEW_FILE, MAX_REVIEW_BYTES), REVIEW_FILE);
  const errors = validator.validate(REVIEW_SCHEMA, data);
  if (errors.length) throw new ArtifactError(`the artifact's ${REVIEW_FILE} does not match schemas/${REVIEW_SCHEMA} ${describeSchemaErrors(errors)}`);
  return data as Review;
}

/** The pull request number the artifact names: `{"number": 12}` and nothing else. */
export async function readArtifactPullRequest(dir: string): Promise<number> {
  const data = parseJson(await readCapped(dir, PULL_REQUEST_FILE, MAX_PULL_REQUEST_BYTES), PULL_REQUEST_FILE);
  const number = data && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 1 ? (data as { number?: unknown }).number : undefined;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) throw new ArtifactError(`the artifact's ${PULL_REQUEST_FILE} is not {"number": N} with a pull request number`);
  return number;
}

/** Why the trusted job would refuse this review (a bound of the schema exceeded), or null. */
export function reviewSchemaProblem(review: Review, validator: SchemaValidator = createSchemaValidator()): string | null {
  const errors = validator.validate(REVIEW_SCHEMA, review);
  return errors.length ? `does not match schemas/${REVIEW_SCHEMA} ${describeSchemaErrors(errors)}` : null;
}
