// `standards codeowners`: writes .github/CODEOWNERS from the Team documents (what `validate` checks it against).

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CODEOWNERS_FILE, renderCodeowners } from '../publish/codeowners.ts';
import { EXIT, type CommandIO } from './io.ts';
import { loadForCommand } from './validate.ts';

export async function codeownersCommand(io: CommandIO): Promise<number> {
  const { model, findings } = await loadForCommand(io, { strict: false, base: null });
  if (!model) {
    io.stderr(`standards: the documents have errors (${findings.filter((f) => f.severity === 'error').length}); run standards validate, then codeowners`);
    return EXIT.findings;
  }
  const file = path.join(io.root, CODEOWNERS_FILE);
  const text = renderCodeowners(model);
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) {
    io.stderr(`${CODEOWNERS_FILE} is up to date`);
    return EXIT.ok;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  io.stderr(`wrote ${CODEOWNERS_FILE} (${text.split('\n').filter((l) => l && !l.startsWith('#')).length} rules)`);
  return EXIT.ok;
}
