// Run as a child process by process-output.test.ts with GITHUB_ACTIONS=true: reads a credential, turns on the CLI's
// process-wide output guard, then writes lines in pieces, each piece a write of its own, as our code or a library may:
// a command cut between its colons (a zero-width space between them, cut inside its bytes), the old form cut inside
// `##[`, a credential cut in two on stderr and in three on stdout, a command after a byte that is not UTF-8 in one
// write, and a last line with no line break. `exit` then exits; `crash` throws.

import { redactProcessOutput } from '../../scripts/commands/io.ts';
import { readCredential } from '../../scripts/model/credential-redaction.ts';

const token = readCredential(process.env, 'PRINTED_TOKEN')!;
redactProcessOutput();
const zeroWidth = Buffer.from(':\u200B:warning::a zero-width space between the colons\n', 'utf8');
const pieces: (string | Buffer)[] = [
  ':', ':error::cut between its colons\n',
  zeroWidth.subarray(0, 3), zeroWidth.subarray(3),
  '  #', '#[error]the old form cut after its first #\n', 'a line with ##', '[group]cut before its [\n',
  `token ${token.slice(0, 7)}`, `${token.slice(7)}\n`,
  Buffer.concat([Buffer.from([0xff, 0x0a]), Buffer.from('::add-mask::after a byte that is not UTF-8\n')]),
  ':', ':error::a last line with no line break',
];
for (const piece of pieces) process.stderr.write(piece);
process.stdout.write(`stdout ${token.slice(0, 7)}`);
process.stdout.write(token.slice(7, 14));
process.stdout.write(`${token.slice(14)} end\n`);
if (process.argv[2] === 'crash') throw new Error('crashed');
process.exit(0);
