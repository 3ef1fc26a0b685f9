// `standards init`: start an organisation from scratch. Writes the starter documents into an empty standards/
// folder; with --replace, first removes the example content, but only when git holds every byte of it, so
// nothing is lost by accident.

import { execFile } from 'node:child_process';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { IANAZone } from 'luxon';
import { discoverStandardsFiles, loadStandardsModel } from '../model/load.ts';
import { formatFindings, hasErrors, plural } from '../model/findings.ts';
import { escapedCharacter, HIDDEN_CHARACTER, holdsHiddenCharacter } from '../model/hidden-characters.ts';
import { PLACEHOLDER_LEAD, starterDocuments } from '../model/starter-documents.ts';
import { CODEOWNERS_FILE, renderCodeowners } from '../publish/codeowners.ts';
import { EXIT, UsageError, paint, type CommandIO } from './io.ts';

const run = promisify(execFile);

export interface InitArgs {
  organisation: string | null;
  timezone: string | null;
  lead: string | null;
  replace: boolean;
}

const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

async function existingDocuments(root: string): Promise<string[]> {
  try {
    const found = await discoverStandardsFiles(root);
    return [...found.files, ...found.findings.map((f) => f.file)];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Throws unless every file under standards/ is committed as it is, so removing the folder loses nothing. */
async function assertCommitted(root: string): Promise<void> {
  let status: string;
  try {
    // -z: each entry `XY <path>` ends at a NUL (a rename adds its old path as one more entry), and the path is
    // printed as it is, where without -z git quotes a name with a non-ASCII letter, a tab or a quote in it.
    ({ stdout: status } = await run('git', ['status', '--porcelain', '-z', '--untracked-files=all', '--', 'standards'], { cwd: root }));
  } catch {
    throw new UsageError('--replace removes standards/, which is safe only in a git repository where it is committed: this is not a git repository, so move the folder away yourself');
  }
  if (status.trim()) {
    const entries = status.split('\0');
    const files: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (!entry) continue;
      files.push(entry.slice(3));
      if (entry[0] === 'R' || entry[0] === 'C') i++; // the old path of a rename or copy staged in the index
    }
    throw new UsageError(`--replace would lose uncommitted changes in ${plural(files.length, 'file')} (${files.slice(0, 3).map(shownName).join(', ')}${files.length > 3 ? ', …' : ''}): commit or stash them first`);
  }
}

export async function initCommand(io: CommandIO, args: InitArgs): Promise<number> {
  const timezone = args.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!IANAZone.isValidZone(timezone)) throw new UsageError(`--timezone must be an IANA time zone like Europe/Paris or America/Chicago, got "${timezone}"`);
  const lead = args.lead ?? PLACEHOLDER_LEAD;
  if (!GITHUB_HANDLE.test(lead)) throw new UsageError(`--lead must be a GitHub handle without @ (letters, digits, single hyphens, at most 39), got "${lead}"`);
  const organisation = (args.organisation ?? path.basename(io.root)).trim();
  if (!organisation || organisation.length > 120) throw new UsageError('--organisation must be a name of 1 to 120 characters');

  const existing = await existingDocuments(io.root);
  if (existing.length && !args.replace) {
    io.stderr(`standards: standards/ already holds ${plural(existing.length, 'document')} (${existing.slice(0, 3).map(shownName).join(', ')}${existing.length > 3 ? ', …' : ''}).`);
    io.stderr('Run `standards init --replace` to remove them first (they stay in git history), or edit them instead.');
    return EXIT.findings;
  }
  if (existing.length) {
    await assertCommitted(io.root);
    await rm(path.join(io.root, 'standards'), { recursive: true, force: true });
    io.stderr(`removed the ${plural(existing.length, 'example document')} from standards/ (\`git checkout HEAD -- standards\` brings them back)`);
  }

  const today = io.now().toISOString().slice(0, 10);
  const documents = starterDocuments({ organisation, timezone, lead, today });
  for (const doc of documents) {
    const file = path.join(io.root, doc.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, doc.text, { flag: 'wx' });
    io.stderr(`  wrote ${doc.file}`);
  }

  // Prove what was written is valid with the same loader every other command uses.
  const { model, findings } = await loadStandardsModel({ root: io.root, today });
  if (findings.length) io.stderr(formatFindings(findings, { color: io.color }));
  if (!model || hasErrors(findings)) return EXIT.findings;
  // A CODEOWNERS file generated from the example's teams would fail `validate` on the first pull request.
  const codeowners = path.join(io.root, CODEOWNERS_FILE);
  if (await access(codeowners).then(() => true, () => false)) {
    await writeFile(codeowners, renderCodeowners(model));
    io.stderr(`  wrote ${CODEOWNERS_FILE} from the new team`);
  }

  io.stderr(paint(io, 'green', `✓ ${plural(documents.length, 'document')} for ${organisation}, valid.`));
  io.stderr('Next:');
  if (lead === PLACEHOLDER_LEAD) io.stderr(`  - put your team's GitHub handles in standards/teams/support.yaml (it says "${PLACEHOLDER_LEAD}")`);
  io.stderr('  - add your holidays to standards/calendars/business-hours.yaml');
  io.stderr('  - `npm start` measures the standard on the sample helpdesk; then connect your helpdesk (README)');
  return EXIT.ok;
}

/**
 * A file name as a message shows it: as it is when every character is printable and none is hidden
 * (model/hidden-characters.ts), else quoted with escapes, as git quotes it, so a name holding a terminal escape, a line
 * break, a bidi override or a Hangul filler cannot rewrite the terminal or pass for another name.
 */
function shownName(name: string): string {
  if (!holdsHiddenCharacter(name) && !UNPRINTABLE.test(name)) return name;
  return JSON.stringify(name).replace(NOT_SHOWN_IN_A_NAME, (c) => escapedCharacter(c));
}

const UNPRINTABLE = /[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/u;
const NOT_SHOWN_IN_A_NAME = new RegExp(`${HIDDEN_CHARACTER.source}|${UNPRINTABLE.source}`, 'gu');
