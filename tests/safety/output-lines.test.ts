// The output guard of the CLI's process reads each stream in whole lines (commands/io.ts outputLines): what a write
// gives back is what may be written now. Expected texts are written out by hand: U+2800 where a command is broken.

import { describe, expect, it } from 'vitest';
import { CUT_KEEPS, HELD_LINE_LIMIT, outputLines } from '../../scripts/commands/io.ts';
import { CredentialRegistry } from '../../scripts/model/credential-redaction.ts';

const TOKEN = 'ghp_Wm4Tq8Zr1Xv6Ls3Kp9Bn2Dc7Hf5Jg0Ay';
const B = '\u2800';

function guard(neutralise = true) {
  const credentials = new CredentialRegistry();
  credentials.register(TOKEN);
  return outputLines({ redact: (text) => credentials.redactText(text), neutralise });
}

describe('the output guard of one stream', () => {
  it('holds a line until it ends, at `\\n` or `\\r` (the runner\'s ReadLine), and guards it whole', () => {
    const lines = guard();
    expect(lines.push(':')).toBe('');
    expect(lines.idle).toBe(false);
    expect(lines.push(':error::x\rnext #')).toBe(`${B}::error::x\r`);
    expect(lines.push(`#[group] ${TOKEN.slice(0, 5)}`)).toBe('');
    expect(lines.push(`${TOKEN.slice(5)}\n`)).toBe(`next ##${B}[group] [redacted]\n`);
    expect(lines.idle).toBe(true);
  });

  it('reads bytes a whole character at a time, and carries a byte that is not UTF-8 as a lone surrogate', () => {
    const lines = guard();
    const zeroWidth = Buffer.from('\u200B', 'utf8');
    expect(lines.push(Buffer.concat([Buffer.from(':'), zeroWidth.subarray(0, 2)]))).toBe('');
    expect(lines.push(Buffer.concat([zeroWidth.subarray(2), Buffer.from(':x\n')]))).toBe(`${B}:\u200B:x\n`);
    expect(lines.push(Buffer.from([0xff, 0x0a, 0x3a, 0x3a, 0x61, 0x0a]))).toBe(`\uDCFF\n${B}::a\n`);
  });

  it('at the end, writes what it holds (a character cut short as its bytes), then guards each write on its own', () => {
    const lines = guard();
    expect(lines.push(Buffer.from([0x3a, 0x3a, 0x65, 0xe2, 0x80]))).toBe('');
    expect(lines.end()).toBe(`${B}::e\uDCE2\uDC80`);
    expect(lines.push('::late')).toBe(`${B}::late`);
  });

  it('writes a line longer than the limit in parts, keeping back the run before the cut that could open a command', () => {
    const lines = guard();
    // The cut would fall between the two `#` of `##[`: it moves back before the first.
    const head = 'a'.repeat(HELD_LINE_LIMIT + 100);
    const tail = `##[error]${'b'.repeat(CUT_KEEPS - 8)}`;
    expect(lines.push(head + tail) === head).toBe(true);
    expect(lines.push(' end\n')).toBe(`##${B}[error]${'b'.repeat(CUT_KEEPS - 8)} end\n`);
  });

  it('cuts a long line that is all white space and colons with U+2800, and does not read its rest as a line\'s start', () => {
    const lines = guard();
    const spaces = ' '.repeat(HELD_LINE_LIMIT);
    expect(lines.push(`${spaces}:${' '.repeat(CUT_KEEPS)}`) === `${spaces}:${B}`).toBe(true);
    // The line so far holds U+2800, which is not white space: `:error::` cannot make it a command.
    expect(lines.push(':error::x\n')).toBe(`${' '.repeat(CUT_KEEPS)}:error::x\n`);
  });

  it('keeps a credential cut at a long line\'s cut from passing', () => {
    const lines = guard();
    const head = 'a'.repeat(HELD_LINE_LIMIT + 1000);
    expect(lines.push(`${head}${TOKEN.slice(0, 7)}`)).toBe(head.slice(0, head.length + 7 - CUT_KEEPS));
    expect(lines.push(`${TOKEN.slice(7)} and on\n`)).toBe(`${'a'.repeat(CUT_KEEPS - 7)}[redacted] and on\n`);
  });

  it('outside GitHub Actions only redacts', () => {
    const lines = guard(false);
    expect(lines.push('::error::')).toBe('');
    expect(lines.push(`${TOKEN}\n`)).toBe('::error::[redacted]\n');
  });
});
