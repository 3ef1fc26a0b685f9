// What a read-only `git log` or `git rev-parse` in a folder answers depends on: the commit HEAD names (commits are
// addressed by their content, so one id is one history), the repository's and the user's git configuration, the
// attributes files (git reads them from the working tree, and the one `core.attributesFile` names, to tell text from
// binary when it pairs renames), the git program itself, and the folder the command runs in. `gitReadsKey` reads all
// of that from the file system, the way git finds it, without starting git: an evaluation asks git for the same log
// every night, and two git processes cost more CPU (starting them, and loading Node's child-process modules) than the
// log they print.
//
// It answers null (ask git) whenever it cannot be sure it reads what git would: a GIT_ variable that changes what
// git reads, a repository git would refuse (another user's, across a file-system boundary), a shallow clone, grafts,
// replace refs, a reftable, includes in a configuration file, a HEAD that names no commit yet. Nothing the working
// tree holds changes the answer except the attributes files: the documents are read from the working tree anyway,
// and the history only ever says what the commits hold.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** GIT_ variables that change nothing a log or rev-parse prints (who commits, how to reach a remote or ask for a password, tracing to stderr). */
const HARMLESS_GIT_VARIABLES = /^GIT_(AUTHOR_|COMMITTER_|TERMINAL_PROMPT$|ASKPASS$|SSH|SSL_|CURL_|HTTP_|PAGER$|EDITOR$|TRACE|PROGRESS_DELAY$|PROTOCOL_FROM_USER$)/;

const readText = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};
const statOf = (file: string): Stats | null => {
  try {
    return statSync(file);
  } catch {
    return null;
  }
};

/** Where git finds the repository of `root` (as its discovery does), or null when it cannot be told for sure. */
const discover = (function discover(root: string): { top: string; gitDir: string; commonDir: string } | null {
  const uid = process.getuid?.();
  let dir = path.resolve(root);
  const device = statOf(dir)?.dev;
  if (device === undefined) return null;
  for (;;) {
    const here = statOf(dir);
    // Git stops at a file-system boundary, and refuses a repository another user owns: it would say so.
    if (here === null || here.dev !== device) return null;
    const dotGit = path.join(dir, '.git');
    const found = statOf(dotGit);
    if (found !== null) {
      if (uid !== undefined && here.uid !== uid) return null;
      let gitDir: string;
      if (found.isDirectory()) gitDir = dotGit;
      else {
        const link = /^gitdir: (.+)$/m.exec(readText(dotGit) ?? '')?.[1]?.trim();
        if (!link) return null;
        gitDir = path.resolve(dir, link);
      }
      const common = readText(path.join(gitDir, 'commondir'))?.trim();
      return { top: dir, gitDir, commonDir: common ? path.resolve(gitDir, common) : gitDir };
    }
    // The folder is itself a bare repository: git's discovery takes it, this one does not follow.
    if (existsSync(path.join(dir, 'HEAD')) && existsSync(path.join(dir, 'objects')) && existsSync(path.join(dir, 'refs'))) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
});

/** The commit `name` (a ref such as refs/heads/main) points to: its loose file, else packed-refs; null when unsure. */
const resolveRef = (function resolveRef(commonDir: string, gitDir: string, name: string): string | null {
  if (!/^refs\/[\w./-]+$/.test(name) || name.includes('..')) return null;
  // Refs of one worktree (refs/bisect, refs/worktree) live in its own folder, every other in the common one.
  const base = /^refs\/(bisect|worktree|rewritten)\//.test(name) ? gitDir : commonDir;
  const loose = readText(path.join(base, name));
  if (loose !== null) return /^[0-9a-f]{40}([0-9a-f]{24})?\n?$/.test(loose) ? loose.trim() : null;
  const packed = readText(path.join(commonDir, 'packed-refs')) ?? '';
  for (const line of packed.split('\n')) {
    const match = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) (.+)$/.exec(line);
    if (match && match[2] === name) return match[1]!;
  }
  return null;
});

/** The git program PATH finds (what spawn('git') starts), or null. */
const gitProgram = (function gitProgram(): { file: string; stats: Stats } | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const file = path.join(dir, 'git');
    const stats = statOf(file);
    if (stats !== null && stats.isFile() && (stats.mode & 0o111) !== 0) return { file, stats };
  }
  return null;
});

/** The `.gitattributes` files of `dir` and every folder under it (skipping .git), with their text. */
const attributesUnder = (function attributesUnder(dir: string, out: Array<[string, string | null]>): void {
  let names;
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of names) {
    if (entry.name === '.gitattributes') out.push([path.join(dir, entry.name), readText(path.join(dir, entry.name))]);
    else if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules') attributesUnder(path.join(dir, entry.name), out);
  }
});

