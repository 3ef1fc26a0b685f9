import { describe, expect, it } from 'vitest';
import { inertCode, inertMarkdown } from '../../scripts/publish/inert-markdown.ts';
import { neutraliseWorkflowCommands, stopWorkflowCommands } from '../../scripts/publish/workflow-commands.ts';
import { formatReportSummary } from '../../scripts/publish/job-summary.ts';
import type { Report } from '../../scripts/model/model.ts';

const HOSTILE = [
  'ok\n::error::injected',
  'ok\r\n::add-mask::secret',
  'x\n  ::stop-commands::abc',
  'x\n##[error]old syntax',
  // The runner's older syntax is found anywhere in a line (ActionCommand.TryParse: IndexOf("##[")).
  'a file ##[error]named so.yaml:1:1 error: …',
  'x\r##[add-mask]the rest of the log',
  // The runner trims with .NET's TrimStart, whose white space includes U+0085 (NEXT LINE); JavaScript's \s does not.
  '\u0085::error::after a next-line character',
  'x\n\u0085 \u0085::stop-commands::abc',
  // The runner's StartsWith and IndexOf are culture-sensitive: on Linux, ICU's collation skips what it gives no
  // weight (zero-width and format characters, controls, many combining marks), anywhere in the prefix.
  '\u200B::error::behind a zero-width space',
  'x\n \u00AD\u2060::add-mask::behind a soft hyphen and a word joiner',
  ':\u200C:stop-commands::between the colons',
  'a name #\u200B#[error]with a zero-width space inside',
  'x\n#\u0000#\u0591[warning]a NUL and a cantillation mark',
  // what the previous neutralisation wrote (a zero-width space before the command): a command to ICU
  '\u200B::error::\u200B##\u200B[error]',
];

/** Whether ICU's root collation (Node's Intl, as the runner's libicu) gives `character` no weight at all. */
const collator = new Intl.Collator('und');
const ignoredByCollation = (character: string) => collator.compare(`a${character}b`, 'ab') === 0;

/**
 * Whether GitHub's runner reads a line as a workflow command (actions/runner, ActionCommand.cs): `TryParseV2` when
 * the line, after `TrimStart()` (.NET's white space: JavaScript's \s but U+FEFF, plus U+0085), starts with `::`;
 * `TryParse` when `##[` occurs anywhere in it. Both compare with the current culture, which on Linux is ICU's
 * collation: characters it gives no weight are skipped.
 */
function runnerReadsAsCommand(line: string): boolean {
  const trimmed = line.replace(/^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*/, '');
  const weighed = (text: string) => [...text].filter((c) => !ignoredByCollation(c)).join('');
  return weighed(trimmed).startsWith('::') || weighed(line).includes('##[');
}

describe('workflow commands in printed text', () => {
  it.each(HOSTILE)('no line of %j can be read as a command', (text) => {
    expect(text.split(/\r\n|\r|\n/).some(runnerReadsAsCommand)).toBe(true);
    const out = neutraliseWorkflowCommands(text);
    // The runner's StreamReader ends a line at \n, \r or \r\n.
    for (const line of out.split(/\r\n|\r|\n/)) expect(runnerReadsAsCommand(line)).toBe(false);
    // the text reads the same: only a blank (U+2800) is added
    expect(out.replace(/\u2800/g, '')).toBe(text);
  });

  it('stops commands with a random token and lets only trusted lines through', () => {
    const written: string[] = [];
    const tokens = ['t1', 't2', 't3'];
    const gate = stopWorkflowCommands((l) => written.push(l), () => tokens.shift()!);
    gate.emit(['::error file=a.yaml::bad']);
    gate.release();
    expect(written).toEqual(['::stop-commands::t1', '::t1::', '::error file=a.yaml::bad', '::stop-commands::t2', '::t2::']);
  });
});

