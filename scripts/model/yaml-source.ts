// Reads one YAML document from bytes into plain data plus a way to find any value's place in the file.
// Strict by design: every parse error and warning fails the file, because `toJS()` alone silently keeps
// the last of two duplicate keys and ignores unknown tags.

import { LineCounter, parseDocument, visit, isAlias, isMap, isPair, isScalar, isNode } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { Finding } from './findings.ts';
import { MAX_DOCUMENT_BYTES, oversizedDocument } from './document-files.ts';

export const MAX_DEPTH = 32;
const MAX_ALIAS_COUNT = 100;

/** Tags YAML 1.2's core schema resolves without surprise; anything else (custom, !!timestamp, !!binary) is refused. */
const ALLOWED_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

export type PathSegment = string | number;

export interface Position { line: number; col: number }

export interface SourceDocument {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PathSegment[]): Position;
  /** Position of the key `key` inside the map at `path` (for unknown properties). */
  locateKey(path: readonly PathSegment[], key: string): Position;
  /** Position of `character` written as itself in the text at `path`, else of the text (it was escaped: `\x01`). */
  locateCharacter(path: readonly PathSegment[], character: string): Position;
  /** The value as written in the file, for scalars (`1.10`, `010`), else undefined. */
  sourceText(path: readonly PathSegment[]): string | undefined;
}

export type ReadResult = { document: SourceDocument; findings: Finding[] } | { document: null; findings: Finding[] };

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate key: a key may appear only once in a mapping (YAML keeps only the last one, silently)',
  TAB_AS_INDENT: 'tab used for indentation: indent with spaces',
  MULTIPLE_DOCS: 'more than one YAML document (a `---` separator): keep one document per file',
  RESOURCE_EXHAUSTION: `nesting is too deep to read safely: keep documents under ${MAX_DEPTH} levels`,
  TAG_RESOLVE_FAILED: 'unknown tag: custom tags are not allowed; write the plain value',
};

