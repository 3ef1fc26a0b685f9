// Run as a child process by process-output.test.ts: reads a credential the way the CLI does, turns on the CLI's
// process-wide redaction, then lets others print it: console, a Node warning, a Buffer write, an uncaught error.

import { redactProcessOutput } from '../../scripts/commands/io.ts';
import { readCredential } from '../../scripts/model/credential-redaction.ts';

const token = readCredential(process.env, 'PRINTED_TOKEN')!;
redactProcessOutput();
console.log(`console.log ${token}`);
console.error(`console.error token ${token.slice(0, 12)}`);
process.stdout.write(Buffer.from(`buffer ${token}\n`));
process.emitWarning(`a library warns about ${token}`);
setTimeout(() => { throw new Error(`uncaught with ${token}`); }, 10);