describe('Markdown from untrusted text (publish/inert-markdown.ts, the one rendering for every sink)', () => {
  const zw = '\u200B';

  it('escapes links, images, code, emphasis, HTML, table pipes, mentions and references', () => {
    expect(inertMarkdown('[click](https://evil.example) ![x](y.png) `code` *b* _i_ ~~s~~ <img src=x onerror=alert(1)> a|b @org/team & #1'))
      .toBe(`\\[click\\]\\(https\\:${zw}\\/\\/evil\\.example\\) \\!\\[x\\]\\(y\\.png\\) \\\`code\\\` \\*b\\* \\_i\\_ \\~\\~s\\~\\~ \\<img src\\=x onerror\\=alert\\(1\\)\\> a\\|b \\@${zw}org\\/team \\& \\#${zw}1`);
  });

  it('folds line breaks so a cell cannot end its row', () => {
    expect(inertMarkdown('a\n| b |\r\nc')).toBe('a \\| b \\| c');
  });

  // model/hidden-characters.ts: a soft hyphen, a word joiner, a Hangul filler, a tag character and U+180E were kept
  // (shown as nothing, or hiding text for whoever copies it), and a vertical tab dropped where it ends a line.
  it('drops every hidden character but those scripts and emoji are written with, and folds every line break', () => {
    expect(inertMarkdown('Sup\u00ADport\u2060 te\u3164am\u{E0041}\u180E ok, line\u000Bbreak')).toBe('Support team ok, line break');
    expect(inertMarkdown('👨\u200D👩\u200D👧 ❤\uFE0F خوش\u200Cحال')).toBe('👨\u200D👩\u200D👧 ❤\uFE0F خوش\u200Cحال');
  });

  // The joining characters were kept wherever they stood, any number of them (and beside ASCII): a run of variation selectors carries
  // a byte each that no reader of the page sees (an instruction for a program that reads the issue), and the tag
  // characters of a subdivision flag were dropped with the hidden ones, leaving a black flag.
  it('keeps a joining character only where it joins, and a subdivision flag whole', () => {
    expect(inertMarkdown('葛\uFE01\uFE02\u{E0101}\u{E01EF} 東\u200D\u200D\u200D京 \u200Dd')).toBe('葛\uFE01 東京 d');
    // Beside ASCII none joins (model/hidden-characters.ts `joinsHere`): an id or a status made to look like another.
    expect(inertMarkdown('a\uFE01 b\u200Dc open\u200C')).toBe('a bc open');
    expect(inertMarkdown('👁\uFE0F\u200D🗨\uFE0F 1\uFE0F\u20E3 🏳\uFE0F\u200D🌈 🧑🏽\u200D💻')).toBe('👁\uFE0F\u200D🗨\uFE0F 1\uFE0F\u20E3 🏳\uFE0F\u200D🌈 🧑🏽\u200D💻');
    expect(inertMarkdown('Cymru 🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}')).toBe('Cymru 🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}');
    // Tags past a flag's 7, or capitals (ASCII smuggled as tags), are dropped, the flag's base kept.
    expect(inertMarkdown('🏴\u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}\u{E0020}\u{E0061}\u{E006C}\u{E006C}\u{E007F} x \u{E0041}\u{E007F}')).toBe('🏴 x');
  });

  it('puts only plainly safe ids, places and cursors in code; anything else is inert text', () => {
    expect(inertCode('id')).toBe('`id`');
    expect(inertCode('standards/a.yaml:12:3')).toBe('`standards/a.yaml:12:3`');
    expect(inertCode('a``b')).toBe('a\\`\\`b');
    expect(inertCode('`x')).toBe('\\`x');
    expect(inertCode('a|b\nc')).toBe('a\\|b c');
  });

  it('keeps a hostile standard id and statement inert in the nightly job summary', () => {
    const report = {
      summary: { met: 0, 'at-risk': 0, breached: 1, 'no-data': 0 },
      data: { source: 'csv', tickets: 3, rejected: [{ reason: 'bad [link](http://x)', count: 2 }] },
      standards: [{ id: 'x`y', status: 'breached', statement: '![img](http://x/p.png)\n::error::boom' }],
    } as unknown as Report;
    const text = formatReportSummary(report, null);
    expect(text).toContain(`| 🔴 breached | x\\\`y | \\!\\[img\\]\\(http\\:${zw}\\/\\/x\\/p\\.png\\) \\:${zw}\\:${zw}error\\:${zw}\\:${zw}boom |`);
    expect(text).toContain(`bad \\[link\\]\\(http\\:${zw}\\/\\/x\\) (2)`);
  });
});
