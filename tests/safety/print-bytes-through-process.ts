// Run as a child process by process-output.test.ts with GITHUB_ACTIONS=true: with the CLI's process-wide output
// guard on, writes stderr as a library or a piped child process would: a character split across two writes, bytes
// that are not UTF-8, and a write with a callback.

import { redactProcessOutput } from '../../scripts/commands/io.ts';

redactProcessOutput();
const cafe = Buffer.from('café ::error::split\n', 'utf8');
process.stderr.write(cafe.subarray(0, 4));
process.stderr.write(cafe.subarray(4));
process.stderr.write(Buffer.from([0xff, 0xfe, 0x0a]));
process.stderr.write(Buffer.from('::error::after binary\n'), () => process.stdout.write('callback called\n'));
