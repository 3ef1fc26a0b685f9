// What commands need from the outside world, injected so tests can run commands in-process.

import { styleText } from 'node:util';
import { neutraliseWorkflowCommands, stopWorkflowCommands } from '../publish/workflow-commands.ts';

export interface CommandIO {
  root: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal that shows colour (NO_COLOR and FORCE_COLOR honoured). */
  color: boolean;
  now: () => Date;
  /**
   * Trusted workflow commands (annotations) for GitHub Actions. Present only when running in Actions, where
   * everything else written to stdout and stderr is kept from being read as a command.
   */
  workflowCommands?: (lines: readonly string[]) => void;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}

const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

export function processIO(root = process.cwd()): CommandIO {
  const io: CommandIO = {
    root,
    stdout: (text) => process.stdout.write(line(text)),
    stderr: (text) => process.stderr.write(line(text)),
    env: process.env,
    color: process.stderr.isTTY === true && !process.env.NO_COLOR,
    now: () => new Date(),
  };
  if (process.env.GITHUB_ACTIONS !== 'true') return io;
  const gate = stopWorkflowCommands((command) => process.stdout.write(line(command)));
  process.once('exit', () => gate.release());
  return {
    ...io,
    stdout: (text) => process.stdout.write(line(neutraliseWorkflowCommands(text))),
    stderr: (text) => process.stderr.write(line(neutraliseWorkflowCommands(text))),
    workflowCommands: (lines) => gate.emit(lines),
  };
}

export function paint(io: CommandIO, style: Parameters<typeof styleText>[0], text: string): string {
  return io.color ? styleText(style, text, { validateStream: false }) : text;
}
