// A library that prints workflow commands as its module loads, on both streams: imported by scripts/cli.ts in
// entry-output-guard.test.ts (through add-library-printing-at-load.mjs), so it runs before cli.ts's own code.
process.stdout.write('::add-mask::from-a-library\n::set-output name=verdict::from a library\n::stop-commands::from-a-library\n');
process.stderr.write('::add-mask::on-stderr\n::set-output name=verdict::on stderr\n::stop-commands::on-stderr\n');
