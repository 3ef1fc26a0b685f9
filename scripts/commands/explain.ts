// `standards explain TICKET [--standard ID] [--now ISO] [--format text|json]`: how one stored ticket was measured
// for each standard (or one), with the same versions of standards and calendars the nightly evaluation uses.
// When a team disputes a breach, this is the page an ops lead reads.

import path from 'node:path';
import { clockFor } from '../engine/business-time.ts';
import { explainTicket } from '../engine/explain.ts';
import { explanationText } from '../engine/explain-words.ts';
import { openTicketStore } from '../store/ticket-store.ts';
import type { Ticket } from '../model/model.ts';
import { loadValidModel, parseNow, readyStore, withHistory } from './pipeline.ts';
import { EXIT, UsageError, type CommandIO } from './io.ts';
import { shownText } from '../model/findings.ts';
import { shownJson } from '../model/hidden-characters.ts';

export interface ExplainArgs {
  ticket: string | null;
  standard: string | null;
  now: string | null;
  format: 'text' | 'json';
}

/** The stored ticket with this id: the store is kept by creation day, so every day is read until it is found. */
async function findTicket(dir: string, id: string): Promise<Ticket | null> {
  for await (const day of openTicketStore(dir).days()) {
    const found = day.tickets.find((t) => t.id === id);
    if (found) return found;
  }
  return null;
}

export async function explainCommand(io: CommandIO, args: ExplainArgs): Promise<number> {
  if (args.ticket === null || args.ticket === '') throw new UsageError('explain needs a ticket id: standards explain TICKET [--standard ID] [--now ISO]');
  const now = parseNow(io, args.now);
  const model = await loadValidModel(io);
  if (!model) return EXIT.findings;
  if (args.standard !== null && !model.standards.some((s) => s.id === args.standard)) {
    throw new UsageError(`--standard "${args.standard}" is not a standard: use one of ${model.standards.map((s) => s.id).join(', ')}`);
  }
  await readyStore(io, model, 'explain');
  const storeDir = path.resolve(io.root, model.pipeline.storeDir);
  const ticket = await findTicket(storeDir, args.ticket);
  if (ticket === null) {
    io.stderr(`standards: ticket "${args.ticket}" is not in the store (${path.relative(io.root, storeDir) || '.'}): run standards fetch first, or check the id`);
    return EXIT.findings;
  }
  const { versioned, versionsOf } = await withHistory(io, model, now);
  const explanations = explainTicket({ model: versioned, now, clockFor, versionsOf, ticket, ...(args.standard !== null ? { standard: args.standard } : {}) });
  // The text quotes the ticket's team, category and tags as the helpdesk gave them: a terminal must not act on them.
  io.stdout(args.format === 'json' ? shownJson(explanations) : shownText(explanations.map(explanationText).join('\n\n'), { keepLineBreaks: true }));
  return EXIT.ok;
}