export function readYamlDocument(file: string, bytes: Uint8Array): ReadResult {
  const fail = (message: string, line = 0, col = 0, rule = 'yaml'): ReadResult => ({
    document: null,
    findings: [{ file, line, col, severity: 'error', message, rule }],
  });
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return fail(oversizedDocument(bytes.byteLength), 0, 0, 'size');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    const pos = positionOfByte(bytes, at);
    return fail(`invalid UTF-8 at byte ${at}: save the file as UTF-8`, pos.line, pos.col, 'encoding');
  }
  if (text.trim() === '' || /^\s*(#[^\n]*\n?\s*)*$/.test(text)) {
    return fail('file is empty: a document needs at least `kind` and `id`', 0, 0, 'empty');
  }

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core', strict: true });
  } catch (error) {
    return fail(`cannot read YAML: ${(error as Error).message}`);
  }
  const at = (offset: number): Position => lineCounter.linePos(offset);
  const findings: Finding[] = [];
  const seenCodes = new Set<string>();
  for (const problem of [...doc.errors, ...doc.warnings]) {
    // A deep document raises one RESOURCE_EXHAUSTION per level: say it once.
    if (problem.code === 'RESOURCE_EXHAUSTION' && seenCodes.has(problem.code)) continue;
    seenCodes.add(problem.code);
    const pos = at(problem.pos[0]);
    const firstLine = problem.message.split('\n')[0] ?? problem.message;
    findings.push({
      file, ...pos, severity: 'error', rule: 'yaml',
      message: problem.code === 'TAG_RESOLVE_FAILED'
        ? `unknown tag ${/tag: (\S+)/.exec(firstLine)?.[1] ?? ''}: custom tags are not allowed; write the plain value`
        : YAML_MESSAGES[problem.code] ?? `YAML: ${firstLine.replace(/ at line \d+, column \d+.*$/, '')}`,
    });
  }
  if (findings.length > 0) return { document: null, findings };

  // Anchors set so far, in document order: an alias reads the last one of its name above it (and none below it).
  const anchors = new Map<string, unknown>();
  visit(doc, {
    Node(_key, node, ancestors) {
      if (!isNode(node) || !node.range) return;
      if (isAlias(node) && !anchors.has(node.source)) {
        findings.push({
          file, ...at(node.range[0]), severity: 'error', rule: 'yaml',
          message: `alias *${node.source} has no anchor &${node.source} above it: YAML reads an alias from an anchor set earlier in the file; set &${node.source} before this line, or write the value here`,
        });
      } else if (isAlias(node) && ancestors.includes(anchors.get(node.source) as never)) {
        // Its value would hold itself, without end: a cycle, which every reader of the data would walk forever.
        findings.push({
          file, ...at(node.range[0]), severity: 'error', rule: 'yaml',
          message: `alias *${node.source} stands inside the value it names (&${node.source}), so that value would contain itself without end: write the inner value out, or move the alias outside &${node.source}`,
        });
      }
      if (node.anchor) anchors.set(node.anchor, node);
      const tag = (node as { tag?: string }).tag;
      if (tag && !ALLOWED_TAGS.has(tag)) {
        findings.push({
          file, ...at(node.range[0]), severity: 'error', rule: 'yaml',
          message: tag.startsWith('tag:yaml.org,2002:')
            ? `tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not allowed: write the plain value (dates as YYYY-MM-DD text)`
            : YAML_MESSAGES.TAG_RESOLVE_FAILED!,
        });
      }
      // YAML 1.2 reads 010 as 10 and 0o10 as 8; YAML 1.1 tools and people read them differently.
      if (isScalar(node) && typeof node.value === 'number' && typeof node.source === 'string' && /^[-+]?0(\d|o)/.test(node.source)) {
        findings.push({
          file, ...at(node.range[0]), severity: 'error', rule: 'yaml',
          message: `${node.source} is read as the number ${node.value}: write ${node.value}, or quote it ("${node.source}") if you mean text`,
        });
      }
    },
  });
  if (findings.length > 0) return { document: null, findings };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = /alias/i.test((error as Error).message)
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): a document may reuse anchors, not multiply them`
      : `cannot read YAML: ${(error as Error).message}`;
    return fail(message, 1, 1);
  }
  const depth = depthOf(data);
  if (depth > MAX_DEPTH) {
    return fail(YAML_MESSAGES.RESOURCE_EXHAUSTION!, 1, 1);
  }
  return { document: sourceDocument(file, doc, data, at, text), findings: [] };
}

function sourceDocument(file: string, doc: Document.Parsed, data: unknown, at: (offset: number) => Position, text: string): SourceDocument {
  const nodeAt = (path: readonly PathSegment[]): { node: unknown; exact: boolean } => {
    for (let len = path.length; len >= 0; len--) {
      const node = len === 0 ? doc.contents : doc.getIn(path.slice(0, len), true);
      if (isNode(node) && node.range) return { node, exact: len === path.length };
      // A key with an empty value (`key:`) has no value node: point at the key instead.
      if (len > 0) {
        const pair = pairAt(doc, path.slice(0, len));
        if (pair && isNode(pair.key) && pair.key.range) return { node: pair.key, exact: false };
      }
    }
    return { node: null, exact: false };
  };
  return {
    file,
    data,
    locate(path) {
      const { node } = nodeAt(path);
      return isNode(node) && node.range ? at(node.range[0]) : { line: 1, col: 1 };
    },
    locateKey(path, key) {
      const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if (isMap(map)) {
        const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
      return this.locate(path);
    },
    locateCharacter(path, character) {
      const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if (!isScalar(node) || !node.range) return this.locate(path);
      const offset = text.slice(node.range[0], node.range[1]).indexOf(character);
      return at(node.range[0] + Math.max(offset, 0));
    },
    sourceText(path) {
      const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    },
  };
}

function pairAt(doc: Document.Parsed, path: readonly PathSegment[]): Pair | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const key = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  return parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key)) as Pair | undefined;
}

/** Iterative, so a pathological document cannot overflow our own stack. */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (depth > MAX_DEPTH) break;
    if (current && typeof current === 'object') {
      for (const child of Object.values(current)) stack.push([child, depth + 1]);
    }
  }
  return max;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.byteLength;
  // Binary search for the shortest invalid prefix; a truncated multi-byte character at the cut is not invalid yet.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.byteLength; i++) {
    if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  }
  return { line, col: offset - lineStart + 1 };
}

