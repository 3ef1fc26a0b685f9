// Excel's "CSV (Comma delimited)" writes Windows-1252, not UTF-8; decoded as UTF-8 its accented letters become
// U+FFFD without a word, so "siobhán@example.com" becomes another person and a mapped column "Propriété" is
// not found. The CSV imports pass their bytes through this check first: the bytes go on to the CSV parser
// unchanged, and the first byte that is not UTF-8 stops the import with its line and column. UTF-16 little-endian
// with a byte-order mark (Excel's "Unicode text") is left to the parser, which reads it; big-endian, which neither
// reads, stops the import naming the encoding.

import { Transform, type TransformCallback } from 'node:stream';

/** The first byte that is not UTF-8: where it is (line and column as an editor counts them) and its value. */
export class NotUtf8Error extends Error {
  readonly line: number;
  readonly column: number;
  readonly byte: number;
  constructor(line: number, column: number, byte: number) {
    super(`byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column} is not UTF-8`);
    this.name = 'NotUtf8Error';
    this.line = line;
    this.column = column;
    this.byte = byte;
  }
}

/**
 * A file that starts with the UTF-16 big-endian byte-order mark (FE FF): neither Node nor the CSV parser decodes
 * UTF-16BE, and read as anything else its header is every other character a NUL.
 */
export class Utf16BigEndianError extends Error {
  constructor() {
    super('UTF-16 big-endian (byte-order mark FE FF)');
    this.name = 'Utf16BigEndianError';
  }
}

const LINE_END = /\r\n|\r|\n/g;

/** A pass-through stream that fails with NotUtf8Error at the first byte that is not UTF-8. */
export function utf8Check(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let first = true;
  let skip = false;
  /** Bytes at the end of the last chunk that start a character the next chunk completes. */
  let pending: Uint8Array = new Uint8Array(0);
  let line = 1;
  let column = 1;
  /** The last text ended with CR: an LF that starts the next is the second half of one CRLF line end. */
  let afterCr = false;
  const advance = (decoded: string) => {
    // A UTF-8 byte-order mark is no column of the first line.
    let text = line === 1 && column === 1 && decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
    if (afterCr && text.startsWith('\n')) text = text.slice(1);
    if (text.length === 0) {
      if (decoded.length > 0) afterCr = false;
      return;
    }
    afterCr = text.endsWith('\r');
    // Lines end as csv-parse and editors end them: CRLF (Windows), LF, or CR alone (Excel for the old Mac OS).
    let lastEnd = -1;
    for (const end of text.matchAll(LINE_END)) {
      line++;
      lastEnd = end.index + end[0].length;
    }
    column = lastEnd === -1 ? column + [...text].length : 1 + [...text.slice(lastEnd)].length;
  };
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback: TransformCallback) {
      if (typeof chunk === 'string' || skip) return callback(null, chunk);
      if (first) {
        first = false;
        if (chunk.length >= 2 && chunk[0] === 0xfe && chunk[1] === 0xff) return callback(new Utf16BigEndianError());
        skip = chunk.length >= 2 && chunk[0] === 0xff && chunk[1] === 0xfe;
        if (skip) return callback(null, chunk);
      }
      try {
        advance(decoder.decode(chunk, { stream: true }));
      } catch {
        const bytes = concat(pending, chunk);
        const bad = firstInvalidOffset(bytes);
        advance(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad)));
        return callback(new NotUtf8Error(line, column, bytes[bad] ?? 0));
      }
      pending = incompleteTail(concat(pending, chunk));
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      if (skip) return callback();
      try {
        decoder.decode();
      } catch {
        // The file ends inside a character.
        return callback(new NotUtf8Error(line, column, pending[0] ?? 0));
      }
      callback();
    },
  });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The bytes of a character cut at the end of `bytes` (0 to 3), which the decoder holds for the next chunk. */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return bytes.length - i < length ? bytes.slice(i) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/** The offset of the first byte of `bytes` (which starts at a character) that is not UTF-8. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The shortest prefix that does not decode; a character cut at the end of a prefix is not invalid yet.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // A character cut short by the byte at `lo` starts before it: that is where the file stops being UTF-8.
  return lo - incompleteTail(bytes.subarray(0, lo)).length;
}
