// A signal that arrives while a run is busy computing (an evaluation is CPU-bound for seconds) must be seen at the
// next stop point, before the run writes anything: Node delivers it only on a turn of the event loop.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'model', 'run-termination.ts');

// The child: handlers as the CLI installs them, then 1.5 s of synchronous work during which the parent signals it,
// then the stop point and the check that guards a write.
const CHILD = `
import { atStopPoint, stopRun, throwIfStopped } from ${JSON.stringify(MODULE)};
process.on('SIGTERM', () => stopRun('SIGTERM'));
process.stdout.write('busy\\n');
const until = Date.now() + 1500;
while (Date.now() < until) { /* computing */ }
await atStopPoint('before report');
try { throwIfStopped(); console.log('went on and wrote'); } catch (error) { console.log('stopped: ' + error.message); }
`;

describe('a stop point', () => {
  it('sees a SIGTERM that arrived during synchronous work, before the write it guards', async () => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (!out.includes('busy') && (out + chunk).includes('busy')) child.kill('SIGTERM');
      out += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual(['busy', 'stopped: stopped by SIGTERM']);
  }, 30_000);
});
