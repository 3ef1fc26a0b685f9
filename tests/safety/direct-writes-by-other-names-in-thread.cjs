// Given to Node with --require by direct-writes-thread.test.ts, as direct-writes-in-thread.cjs is: in a worker thread,
// before the thread's each message to the first, it writes a credential and workflow commands to stderr and stdout
// by names of theirs other than /dev/stderr and /proc/self/fd/2 as written (a file: URL, a Buffer, a path with `.` in
// it, the process's own /proc/<pid>, /proc/thread-self), and on a descriptor it opened on /dev/stderr, as a library
// writing its log to a file it was given does (fs.openSync then fs.writeSync, or a write stream on that file). Then
// it closes such a descriptor with the closeSync it took before the thread routed writes, and writes a data file
// that gets the descriptor's number: that write is the file's.
const fs = require('node:fs');
const rawCloseSync = fs.closeSync;
const { isMainThread, parentPort } = require('node:worker_threads');

if (!isMainThread && parentPort) {
  const token = process.env.THREAD_TOKEN;
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (...args) => {
    fs.writeFileSync(new URL('file:///dev/stderr'), `::error::by URL ${token}\n`);
    fs.appendFileSync(Buffer.from('/dev/stderr'), '::error::by Buffer\n');
    fs.writeFileSync('/dev/./stderr', '::error::by another path\n');
    fs.writeFileSync(`/proc/${process.pid}/fd/2`, '::error::by pid\n');
    fs.writeFileSync('/proc/thread-self/fd/2', '::error::by thread-self\n');
    const fd = fs.openSync('/dev/stderr', 'a');
    fs.writeSync(fd, `::add-mask::opened ${token}\n`);
    fs.closeSync(fd);
    fs.writeFileSync('/dev/fd/../fd/1', `::error::on stdout ${token}\n`);
    const alias = fs.openSync('/dev/stderr', 'a');
    rawCloseSync(alias);
    const data = fs.openSync(process.env.THREAD_DATA_FILE, 'w');
    fs.writeSync(data, `data on descriptor ${data === alias ? 'reused' : 'new'}\n`);
    fs.closeSync(data);
    return post(...args);
  };
}
