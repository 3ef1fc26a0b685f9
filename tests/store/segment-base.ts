// A segment's first line for the tree `dir`, computed from the files on disk as store-journal.ts describes it
// (the base's day count, bytes, and the sha256 of each day file's path, length and bytes, then each patched file's
// name and length or `none` and bytes): read here independently of the pack's code.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function baseHeaderOf(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const days = (await readdir(path.join(dir, 'tickets'), { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile() && /^\d{4}-\d{2}-\d{2}\.ndjson$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  let bytes = 0;
  for (const file of days) {
    const data = await readFile(path.join(dir, file));
    hash.update(`${file} ${data.length}\n`).update(data);
    bytes += data.length;
  }
  for (const name of ['report.json', 'status-log.ndjson']) {
    const data = await readFile(path.join(dir, name)).catch(() => null);
    hash.update(`${name} ${data === null ? 'none' : data.length}\n`);
    if (data !== null) hash.update(data);
  }
  return `{"base":{"days":${days.length},"bytes":${bytes},"sha256":"${hash.digest('hex')}"}}\n`;
}
