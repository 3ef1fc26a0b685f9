import { describe, expect, it } from 'vitest';
import { credentialInField, credentialKind } from '../../scripts/model/credentials.ts';
import { formatFindings, validateDocuments } from '../../scripts/model/load.ts';
import { scenarioFiles } from '../model/corpus.ts';

const pipeline = (source: string) => [{
  file: 'standards/pipeline.yaml',
  bytes: new TextEncoder().encode(`kind: Pipeline\nid: pipeline\norganisation: Fixture Support\nsource:\n${source}`),
}];
const validate = (source: string) => validateDocuments(scenarioFiles(null, pipeline(source)), { today: '2026-11-23' });

describe('helpdesk source settings in pipeline.yaml', () => {
  it('fills the Zendesk defaults and adds the document\'s mapping to them', () => {
    const result = validate('  type: zendesk\n  zendesk:\n    subdomain: acme\n    values:\n      status: { escalated: open }\n      team: { "360001": support-emea }\n');
    expect(formatFindings(result.findings)).toBe('');
    const source = result.model!.pipeline.source;
    expect(source.type === 'zendesk' && { ...source.zendesk, values: undefined }).toEqual({
      subdomain: 'acme', baseUrl: 'https://acme.zendesk.com', emailEnv: 'ZENDESK_EMAIL', tokenEnv: 'ZENDESK_API_TOKEN', startDate: null,
      defaultPriority: 'normal', concurrency: 4, tieOut: false, values: undefined,
      category: { from: 'type' }, team: { from: 'group' }, maxShare: 0.5, highVolume: false,
    });
    expect(source.type === 'zendesk' && source.zendesk.values.status).toEqual({ new: 'new', open: 'open', pending: 'pending', hold: 'on-hold', solved: 'solved', closed: 'closed', escalated: 'open' });
    expect(source.type === 'zendesk' && source.zendesk.values.team).toEqual({ 360001: 'support-emea' });
  });

  it('maps the channels Zendesk names for a customer\'s own contact, and leaves tickets made by agents, triggers or Zendesk to the organisation', () => {
    const source = validate('  type: zendesk\n  zendesk:\n    subdomain: acme\n    values:\n      channel: { rule: email, helpcenter: chat }\n').model!.pipeline.source;
    const channel = source.type === 'zendesk' ? source.zendesk.values.channel : {};
    expect([channel.helpcenter, channel.web_widget, channel.web_service, channel.any_channel, channel.line, channel.sms, channel.rule])
      .toEqual(['chat', 'web', 'api', 'social', 'social', 'phone', 'email']);
    const defaults = validate('  type: zendesk\n  zendesk:\n    subdomain: acme\n').model!.pipeline.source;
    const plain = defaults.type === 'zendesk' ? defaults.zendesk.values.channel : {};
    expect(['mobile', 'rule', 'system', 'closed_ticket', 'side_conversation', 'sample_ticket'].filter((c) => c in plain)).toEqual([]);
    expect(plain.helpcenter).toBe('web');
  });

  it('refuses, at the document, a repository whose name leaves its tickets no valid id when several are read', () => {
    const owner = 'a'.repeat(39);
    const long = `${owner}/${'r'.repeat(14)}`; // 54 characters: owner:name:1234567890 would be 65
    const fits = `${owner}/${'r'.repeat(13)}`;
    expect(formatFindings(validate(`  type: github-issues\n  githubIssues:\n    repositories: [acme/help, ${fits}]\n`).findings)).toBe('');
    expect(formatFindings(validate(`  type: github-issues\n  githubIssues:\n    repositories: [${long}]\n`).findings)).toBe('');
    expect(formatFindings(validate(`  type: github-issues\n  githubIssues:\n    repositories:\n      - acme/help\n      - ${long}\n`).findings)).toBe(
      `standards/pipeline.yaml:9:9 error: source.githubIssues.repositories: "${long}" is 54 characters: with several repositories each ticket id is owner:name:number (at most 64 characters), so owner/name may be at most 53 characters; read it from a pipeline of its own [value]\n\n1 error and 0 warnings in 1 file`);
  });

  it('fills the Freshdesk and GitHub Issues defaults', () => {
    const freshdesk = validate('  type: freshdesk\n  freshdesk:\n    domain: acme\n    tokenEnv: FD_KEY\n').model!.pipeline.source;
    expect(freshdesk.type === 'freshdesk' && [freshdesk.freshdesk.baseUrl, freshdesk.freshdesk.tokenEnv, freshdesk.freshdesk.pageCap, freshdesk.freshdesk.values.status])
      .toEqual(['https://acme.freshdesk.com', 'FD_KEY', 300, { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' }]);
    const github = validate('  type: github-issues\n  githubIssues:\n    repositories: [acme/help]\n    labels:\n      priority: { "Sev 1": urgent }\n      pending: [Awaiting Reply]\n').model!.pipeline.source;
    expect(github.type === 'github-issues' && github.githubIssues).toEqual({
      repositories: ['acme/help'], baseUrl: null, tokenEnv: 'GITHUB_TOKEN', startDate: null,
      agents: { teamMembers: true, authorAssociations: ['OWNER', 'MEMBER'] },
      labels: {
        priority: { 'priority: urgent': 'urgent', 'priority: high': 'high', 'priority: low': 'low', p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low', 'sev 1': 'urgent' },
        team: {}, category: { bug: 'bug', question: 'question', 'feature request': 'feature request' }, pending: ['awaiting reply'], onHold: ['on hold', 'blocked'],
      },
      defaultPriority: 'normal', channel: 'web', concurrency: 2, maxShare: 0.5,
    });
  });

  it('reads where the account keeps category and team, and the share of the rate limit', () => {
    const zendesk = validate([
      '  type: zendesk', '  zendesk:', '    subdomain: acme', '    maxShare: 25%', '    highVolume: true',
      '    category: { field: 360000000001, values: { billing_q: billing } }', '    team: { field: 360000000002 }', '',
    ].join('\n'));
    expect(formatFindings(zendesk.findings)).toBe('');
    const z = zendesk.model!.pipeline.source;
    expect(z.type === 'zendesk' && [z.zendesk.category, z.zendesk.team, z.zendesk.maxShare, z.zendesk.highVolume]).toEqual([
      { from: 'field', field: '360000000001', values: { billing_q: 'billing' } }, { from: 'field', field: '360000000002' }, 0.25, true,
    ]);
    const tags = validate('  type: zendesk\n  zendesk:\n    subdomain: acme\n    category: { tags: { returns: returns, billing: billing } }\n').model!.pipeline.source;
    expect(tags.type === 'zendesk' && tags.zendesk.category).toEqual({ from: 'tags', tags: [['returns', 'returns'], ['billing', 'billing']] });
    const freshdesk = validate('  type: freshdesk\n  freshdesk:\n    domain: acme\n    category: { field: cf_category }\n    team: group\n').model!.pipeline.source;
    expect(freshdesk.type === 'freshdesk' && [freshdesk.freshdesk.category, freshdesk.freshdesk.team]).toEqual([{ from: 'field', field: 'cf_category', values: null }, { from: 'group' }]);
  });

  it.each([
    ['    maxShare: 0%\n', 'standards/pipeline.yaml:8:15 error: source.zendesk.maxShare is 0%: the fetch could make no request; write the share of the rate limit it may use, e.g. 50% [value]'],
    ['    maxShare: 150%\n', 'standards/pipeline.yaml:8:15 error: source.zendesk.maxShare must be between 0% and 100%, got 150% [value]'],
    ['    category: group\n', 'standards/pipeline.yaml:8:15 error: source.zendesk.category must be type, a custom field ({ field: 360000000001 }, optionally with values) or tags ({ tags: { billing: billing } }, at least one), got "group" [schema]'],
    ['    category: { tags: {} }\n', 'standards/pipeline.yaml:8:15 error: source.zendesk.category must be type, a custom field ({ field: 360000000001 }, optionally with values) or tags ({ tags: { billing: billing } }, at least one), got a mapping [schema]'],
    ['    team: { field: 0 }\n', 'standards/pipeline.yaml:8:11 error: source.zendesk.team must be group or a custom field ({ field: 360000000002 }), got a mapping [schema]'],
  ])('refuses %j', (line, message) => {
    const result = validate(`  type: zendesk\n  zendesk:\n    subdomain: acme\n${line}`);
    expect(formatFindings(result.findings).split('\n')[0]).toBe(message);
  });

  it('says which block is missing, which is ignored, and rejects a mapping to a value we do not have', () => {
    expect(formatFindings(validate('  type: zendesk\n  freshdesk: { domain: acme }\n').findings).split('\n').slice(0, 2)).toEqual([
      'standards/pipeline.yaml:5:3 error: source: missing required property "zendesk": the zendesk source needs source.zendesk with at least subdomain [source]',
      'standards/pipeline.yaml:6:14 warning: source.freshdesk is ignored because source.type is zendesk [source]',
    ]);
    const bad = formatFindings(validate('  type: zendesk\n  zendesk:\n    subdomain: acme\n    values: { status: { hold: waiting } }\n').findings);
    expect(bad.split('\n')[0]).toBe('standards/pipeline.yaml:8:31 error: source.zendesk.values.status.hold must be one of new, open, pending, on-hold, solved, closed, got "waiting" [schema]');
  });
});

describe('what looks like a credential', () => {
  it.each([
    ['ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123', 'a GitHub token'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ', 'a GitHub fine-grained token'],
    ['-----BEGIN RSA PRIVATE KEY-----', 'a private key'],
    ['AKIAIOSFODNN7EXAMPLE', 'an AWS access key'],
    ['https://agent:pw@acme.zendesk.com', 'a URL with a password in it'],
    ['Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345', 'a bearer token'],
  ])('%s is %s', (text, kind) => {
    expect(credentialKind(text)).toBe(kind);
  });

  it('knows env var names, secret-named keys and random tokens where a name belongs', () => {
    expect(credentialInField('tokenEnv', 'ZENDESK_API_TOKEN')).toBeNull();
    expect(credentialInField('tokenEnv', 'Zk8fQ2mX7pL4nR9sT1vW3yB6cD0eF5gH8jK2lM4n')).toBe('a token where an environment variable name belongs');
    expect(credentialInField('apiKey', 'abc')).toBe('a value under "apiKey"');
    expect(credentialInField('description', 'Rotate the API token every 90 days; see https://acme.example/docs.')).toBeNull();
    expect(credentialInField('title', 'First reply within one business hour')).toBeNull();
  });
});
