// Where `standards site --out DIR` may build. The build replaces its output folder as a whole (site-build.ts: the
// new site is renamed in, the old one renamed aside and removed), so the folder must hold nothing but a site: not
// the repository, the standards or the store, nor a folder that contains one of them, nor the tool's own site
// project, nor the folder the command was run from, nor a folder of someone's files (`docs/`, from which GitHub
// Pages may publish hand-written pages). Each refusal says which and what to give instead. Paths are compared as
// the file system resolves them (a symbolic link to the root is the root).

import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { shownPath } from '../store/atomic-write.ts';

/** The folders an output must stay clear of, absolute. */
export interface SiteOutputPlaces {
  /** Repository root (`--root`). */
  root: string;
  /** The documents' folder, e.g. ROOT/standards. */
  standards: string;
  /** The store, e.g. ROOT/data. */
  store: string;
  /** The tool's Astro project (site-build.ts SITE_DIR); its `dist` is the default output. */
  siteProject: string;
  /** The folder the command was run from. */
  cwd: string;
}

/** Files every site `standards site` builds has at its top (site/src/pages/index.astro, status.json.ts). */
const SITE_FILES = ['index.html', 'status.json'];

/** `file` as the file system resolves it: the real path of its deepest existing folder, the rest appended. */
export async function resolvedPath(file: string): Promise<string> {
  const rest: string[] = [];
  for (let at = path.resolve(file); ; at = path.dirname(at)) {
    const real = await realpath(at).catch(() => null);
    if (real !== null) return path.join(real, ...rest.reverse());
    if (path.dirname(at) === at) return path.resolve(file);
    rest.push(path.basename(at));
  }
}

/** Whether `outer` is `inner` or one of its parents. */
function holds(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Why the site must not be built into `out` (absolute), or null when it may: a new folder, an empty one, or one
 * a previous build made (it has the site's index.html and status.json).
 */
export async function siteOutputProblem(out: string, places: SiteOutputPlaces): Promise<string | null> {
  const shown = shownPath(out);
  const [where, root, standards, store, siteProject, cwd] = await Promise.all([
    resolvedPath(out), resolvedPath(places.root), resolvedPath(places.standards), resolvedPath(places.store), resolvedPath(places.siteProject), resolvedPath(places.cwd),
  ]);
  const instead = `name a folder of its own for the site (new, empty, or built by \`standards site\` before), e.g. --out ${shownPath(path.join(places.root, '_site'))}`;
  if (where === root) return `--out ${shown} is the repository root: the build replaces its output folder as a whole; ${instead}`;
  if (holds(where, root)) return `--out ${shown} contains the repository root ${shownPath(places.root)}: the build replaces its output folder as a whole; ${instead}`;
  for (const [name, folder, given] of [['the standards', standards, places.standards], ['the store', store, places.store]] as const) {
    if (holds(where, folder)) return `--out ${shown} ${where === folder ? 'is' : 'contains'} ${name} (${shownPath(given)}): the build replaces its output folder as a whole; ${instead}`;
    if (holds(folder, where)) return `--out ${shown} is inside ${name} (${shownPath(given)}), which holds only what the tool writes there; ${instead}`;
  }
  if (holds(where, siteProject) || (holds(siteProject, where) && where !== path.join(siteProject, 'dist'))) {
    return `--out ${shown} would replace the tool's own site project (${shownPath(places.siteProject)}); its build output is ${shownPath(path.join(places.siteProject, 'dist'))}, the default without --out; ${instead}`;
  }
  if (holds(where, cwd)) return `--out ${shown} ${where === cwd ? 'is' : 'contains'} the folder this command runs in: the build replaces its output folder as a whole; ${instead}`;
  const info = await stat(out).catch(() => null);
  if (info === null) return null;
  if (!info.isDirectory()) return `--out ${shown} is a file, not a folder: the site is a folder of pages; ${instead}`;
  const names = await readdir(out);
  if (names.length === 0 || SITE_FILES.every((name) => names.includes(name))) return null;
  return `--out ${shown} holds files that are not a site built by \`standards site\` (no ${SITE_FILES.join(' and ')}): the build would replace them all; ${instead}`;
}
