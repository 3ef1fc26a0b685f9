// Run as a child process by process-output.test.ts with GITHUB_ACTIONS=true: turns on the CLI's process-wide
// output guard, then lets others print workflow commands to stderr: a library's console, a Node warning, an
// uncaught error. No credential is read: the guard holds without one.

import { redactProcessOutput } from '../../scripts/commands/io.ts';

redactProcessOutput();
console.error('a library says\n::error::from a library');
process.stderr.write(Buffer.from('a buffer ##[warning]mid-line\n'));
process.emitWarning('\n::add-mask::from a warning');
setTimeout(() => { throw new Error('uncaught\n\u0085::stop-commands::abc'); }, 10);
