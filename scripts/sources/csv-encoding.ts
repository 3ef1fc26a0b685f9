// The bytes of a CSV export as the text the CSV parser reads, by the encoding its settings name
// (`source.csv.encoding`). UTF-8 (the default) goes through the UTF-8 check (utf8-check.ts), which stops at the
// first byte that is not UTF-8. Windows-1252 is what Excel's plain "CSV (Comma delimited)" writes on Windows: one
// byte a character, é as 0xE9, € as 0x80, curly quotes as 0x91–0x94; every byte is a character, so nothing can be
// wrong with the bytes, only with the setting. `latin1` is read as Windows-1252, as the WHATWG Encoding Standard
// (and so Node's TextDecoder and every browser) reads it: files labelled ISO-8859-1 are Windows-1252 in practice,
// and the bytes 0x80–0x9F, control characters in ISO-8859-1, are what such files mean by €, … and curly quotes.
// A byte-order mark says more than a setting: a file that starts with one (Excel's "CSV UTF-8", "Unicode text")
// is read as UTF-8 or UTF-16, whatever the setting says.

import { Readable, Transform, type TransformCallback } from 'node:stream';
import type { CsvEncoding } from '../model/model.ts';
import { utf8Check } from './utf8-check.ts';

type Input = Readable | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

const BOMS = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];

/** The input as a stream and the transform that turns its bytes into UTF-8 for the parser. */
export async function decodedCsv(input: Input, encoding: CsvEncoding): Promise<{ bytes: Readable; decode: Transform }> {
  const stream = input instanceof Readable ? input : Readable.from(input);
  if (encoding === 'utf-8') return { bytes: stream, decode: utf8Check() };
  // Enough of the start to see a byte-order mark, put back in front of the rest.
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < 3) {
    const step = await iterator.next();
    if (step.done) { done = true; break; }
    const chunk = typeof step.value === 'string' ? Buffer.from(step.value, 'utf8') : Buffer.from(step.value as Uint8Array);
    head.push(chunk);
    length += chunk.length;
  }
  const start = Buffer.concat(head);
  const marked = BOMS.some((bom) => bom.every((byte, i) => start[i] === byte));
  const rest = async function* () {
    yield start;
    if (done) return;
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) yield step.value as Uint8Array;
  };
  return { bytes: Readable.from(rest()), decode: marked ? utf8Check() : windows1252Text() };
}

/**
 * A file read as Windows-1252 whose bytes above 0x7F form UTF-8 characters: it is UTF-8 without a byte-order mark
 * (Google Sheets, LibreOffice, a helpdesk's own export), and read as Windows-1252 each accented letter would become
 * two or three others ("é" as "Ã©") in every stored ticket, without a word. Text really in Windows-1252 is almost
 * never valid UTF-8 (an accented letter followed by ASCII is not), so the read of the bytes that hold the first
 * character above ASCII decides, before the header is matched: that read (64 KiB from a file) is all UTF-8.
 */
export class Utf8NotWindows1252Error extends Error {
  readonly line: number;
  /** The first character above ASCII, as UTF-8 reads it ('' when its bytes were cut between two reads). */
  readonly character: string;
  constructor(line: number, character: string) {
    super(`line ${line}: UTF-8 read as Windows-1252`);
    this.name = 'Utf8NotWindows1252Error';
    this.line = line;
    this.character = character;
  }
}

/** Windows-1252 bytes to UTF-8 text, streamed (one byte a character, so no character spans two chunks). */
function windows1252Text(): Transform {
  const decoder = new TextDecoder('windows-1252');
  // Whether the bytes so far are also UTF-8 (null: they are not, or a character above ASCII decided it).
  let asUtf8: InstanceType<typeof TextDecoder> | null = new TextDecoder('utf-8', { fatal: true });
  let firstHigh: { line: number; character: string } | null = null;
  let line = 1;
  let afterCr = false;
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback: TransformCallback) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      if (asUtf8 !== null) {
        let text: string | null;
        try {
          text = asUtf8.decode(bytes, { stream: true });
        } catch {
          text = null;
          asUtf8 = null;
        }
        if (firstHigh === null) {
          for (let i = 0; i < bytes.length; i++) {
            const b = bytes[i]!;
            if (b >= 0x80) {
              const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
              firstHigh = { line, character: i + length <= bytes.length ? bytes.subarray(i, i + length).toString('utf8') : '' };
              break;
            }
            // Lines end as csv-parse ends them: CRLF, LF, or CR alone.
            if (b === 13 || (b === 10 && !afterCr)) line++;
            afterCr = b === 13;
          }
        }
        // A whole character above ASCII decoded, and every byte of this read is UTF-8.
        if (text !== null && firstHigh !== null && /[^\x00-\x7f]/.test(text)) return callback(new Utf8NotWindows1252Error(firstHigh.line, firstHigh.character));
      }
      callback(null, decoder.decode(bytes, { stream: true }));
    },
    flush(callback: TransformCallback) {
      callback(null, decoder.decode());
    },
  });
}
