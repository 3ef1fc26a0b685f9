// The Astro build's output relayed to this process in whole lines (publish/astro-build-process.ts relayLines): cut
// anywhere by the pipe, a line reaches the output guard whole and its characters whole; a line longer than the
// guard's own bound goes on in pieces rather than being held (and searched again) to its end.
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { relayLines } from '../../scripts/publish/astro-build-process.ts';

function relayed(chunks: readonly Buffer[]): Promise<string[]> {
  const from = new PassThrough();
  const writes: string[] = [];
  const to = new Writable({ write(chunk: Buffer, _encoding, done) { writes.push(chunk.toString('utf8')); done(); } });
  relayLines(from, to as unknown as NodeJS.WritableStream);
  for (const chunk of chunks) from.write(chunk);
  from.end();
  return new Promise((resolve) => from.once('end', () => setImmediate(() => resolve(writes))));
}

describe('the Astro build\'s output relayed', () => {
  it('whole lines and whole characters, however the pipe cuts them; the last line at the end', async () => {
    const text = Buffer.from('::error::one\nzwei € drei\n¡tres');
    // Cut after every byte: inside `::`, inside the three bytes of €, inside ¡.
    const writes = await relayed([...text].map((b) => Buffer.from([b])));
    expect(writes).toEqual(['::error::one\n', 'zwei € drei\n', '¡tres']);
  });

  it('a line of 200 KiB without an end goes on in pieces of 64 KiB, nothing lost', async () => {
    const line = 'x'.repeat(200 * 1024);
    const chunks = Array.from({ length: 200 }, (_, i) => Buffer.from(line.slice(i * 1024, (i + 1) * 1024)));
    const writes = await relayed(chunks);
    expect(writes.map((w) => w.length)).toEqual([65536, 65536, 65536, 8192]);
    expect(writes.join('')).toBe(line);
  });
});
