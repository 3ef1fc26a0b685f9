// `standards validate`: every problem in every file, then one exit code.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadStandardsModel, type LoadResult } from '../model/load.ts';
import { noStandardsFolder } from '../model/document-files.ts';
import { formatFindings, hasErrors, plural } from '../model/findings.ts';
import { BaseRefError, gitFileReader } from '../model/git-base.ts';
import { formatAnnotations, formatFindingsSummary } from '../publish/annotations.ts';
import { CODEOWNERS_FILE, checkCodeowners } from '../publish/codeowners.ts';
import { EXIT, UsageError, appendJobSummary, paint, type CommandIO } from './io.ts';
import { shownJson } from '../model/hidden-characters.ts';
import { scopeGapFindings, validateScopeGaps } from './scope-gaps.ts';

export interface ValidateArgs {
  strict: boolean;
  base: string | null;
  format: 'text' | 'json' | 'github';
}

export async function loadForCommand(io: CommandIO, args: Pick<ValidateArgs, 'strict' | 'base'>): Promise<LoadResult> {
  let base = null;
  if (args.base) {
    try {
      base = { ref: args.base, read: await gitFileReader(io.root, args.base) };
    } catch (error) {
      if (error instanceof BaseRefError) throw new UsageError(error.message);
      throw error;
    }
  }
  try {
    return await loadStandardsModel({ root: io.root, strict: args.strict, base, today: io.now().toISOString().slice(0, 10) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(noStandardsFolder(io.root));
    }
    throw error;
  }
}

export async function validateCommand(io: CommandIO, args: ValidateArgs): Promise<number> {
  const result = await loadForCommand(io, args);
  let { findings } = result;
  if (result.model) {
    const codeowners = await readFile(path.join(io.root, CODEOWNERS_FILE), 'utf8').catch(() => null);
    findings = [...findings, ...checkCodeowners(result.model, codeowners)];
    // With a store at hand (not in a pull request's checkout), scopes no stored ticket matches are warnings.
    const gaps = await validateScopeGaps(io.root, result.model, (line) => io.stderr(line));
    if (gaps) findings = [...findings, ...scopeGapFindings(gaps, result.documents)];
  }
  const failed = hasErrors(findings);
  if (args.format === 'json') {
    io.stdout(shownJson({
      ok: !failed,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      documents: result.documents.length,
      findings,
    }));
  } else if (args.format === 'github') {
    const annotations = formatAnnotations(findings);
    if (io.workflowCommands) io.workflowCommands(annotations);
    else for (const line of annotations) io.stdout(line);
    await appendJobSummary(io, formatFindingsSummary(findings));
    io.stderr(findings.length ? formatFindings(findings) : `${plural(result.documents.length, 'document')} valid`);
  } else {
    if (findings.length) io.stderr(formatFindings(findings, { color: io.color }));
    if (!failed) io.stderr(paint(io, 'green', `✓ ${plural(result.documents.length, 'document')} valid${findings.length ? ' (with warnings)' : ''}`));
  }
  return failed ? EXIT.findings : EXIT.ok;
}
