// Findings as GitHub Actions workflow commands. GitHub shows at most 10 errors and 10 warnings per step,
// so we emit that many and say how many more there are; the full list goes to the job summary.
// Document text can contain `::` or newlines: everything user-controlled is escaped so it cannot become a command.

import type { Finding } from '../model/findings.ts';
import { findingLocation, plural, shownText, sortFindings } from '../model/findings.ts';
import { inertCode, inertMarkdown } from './inert-markdown.ts';

export const ANNOTATIONS_PER_SEVERITY = 10;

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatAnnotations(findings: readonly Finding[]): string[] {
  const lines: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const ofSeverity = sortFindings(findings).filter((f) => f.severity === severity);
    for (const f of ofSeverity.slice(0, ANNOTATIONS_PER_SEVERITY)) {
      const props = [`file=${escapeProperty(f.file)}`];
      if (f.line > 0) props.push(`line=${f.line}`, `col=${f.col}`);
      props.push(`title=${escapeProperty(`standards ${f.rule}`)}`);
      // The file stays as it is, the path GitHub places the annotation by; the message, shown, is escaped as printed.
      lines.push(`::${severity} ${props.join(',')}::${escapeData(shownText(f.message, { keepLineBreaks: true }))}`);
    }
    const hidden = ofSeverity.length - ANNOTATIONS_PER_SEVERITY;
    if (hidden > 0) {
      lines.push(`::${severity}::${escapeData(`${plural(hidden, `more ${severity}`)} not shown as annotations: see the job summary`)}`);
    }
  }
  return lines;
}

/** The complete list as a Markdown table for $GITHUB_STEP_SUMMARY. */
export function formatFindingsSummary(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const head = `### Standards validation: ${errors === 0 ? 'passed' : 'failed'}\n\n${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`;
  if (findings.length === 0) return `${head}\nEvery document is valid.\n`;
  const rows = sortFindings(findings).map((f) => `| ${f.severity} | ${inertCode(findingLocation(f))} | ${inertMarkdown(f.message, 2000)} | ${f.rule} |`);
  return `${head}\n| severity | where | problem | rule |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}
