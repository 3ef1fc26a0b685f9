import type { FreshdeskSourceSettings } from '../model/model.ts';
import type { TicketSource } from './source.ts';
export function createFreshdeskSource(_settings: FreshdeskSourceSettings, _deps: { now: Date; env: Record<string, string | undefined> }): TicketSource {
  throw new Error('not yet');
}
