// The SOP scenario the people-standard tests share, worked out by hand in tests/quality/people-measures.test.ts:
// refunds, followed by emea, version 1 published 5 Oct 00:00 and version 2 on 20 Oct 00:00; a acknowledged each
// after a day, b version 1 after 7 days, c never.
import type { AcknowledgementRecord } from '../../scripts/model/documents.generated.ts';
import type { SopDefinition } from '../../scripts/model/model.ts';

export const REFUNDS_SOP: SopDefinition = {
  id: 'refunds', title: 'Refunds', version: 2, status: 'active', owner: 'emea', summary: null, serves: [], followedBy: ['emea'], steps: [],
  review: { every: { amount: 1, unit: 'y' }, everyText: '1y', last: '2026-10-01', due: '2027-10-01' }, changelog: [{ version: 2, date: '2026-10-20', summary: 'Two.' }, { version: 1, date: '2026-10-05', summary: 'One.' }],
  origin: { file: 'standards/sops/refunds.yaml' },
};

/** An acknowledgement of refunds `version` by `person`, imported from a CSV. */
export const refundsAck = (version: number, person: string, at: string): AcknowledgementRecord => ({ sop: 'refunds', version, person, at, via: 'csv' });

export const REFUNDS_ACKNOWLEDGEMENTS: readonly AcknowledgementRecord[] = [
  refundsAck(1, 'a', '2026-10-06T00:00:00Z'), // 1 day
  refundsAck(1, 'b', '2026-10-12T00:00:00Z'), // 7 days
  refundsAck(2, 'a', '2026-10-21T00:00:00Z'), // 1 day
];

/** When each refunds version was published. */
export const refundsVersions = () => new Map([['refunds', [{ version: 1, publishedMs: Date.parse('2026-10-05T00:00:00Z') }, { version: 2, publishedMs: Date.parse('2026-10-20T00:00:00Z') }]]]);
