// What of the build's environment reaches Astro's process (withoutCredentials): no credential by any name a runner,
// a registry or an organisation gives it, nor a value shaped like one under an innocent name; what Node, the shell
// and Astro need stays.

import { describe, expect, it } from 'vitest';
import { withoutCredentials } from '../../scripts/publish/site-build.ts';

const kept = (env: Record<string, string>) => Object.keys(withoutCredentials(env)).sort();

describe('the Astro process\'s environment', () => {
  it('loses every variable named as a credential, whatever its separators, digits or case', () => {
    const names = [
      // GitHub Actions: the job's token, the runtime's, the OIDC request token, an action input (hyphens kept).
      'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'INPUT_GITHUB-TOKEN', 'INPUT_SSH-KEY', 'INPUT_DEPLOY-KEY',
      // Registries and clouds.
      'NPM_TOKEN', 'NODE_AUTH_TOKEN', 'npm_config__authtoken', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'CI_JOB_JWT_V2',
      // Words at the end, with digits after them, in lower case, or run together.
      'SMTP_PASSWORD', 'DB_SECRET', 'OPENAI_API_KEY', 'github_token', 'GITHUB_TOKEN2', 'TOKEN_1', 'HELPDESK_TOKEN.BACKUP',
      'APP_SECRETKEY', 'JWT_SIGNINGKEY', 'GPG_PASSPHRASE', 'MYSQL_PWD', 'SLACK_WEBHOOK_URL', 'SENTRY_DSN', 'zendeskApiToken',
    ];
    expect(kept(Object.fromEntries(names.map((name) => [name, 'x'])))).toEqual([]);
  });

  it('loses a value shaped like a credential under an innocent name', () => {
    expect(kept({
      DATABASE_URL: 'postgres://reporter:hunter2hunter2@db.example/help',
      LEFT_BEHIND: 'ghp_0123456789abcdefghijABCDEFGHIJ0123',
      DEPLOY_NOTE: '-----BEGIN OPENSSH PRIVATE KEY-----',
    })).toEqual([]);
  });

  it('keeps what Node, the shell and Astro need', () => {
    const env = {
      PATH: '/usr/bin', HOME: '/home/runner', PWD: '/work', OLDPWD: '/', TMPDIR: '/tmp', LANG: 'C.UTF-8', TZ: 'UTC', CI: 'true',
      NODE_OPTIONS: '--max-old-space-size=4096', GITHUB_REPOSITORY: 'acme/help', GITHUB_SERVER_URL: 'https://github.com',
      npm_config_cache: '/home/runner/.npm', HTTP_PROXY: 'http://proxy.example:3128',
    };
    expect(kept(env)).toEqual(Object.keys(env).sort());
  });
});
