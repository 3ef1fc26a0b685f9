// Given to Node with --import by entry-output-guard.test.ts: scripts/cli.ts is read with one more import at its top,
// of library-prints-at-load.mjs, as if a library it (or any module it imports) loads printed as it loaded.
import { registerHooks } from 'node:module';

const cli = new URL('../../scripts/cli.ts', import.meta.url).href;
const library = new URL('./library-prints-at-load.mjs', import.meta.url).href;
registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (url !== cli) return loaded;
    // After the `#!` line, which must stay first.
    const [shebang, rest] = String(loaded.source).split(/(?<=^#![^\n]*\n)/);
    return { ...loaded, source: `${shebang}import ${JSON.stringify(library)};\n${rest}` };
  },
});
