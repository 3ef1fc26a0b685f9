// What commands need from the outside world, injected so tests can run commands in-process.

import { styleText } from 'node:util';

export interface CommandIO {
  root: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal that shows colour (NO_COLOR and FORCE_COLOR honoured). */
  color: boolean;
  now: () => Date;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}

export function processIO(root = process.cwd()): CommandIO {
  return {
    root,
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    env: process.env,
    color: process.stderr.isTTY === true && !process.env.NO_COLOR,
    now: () => new Date(),
  };
}

export function paint(io: CommandIO, style: Parameters<typeof styleText>[0], text: string): string {
  return io.color ? styleText(style, text, { validateStream: false }) : text;
}