/**
 * The files `core.attributesFile` names in git's configuration files (git reads the one set last, in place of the
 * default under XDG_CONFIG_HOME; a user's global attributes, often): their content changes what a log pairs as a
 * rename as the default one's does. Every one named is read, whichever wins. Null when a value is not a plain
 * absolute path or one under the home folder (`~/`): quoted, escaped, commented, relative or `%(prefix)/`, git alone
 * reads it as it means.
 */
const attributesFilesNamed = (function attributesFilesNamed(configs: ReadonlyArray<[string, string | null]>, home: string): string[] | null {
  const files: string[] = [];
  for (const [, text] of configs) {
    for (const match of (text ?? '').matchAll(/^\s*attributesfile\s*(?:=(.*))?$/gim)) {
      const value = (match[1] ?? '').trim();
      if (/["\\;#%]/.test(value)) return null;
      if (value.startsWith('~/') && home !== '') files.push(path.join(home, value.slice(2)));
      else if (path.isAbsolute(value)) files.push(value);
      else return null;
    }
  }
  return files;
});

/**
 * A key for the answers of read-only git commands run in `root` on the paths `folders` (relative to `root`): the
 * same key, the same answers. Null when it cannot be told without git (see above): the caller asks git.
 */
export const gitReadsKey = (function gitReadsKey(root: string, folders: readonly string[]): string | null {
  for (const name of Object.keys(process.env)) if (name.startsWith('GIT_') && !HARMLESS_GIT_VARIABLES.test(name)) return null;
  const found = discover(root);
  if (found === null) return null;
  const { top, gitDir, commonDir } = found;
  // Histories git would rewrite on the fly, or refs kept where this does not read them.
  for (const rewritten of ['shallow', 'info/grafts', 'reftable']) if (existsSync(path.join(commonDir, rewritten))) return null;
  if (existsSync(path.join(gitDir, 'shallow'))) return null;
  let replaced: string[] = [];
  try {
    replaced = readdirSync(path.join(commonDir, 'refs', 'replace'));
  } catch {
    // none
  }
  if (replaced.length > 0 || (readText(path.join(commonDir, 'packed-refs')) ?? '').includes(' refs/replace/')) return null;

  const head = readText(path.join(gitDir, 'HEAD'))?.trim() ?? null;
  if (head === null) return null;
  const symbolic = /^ref: (.+)$/.exec(head)?.[1];
  const commit = symbolic !== undefined ? resolveRef(commonDir, gitDir, symbolic) : /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head) ? head : null;
  if (commit === null) return null;

  const program = gitProgram();
  if (program === null) return null;
  let prefix: string;
  try {
    prefix = path.dirname(path.dirname(realpathSync(program.file)));
  } catch {
    return null;
  }
  const home = process.env.HOME ?? '';
  const xdg = process.env.XDG_CONFIG_HOME || path.join(home, '.config');
  const configs = [
    path.join(commonDir, 'config'), path.join(gitDir, 'config.worktree'), path.join(home, '.gitconfig'), path.join(xdg, 'git', 'config'),
    '/etc/gitconfig', path.join(prefix, 'etc', 'gitconfig'),
  ].map((file) => [file, readText(file)] as [string, string | null]);
  // An include names a file this does not read (and `includeIf` a condition): git alone can say.
  if (configs.some(([, text]) => text !== null && /\[\s*include|refstorage/i.test(text))) return null;

  const named = attributesFilesNamed(configs, home);
  if (named === null) return null;
  const attributes: Array<[string, string | null]> = [
    [path.join(commonDir, 'info', 'attributes'), readText(path.join(commonDir, 'info', 'attributes'))],
    [path.join(xdg, 'git', 'attributes'), readText(path.join(xdg, 'git', 'attributes'))],
    ...named.map((file) => [file, readText(file)] as [string, string | null]),
  ];
  // The attributes files on the way from the top to `root`, and every one under the folders read.
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    attributes.push([path.join(dir, '.gitattributes'), readText(path.join(dir, '.gitattributes'))]);
    if (dir === top || path.dirname(dir) === dir) break;
  }
  for (const folder of folders) {
    const dir = path.resolve(root, folder);
    // The whole working tree (a document at the top): its store of tickets too. Git alone, then.
    if (dir === path.resolve(root) || !dir.startsWith(path.resolve(root) + path.sep)) return null;
    attributesUnder(dir, attributes);
  }

  return createHash('sha256').update(JSON.stringify({
    root: path.resolve(root), top, gitDir, commonDir, commit,
    program: [program.file, program.stats.ino, program.stats.size, program.stats.mtimeMs],
    configs, attributes,
  })).digest('hex');
});
