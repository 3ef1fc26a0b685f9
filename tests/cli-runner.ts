// Runs the `standards` command in-process with captured output and a fixed clock, as the tests of every
// command need it.
import { main } from '../scripts/cli.ts';
import type { CommandIO } from '../scripts/commands/io.ts';

export interface CliRun { code: number; stdout: string; stderr: string }

export async function runCli(args: string[], options: { env?: Record<string, string>; now?: string } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = (root: string): CommandIO => ({
    root, env: options.env ?? {}, color: false, now: () => new Date(options.now ?? '2026-11-23T06:00:00Z'),
    stdout: (t) => out.push(t), stderr: (t) => err.push(t),
  });
  const code = await main(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
