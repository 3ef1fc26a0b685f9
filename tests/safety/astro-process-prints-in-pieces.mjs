// Loaded (NODE_OPTIONS --import) into the Astro build's process by print-astro-build-through-process.ts, before its
// entry runs: prints lines to stderr in pieces, each written on its own with a pause between, as a pipe may hand
// them over (cut anywhere: inside a line's leading `::`, inside a character, inside a token), then exits before the
// build starts, with no message on the IPC channel.

import { writeSync } from 'node:fs';

const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
const pieces = [
  Buffer.from('warning from Astro\n:'), Buffer.from(':error::a command cut after its first colon\n'),
  Buffer.from('  #'), Buffer.from('#[warning]the old form cut in two\n'),
  Buffer.from('caf\u00e9 '.slice(0, 3)), Buffer.from([0xc3]), Buffer.from([0xa9]), Buffer.from(' whole\n'),
  Buffer.from('token ghp_Wm4'), Buffer.from('Tq8Zr1Xv6Ls3Kp9Bn2Dc7Hf5Jg0Ay\n'),
  Buffer.from('last line, no newline'),
];
for (const piece of pieces) {
  writeSync(2, piece);
  pause();
}
process.exit(3);
