// Given to Node with --require by direct-writes-thread.test.ts (a module given with --import runs on the main
// thread only; one given with --require runs in every worker thread too). In a worker thread, before the thread's
// each message to the first, it writes a credential and workflow commands to fd 1 and 2 past process.stdout and
// process.stderr, the ways a library in the thread could: fs.writeSync on the descriptor, fs.writeFileSync on
// /dev/stderr and Node's process._rawDebug; and once through the thread's own console, which Node forwards to the
// first thread's streams. The credential is the thread's data: the thread reads no environment of its own.
const fs = require('node:fs');
const { isMainThread, parentPort } = require('node:worker_threads');

if (!isMainThread && parentPort) {
  const token = process.env.THREAD_TOKEN;
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (...args) => {
    fs.writeSync(2, `::add-mask::x ${token}\n`);
    fs.writeFileSync('/dev/stderr', '::error::by file name\n');
    process._rawDebug('::debug::raw');
    fs.writeSync(1, `on stdout ${token}\n`);
    console.error('::warning::from the console');
    return post(...args);
  };
}
