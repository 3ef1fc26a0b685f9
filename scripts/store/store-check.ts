// `standards store check`: what a store written by hand or by an older version may hold that the store itself
// never writes, read from every day file once (ids only, no ticket parsed):
//
//   - a ticket stored under more than one day (before moves were followed, a ticket whose `created` changed was
//     filed under its new day and left in the old one: every evaluation counted it twice);
//   - a day file whose lines are not sorted by id, repeat an id, or are not ticket lines (a hand edit, a git
//     conflict kept whole): the fetch finds a ticket's other copies by each day's first and last id
//     (ticket-locations.ts), which such a file does not bound, so it reads the file whole until it rewrites it;
//   - a day file with an empty line or CRLF line ends (a checkout with core.autocrlf): read as the store writes it,
//     but not its bytes.
//
// A ticket in two days can only be in both days' id ranges, so only the ids another day's range takes in are kept
// while the days are read: memory follows those, not the store.

import type { StoreFileSystem } from './atomic-write.ts';
import { lineId } from './store-journal.ts';
import { storedDayRanges } from './ticket-locations.ts';
import { compareTicketIds } from './ticket-lines.ts';
import type { TicketStore } from './ticket-store.ts';

export interface StoreCheck {
  days: number;
  tickets: number;
  /** Tickets stored under more than one day: id → the days, ascending. */
  duplicates: { id: string; days: string[] }[];
  /**
   * Day files the store would not have written (unsorted, an id twice, a line that is not a ticket; `form`: an
   * empty line or a CRLF line end), each at its first problem.
   */
  unsorted: { day: string; line: number; problem: string; form?: true }[];
}

export async function checkStore(store: TicketStore, fs: StoreFileSystem): Promise<StoreCheck> {
  const days = await store.listDays();
  const { ranges } = await storedDayRanges(store, fs, days);
  const seen = new Map<string, string[]>();
  const check: StoreCheck = { days: days.length, tickets: 0, duplicates: [], unsorted: [] };
  for (const day of days) {
    const text = (await store.readDayText(day)) ?? '';
    let start = 0;
    let lineNumber = 0;
    let previous: string | null = null;
    let flagged = false;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end < 0 ? text.length : end);
      start = end < 0 ? text.length : end + 1;
      lineNumber++;
      if (line === '' || line.endsWith('\r')) {
        if (!flagged) check.unsorted.push({ day, line: lineNumber, problem: line === '' ? 'an empty line' : 'a CRLF line end (\\r\\n, where the store writes \\n alone: a checkout with core.autocrlf?)', form: true });
        flagged = true;
        if (line === '') continue;
      }
      const id = lineId(line);
      if (id === null) {
        if (!flagged) check.unsorted.push({ day, line: lineNumber, problem: 'not a ticket line (no id)' });
        flagged = true;
        continue;
      }
      check.tickets++;
      if (previous !== null && compareTicketIds(previous, id) >= 0 && !flagged) {
        check.unsorted.push({ day, line: lineNumber, problem: compareTicketIds(previous, id) === 0 ? `ticket ${JSON.stringify(id)} twice` : `ticket ${JSON.stringify(id)} after ${JSON.stringify(previous)} (a day file is sorted by id)` });
        flagged = true;
      }
      previous = id;
      if (ranges.covering(id, day).length === 0) continue;
      const holding = seen.get(id);
      if (holding === undefined) seen.set(id, [day]);
      else if (holding.at(-1) !== day) holding.push(day);
    }
  }
  for (const [id, holding] of seen) if (holding.length > 1) check.duplicates.push({ id, days: holding });
  check.duplicates.sort((a, b) => compareTicketIds(a.id, b.id));
  return check;
}

/** The check's findings as lines, each with what to do; none when the store is as the store writes it. */
export function describeStoreCheck(check: StoreCheck, storeShown: string): string[] {
  const lines: string[] = [];
  for (const d of check.duplicates.slice(0, 20)) {
    lines.push(`ticket ${JSON.stringify(d.id)} is stored under ${d.days.length} days: ${d.days.join(' and ')} (every evaluation counts it ${d.days.length} times). A store written before a ticket whose creation day changed was moved; the next fetch that returns it keeps its newest copy only. To heal it now: \`standards fetch --since ${d.days[0]}\``);
  }
  if (check.duplicates.length > 20) lines.push(`... and ${check.duplicates.length - 20} more tickets stored under more than one day`);
  for (const u of check.unsorted.slice(0, 20)) {
    const file = `${storeShown}/tickets/${u.day.slice(0, 4)}/${u.day.slice(5, 7)}/${u.day}.ndjson`;
    lines.push(u.form
      ? `${file} line ${u.line}: ${u.problem}: not a day file the store writes (edited by hand, or converted by git?); the store reads it, but its bytes differ from what a fetch writes. Restore the file from git (with \`git config core.autocrlf false\` in the store's checkout), or fetch that day again (\`standards fetch --since ${u.day}\`)`
      : `${file} line ${u.line}: ${u.problem}: not a day file the store writes (edited by hand, or a git conflict resolved by keeping both sides?), so a fetch reads it whole for every ticket it looks for until it rewrites it sorted (the newest copy of a ticket twice kept). Restore the file from git, or fetch that day again (\`standards fetch --since ${u.day}\`)`);
  }
  if (check.unsorted.length > 20) lines.push(`... and ${check.unsorted.length - 20} more day files`);
  return lines;
}
