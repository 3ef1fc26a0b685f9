// Given to Node with --import by entry-output-guard.test.ts: as scripts/cli.ts is read (after the entry's output guard
// is on, before cli.ts's run() handles signals), the process is sent a signal, throws, or a library calls process.exit
// (STOP_AS_CLI_LOADS says which), as a runner's cancel or a broken library would while the CLI is still loading. For
// a signal, cli.ts starts with a top-level await (as a module that reads a file as it loads): the event loop turns
// there, where a handler would see the signal, before cli.ts's own handlers are on.
import { registerHooks } from 'node:module';

const cli = new URL('../../scripts/cli.ts', import.meta.url).href;
registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (url !== cli) return loaded;
    const what = process.env.STOP_AS_CLI_LOADS;
    if (what === 'throw') throw new Error('thrown as the CLI loads');
    if (what === 'exit') process.exit(3);
    if (what !== 'SIGTERM' && what !== 'SIGINT') return loaded;
    process.kill(process.pid, what);
    // After the `#!` line, which must stay first.
    const [shebang, rest] = String(loaded.source).split(/(?<=^#![^\n]*\n)/);
    return { ...loaded, source: `${shebang}await new Promise((resolve) => setTimeout(resolve, 1000));\n${rest}` };
  },
});
