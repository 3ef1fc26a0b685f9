// Credentials never belong in a document: tokens live in repository secrets and documents name the environment
// variable (`tokenEnv: ZENDESK_API_TOKEN`). This says whether a text looks like one, and what kind, so `validate`
// can refuse it and messages can leave the value out. Patterns are the issuers' documented prefixes and shapes;
// the "random-looking" check is used only where a name was expected (fields named like `tokenEnv`).

const SHAPES: readonly [RegExp, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9]{30,}/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{40,}/, 'a GitHub fine-grained token'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, 'a JSON Web Token'],
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i, 'a URL with a password in it'],
  [/\bBearer\s+[A-Za-z0-9._~+/-]{20,}/, 'a bearer token'],
  [/\bBasic\s+[A-Za-z0-9+/]{16,}={0,2}(\s|$)/, 'HTTP basic credentials'],
];

/** Keys whose value would be the credential itself. */
const SECRET_KEY = /(token|secret|password|passwd|api[_-]?key|apikey|credentials?|private[_-]?key)$/i;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/** Whether an environment variable's name says its value is a credential (`ZENDESK_API_TOKEN`, `GITHUB_TOKEN`). */
export function isCredentialName(name: string): boolean {
  return SECRET_KEY.test(name);
}

/** What kind of credential `text` looks like, or null. */
export function credentialKind(text: string): string | null {
  for (const [pattern, kind] of SHAPES) if (pattern.test(text)) return kind;
  return null;
}

/** A single word of 20+ letters and digits mixing upper case, lower case and digits: an API key's look. */
export function looksRandom(text: string): boolean {
  return /^[A-Za-z0-9_+/=-]{20,}$/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text) && /\d/.test(text);
}

/** Why the value under `key` looks like a credential, or null. */
export function credentialInField(key: string | number | null, value: string): string | null {
  const shaped = credentialKind(value);
  if (shaped) return shaped;
  if (typeof key !== 'string') return null;
  if (SECRET_KEY.test(key) && value.trim() !== '' && !ENV_NAME.test(value)) return `a value under "${key}"`;
  if (/Env$/.test(key) && looksRandom(value)) return 'a token where an environment variable name belongs';
  return null;
}
