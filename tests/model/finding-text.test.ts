// A finding quotes file names and values from the repository. Printed as they are, an ESC in one drives the terminal
// (or the Actions log, which renders ANSI sequences) and a U+202E shows the rest of the line backwards: the text
// output and the annotations' messages write each such character as its escape. The JSON output is for programs
// and keeps the text as it is (to JSON.parse: those JSON.stringify leaves are escaped in its strings, model/cli.test).
import { describe, expect, it } from 'vitest';
import { formatFindings, validateDocuments } from '../../scripts/model/load.ts';
import { shownText } from '../../scripts/model/findings.ts';
import { formatAnnotations } from '../../scripts/publish/annotations.ts';
import { scenarioFiles } from './corpus.ts';

const ESC = '\u001b';
const RLO = '\u202e';
const file = `standards/teams/x${ESC}[2J${RLO}y.yaml`;
const team = `# yaml-language-server: $schema=../../../../../../schemas/team.schema.json
kind: Team
id: support-leads
name: Support leads
calendar: emea-business-hours
leads: [ana-lopez]
members: [ana-lopez]
`;
// A value the schema refuses is quoted through JSON (its ESC escaped); the reference check quotes the id as written.
const standard = (owner: string) => new TextEncoder().encode(`kind: Standard
id: csat
title: Nine in ten customers rate their support as good
dimension: empathy
metric: csat
target: { min: 90% }
window: 30d
owner: "${owner}"
effective: 2026-01-01
review: { every: 6mo, last: 2026-09-01 }
rationale: Ninety percent good ratings is the level our best quarter reached and held.
`);

describe('a finding that quotes a file name or value holding controls or bidi overrides', () => {
  const files = scenarioFiles(null, [{ file, bytes: new TextEncoder().encode(team) }])
    .map((f) => (f.file === 'standards/service-levels/csat.yaml' ? { file: f.file, bytes: standard('nob\\e[31mody\\u202eb') } : f));
  const { findings } = validateDocuments(files, { today: '2026-11-23' });

  it('prints each such character as its escape, on one line per finding', () => {
    const printed = formatFindings(findings);
    expect(printed).not.toMatch(/[\u001b\u202e]/);
    expect(printed.split('\n').filter((l) => l.includes('x\\u001b'))).toEqual([
      'standards/teams/support-leads.yaml:3:5 error: duplicate Team id "support-leads": also used in standards/teams/x\\u001b[2J\\u202ey.yaml [duplicate-id]',
      'standards/teams/x\\u001b[2J\\u202ey.yaml:3:5 error: duplicate Team id "support-leads": also used in standards/teams/support-leads.yaml [duplicate-id]',
      'standards/teams/x\\u001b[2J\\u202ey.yaml:3:5 error: id "support-leads" does not match the file name "x\\u001b[2J\\u202ey": rename the file to support-leads.yaml or set id: x\\u001b[2J\\u202ey [id-file-name]',
    ]);
    expect(printed).toContain('error: owner refers to Team "nob\\u001b[31mody\\u202eb", which does not exist');
  });

  // model/hidden-characters.ts: a zero-width space, a soft hyphen, a Hangul filler and a tag character were printed as
  // they are (shown as nothing: two different names read the same).
  it('escapes the characters shown as nothing too, one past U+FFFF as its surrogates', () => {
    const finding = { file: 'standards/teams/sup\u200Bport\u00AD.yaml', line: 1, col: 1, severity: 'error' as const, message: 'owner "\u3164" or "a\u{E0041}"', rule: 'reference' };
    expect(formatFindings([finding])).toBe('standards/teams/sup\\u200bport\\u00ad.yaml:1:1 error: owner "\\u3164" or "a\\udb40\\udc41" [reference]\n\n1 error and 0 warnings in 1 file');
  });

  // text-characters.ts: the excerpt escaped the controls and the bidi controls only; a U+2028 (which JSON.stringify
  // leaves) or a word joiner near the control was quoted as it is.
  it('quotes the text around a control character with every hidden character in it escaped', () => {
    const csat = new TextDecoder().decode(standard('support-leads')).replace(/^title: .*$/m, 'title: "Nine in ten\\x01 rate\\L support\\u2060 as good"');
    const { findings: text } = validateDocuments(
      scenarioFiles(null).map((f) => (f.file === 'standards/service-levels/csat.yaml' ? { file: f.file, bytes: new TextEncoder().encode(csat) } : f)),
      { today: '2026-11-23' },
    );
    expect(text.filter((f) => f.rule === 'text').map((f) => f.message)).toEqual([
      'title holds the invisible control character U+0001 ("Nine in ten\\u0001 rate\\u2028 support\\u2060 as good"): delete it; text may hold tabs and line breaks but no other control characters',
    ]);
  });

  // The excerpt was cut 30 UTF-16 units either side of the control: between an emoji's halves, it showed each half
  // as its escape, as if the title held a lone surrogate.
  it('cuts the text around a control character between whole characters', () => {
    const title = `😀${'a'.repeat(29)}\\x01${'b'.repeat(28)}😀c`;
    const csat = new TextDecoder().decode(standard('support-leads')).replace(/^title: .*$/m, `title: "${title}"`);
    const { findings: text } = validateDocuments(
      scenarioFiles(null).map((f) => (f.file === 'standards/service-levels/csat.yaml' ? { file: f.file, bytes: new TextEncoder().encode(csat) } : f)),
      { today: '2026-11-23' },
    );
    expect(text.filter((f) => f.rule === 'text').map((f) => f.message)).toEqual([
      `title holds the invisible control character U+0001 ("😀${'a'.repeat(29)}\\u0001${'b'.repeat(28)}😀…"): delete it; text may hold tabs and line breaks but no other control characters`,
    ]);
  });

  // `explain` prints its lines with their line breaks kept: a carriage return alone was kept too, and on a terminal
  // what follows it is written over the start of the line (a holiday's name in a calendar, `…\rMet`).
  it('keeps a line feed and CR LF where lines are kept, and escapes a carriage return alone', () => {
    expect(shownText('Breached\rMet     \r\nnext\n', { keepLineBreaks: true })).toBe('Breached\\u000dMet     \r\nnext\n');
    expect(shownText('a\r\nb')).toBe('a\\u000d\\u000ab');
  });

  it('writes the annotation\'s message escaped, its file as the path it is', () => {
    const annotations = formatAnnotations(findings).join('\n');
    expect(annotations).toContain('owner refers to Team "nob\\u001b[31mody\\u202eb", which does not exist');
    expect(annotations.replace(/file=[^,]*/g, '')).not.toMatch(/[\u001b\u202e]/);
    expect(annotations).toContain(`::error file=${file},line=3,col=5,`);
  });
});
