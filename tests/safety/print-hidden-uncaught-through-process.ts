// Run as a child process by process-output.test.ts: turns on the CLI's process-wide output guard, then lets an error
// whose message holds hidden characters go uncaught: an ESC sequence that clears the screen, a bidi override, a
// carriage return that writes over its line, a Persian word's ZWNJ, a ZWJ beside ASCII, and a line feed.

import { redactProcessOutput } from '../../scripts/commands/io.ts';

redactProcessOutput();
setTimeout(() => { throw new Error('bad \u001b[2Jvalue \u202eopen\rMet\nمی\u200cخواهم open\u200d'); }, 10);
