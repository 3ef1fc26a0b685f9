// Never silent: a scope that names a value no stored ticket carries is said, with the setting to fix, by the pure
// check, by evaluate (output, report, job summary) and by validate when it can see the store.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report, SourceSettings, StandardDefinition, StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { storeScopeGaps } from '../../scripts/commands/scope-gaps.ts';
import { scopeGaps, scopeValues } from '../../scripts/model/scope-coverage.ts';
import { lineCarries, scopeInventory } from '../../scripts/store/scope-inventory.ts';
import { ticketLine } from '../../scripts/store/ticket-lines.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { runCli } from '../cli-runner.ts';
import { startFakeServer, type FakeServer } from '../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, expectedTicket } from './fixture-helpdesk.ts';
import { zendeskHandler } from './zendesk/zendesk-fake.ts';

const standard = (id: string, scope: StandardDefinition['scope']) => ({ id, scope }) as StandardDefinition;
const source = (type: SourceSettings['type']) => ({ type }) as SourceSettings;

describe('the scope coverage check', () => {
  const standards = [
    standard('billing-reply', { category: ['billing', 'incident'], tags: ['vip'] }),
    standard('emea-chat', { team: ['support-emea'], channel: ['chat', 'email'] }),
    standard('all', {}),
  ];
  const inventory = { category: new Set(['incident']), team: new Set<string>(), channel: new Set(['email']), tags: new Set(['vip']) };

  it('asks the store about every value the scopes name', () => {
    expect(scopeValues(standards)).toEqual({
      category: new Set(['billing', 'incident']), team: new Set(['support-emea']), channel: new Set(['chat', 'email']), tags: new Set(['vip']),
    });
  });

  it.each([
    ['zendesk', [
      'billing-reply category[0] no stored ticket has category billing: map your category field in source.zendesk.category (type, a custom field or tags)',
      'emea-chat team[0] no stored ticket has team support-emea: map the group (or the field in source.zendesk.team) to this Team id in source.zendesk.values.team',
      'emea-chat channel[0] no stored ticket has channel chat: map the helpdesk\'s channel to it in source.zendesk.values.channel',
    ]],
    ['freshdesk', [
      'billing-reply category[0] no stored ticket has category billing: map your category field in source.freshdesk.category (type, a custom field or tags)',
      'emea-chat team[0] no stored ticket has team support-emea: map the group (or the field in source.freshdesk.team) to this Team id in source.freshdesk.values.team',
      'emea-chat channel[0] no stored ticket has channel chat: map the helpdesk\'s channel to it in source.freshdesk.values.channel',
    ]],
    ['github-issues', [
      'billing-reply category[0] no stored ticket has category billing: map its label in source.githubIssues.labels.category',
      'emea-chat team[0] no stored ticket has team support-emea: map its label in source.githubIssues.labels.team',
      'emea-chat channel[0] no stored ticket has channel chat: every issue has the channel in source.githubIssues.channel',
    ]],
    ['csv', [
      'billing-reply category[0] no stored ticket has category billing: check the CSV column in source.csv.columns.category',
      'emea-chat team[0] no stored ticket has team support-emea: map the CSV\'s value to it in source.csv.values.team',
      'emea-chat channel[0] no stored ticket has channel chat: map the CSV\'s value to it in source.csv.values.channel',
    ]],
  ] as const)('names each missing value with the %s setting that maps it', (type, expected) => {
    expect(scopeGaps(standards, inventory, source(type)).map((g) => `${g.standard} ${g.field}[${g.index}] ${g.message}`)).toEqual(expected);
  });

  it('finds each value in a stored line by its field, and only there', () => {
    const line = ticketLine({ ...expectedTicket(FIXTURE_TICKETS[0]!, '101'), tags: ['outage', 'odd ],"replies": tag'] } as Ticket);
    expect(lineCarries(line, 'category', 'incident')).toBe(true);
    expect(lineCarries(line, 'team', 'support-emea')).toBe(true);
    expect(lineCarries(line, 'channel', 'email')).toBe(true);
    expect(lineCarries(line, 'tags', 'outage')).toBe(true);
    expect(lineCarries(line, 'tags', 'odd ],"replies": tag')).toBe(true);
    expect(lineCarries(line, 'tags', 'incident')).toBe(false);
    expect(lineCarries(line, 'category', 'outage')).toBe(false);
    expect(lineCarries(line, 'channel', 'phone')).toBe(false);
    // A line the store did not write (edited by hand) is read whole; one that is not JSON carries nothing.
    expect(lineCarries(JSON.stringify({ tags: ['vip'], id: 'x', category: 'billing' }), 'category', 'billing')).toBe(true);
    expect(lineCarries('{"broken', 'category', 'billing')).toBe(false);
  });

  it('reads the store until it has seen every value, and says when it holds no ticket', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scope-inventory-'));
    try {
      const store = openTicketStore(dir);
      const wanted = { category: new Set(['incident', 'billing']), team: new Set<string>(), channel: new Set<string>(), tags: new Set(['vip']) };
      expect(await scopeInventory(store, wanted)).toEqual({ inventory: { category: new Set(), team: new Set(), channel: new Set(), tags: new Set() }, empty: true });
      await store.mergeTickets(FIXTURE_TICKETS.map((f) => expectedTicket(f, String(f.n))));
      expect(await scopeInventory(store, wanted)).toEqual({ inventory: { category: new Set(['incident']), team: new Set(), channel: new Set(), tags: new Set(['vip']) }, empty: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the store\'s scope gaps (storeScopeGaps)', () => {
  it('reads no day file when the scopes name no value, and reads them when one does', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'scope-nothing-named-'));
    try {
      // A day "file" that cannot be read (a folder where the day file should be): reading it throws.
      mkdirSync(path.join(root, 'data/tickets/2026/11/2026-11-02.ndjson'), { recursive: true });
      const model = (standards: StandardDefinition[]) => ({ standards, pipeline: { storeDir: 'data', source: source('sample') } }) as unknown as StandardsModel;
      expect(await storeScopeGaps(root, model([standard('all', {}), standard('urgent', { priority: ['urgent'] })]))).toEqual([]);
      await expect(storeScopeGaps(root, model([standard('billing', { category: ['billing'] })]))).rejects.toThrow(/2026-11-02.ndjson: not a regular file/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('standards evaluate and validate with a scope no stored ticket matches', () => {
  let server: FakeServer;
  let root: string;
  beforeEach(async () => {
    server = await startFakeServer(zendeskHandler({ tickets: FIXTURE_TICKETS, origin: () => server.url }));
    root = mkdtempSync(path.join(tmpdir(), 'scope-gaps-'));
    cpSync(path.resolve(import.meta.dirname, '../fixtures/sources/helpdesk'), root, { recursive: true });
    const file = path.join(root, 'standards/pipeline.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/source:[\s\S]*$/, `source:\n  type: zendesk\n  zendesk:\n    subdomain: acme\n    baseUrl: ${server.url}\n    startDate: 2026-10-01\n`));
    // The account keeps its billing category in a custom field that the pipeline does not map yet.
    writeFileSync(path.join(root, 'standards/service-levels/billing-first-reply.yaml'), readFileSync(path.join(root, 'standards/service-levels/incident-first-reply.yaml'), 'utf8')
      .replace('id: incident-first-reply', 'id: billing-first-reply').replace('category: [incident]', 'category: [billing]').replace('Incidents get', 'Billing questions get'));
  });
  afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('says so in evaluate\'s output, the report and the job summary, and validate warns at the scope once it sees the store', async () => {
    const env = { ZENDESK_EMAIL: 'api@acme.example', ZENDESK_API_TOKEN: 'zd-scope-secret' };
    const now = FIXTURE_NOW.toISOString();
    // No store yet (a pull request's checkout): validate has nothing to say about scopes.
    expect((await runCli(['validate', '--root', root], { now })).stderr).not.toContain('scope-coverage');
    expect((await runCli(['fetch', '--root', root, '--now', now], { env, now })).code).toBe(0);
    const summary = path.join(root, 'summary.md');
    const evaluated = await runCli(['evaluate', '--root', root, '--now', now], { env: { GITHUB_STEP_SUMMARY: summary }, now });
    expect(evaluated.code).toBe(0);
    const message = 'no stored ticket has category billing: map your category field in source.zendesk.category (type, a custom field or tags)';
    expect(evaluated.stderr).toContain(`  warning: billing-first-reply: scope.category: ${message}`);
    const report = JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as Report;
    expect(report.data.scopeGaps).toEqual([{ standard: 'billing-first-reply', field: 'category', value: 'billing', message }]);
    expect(report.standards.find((s) => s.id === 'billing-first-reply')!.status).toBe('no-data');
    expect(readFileSync(summary, 'utf8')).toContain(`⚠️ \`billing-first-reply\` has no data: ${message}`);
    const validated = await runCli(['validate', '--root', root], { now });
    expect(validated.code).toBe(0);
    expect(validated.stderr).toContain(`standards/service-levels/billing-first-reply.yaml:7:21 warning: scope.category: ${message} [scope-coverage]`);
  });
});
