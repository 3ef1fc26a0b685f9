// Run as a child process by process-output.test.ts with GITHUB_ACTIONS=true: a library leaves a line open on stdout
// (no line break yet) before the run's `::stop-commands::`, before an annotation's `::TOKEN::` and before the exit's
// `::TOKEN::`. `guarded` reads a credential first, so the output guard holds the open line instead of passing it on.

import { processIO, redactProcessOutput, redactingIO } from '../../scripts/commands/io.ts';
import { readCredential } from '../../scripts/model/credential-redaction.ts';

if (process.argv[2] === 'guarded') readCredential(process.env, 'PRINTED_TOKEN');
redactProcessOutput();
process.stdout.write('a library starts a line: ');
const io = redactingIO(processIO());
process.stdout.write('a progress line, not ended: 50%');
io.workflowCommands!(['::warning::an annotation']);
process.stdout.write(Buffer.from('a last line, not ended'));
