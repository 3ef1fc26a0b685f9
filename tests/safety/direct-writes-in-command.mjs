// Given to Node with --import by direct-writes.test.ts: as `standards validate` starts its work, it writes workflow
// commands to fd 1 and 2 past process.stdout and process.stderr, the ways a library could: fs.writeSync on the
// descriptor (bound by a named import made before the entry's guard was on, as a library loaded early would), a
// buffer slice, fs.write with a callback, fs.writeFileSync on /dev/stderr, a write stream on fd 2 and Node's
// process._rawDebug. At exit it lists the native modules (.node) the process loaded into DIRECT_WRITES_ADDONS.
import { registerHooks } from 'node:module';
import fs, { writeSync } from 'node:fs';

const validate = new URL('../../scripts/commands/validate.ts', import.meta.url).href;
const START = 'export async function validateCommand(io: CommandIO, args: ValidateArgs): Promise<number> {';

globalThis.directWritesInCommand = async () => {
  writeSync(2, '::add-mask::x\n');
  writeSync(2, Buffer.from('--::error::sliced\n'), 2);
  await new Promise((resolve) => fs.write(2, '::warning::with a callback\n', (error, written) => resolve([error, written])));
  fs.writeFileSync('/dev/stderr', '::set-output name=verdict::by file name\n');
  await new Promise((resolve) => fs.createWriteStream('', { fd: 2, autoClose: false }).end('::notice::from a write stream\n', resolve));
  process._rawDebug('::debug::raw');
  writeSync(1, '::add-mask::on stdout, after the stop\n');
};

registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (url !== validate) return loaded;
    const source = String(loaded.source);
    if (!source.includes(START)) throw new Error('validate.ts no longer has the line this fixture hooks');
    return { ...loaded, source: source.replace(START, `${START}\n  await globalThis.directWritesInCommand();`) };
  },
});

process.on('exit', () => {
  const file = process.env.DIRECT_WRITES_ADDONS;
  if (!file) return;
  const addons = process.report.getReport().sharedObjects.filter((name) => name.endsWith('.node'));
  fs.writeFileSync(file, JSON.stringify(addons));
});
