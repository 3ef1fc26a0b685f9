import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript (it runs on the machine's Node before Node 24 is installed), no types
import { compareLocks } from '../../scripts/install/compare-locks.mjs';

type Lock = { lockfileVersion: number; packages: Record<string, Record<string, unknown>> };

// Trimmed from this repository's package-lock.json: a native binding whose platform builds are optional.
function lockWrittenHere(): Lock {
  return {
    lockfileVersion: 3,
    packages: {
      '': { name: 'service-standards', version: '0.1.0', dependencies: { astro: '^7.3.5' } },
      'node_modules/@astrojs/compiler-binding': {
        version: '0.5.1', integrity: 'sha512-parent', license: 'MIT',
        optionalDependencies: { '@astrojs/compiler-binding-darwin-arm64': '0.5.1', '@astrojs/compiler-binding-linux-x64-gnu': '0.5.1' },
      },
      'node_modules/@astrojs/compiler-binding-linux-x64-gnu': { version: '0.5.1', integrity: 'sha512-linux', cpu: ['x64'], libc: ['glibc'], os: ['linux'], optional: true },
      'node_modules/yaml': { version: '2.9.1', integrity: 'sha512-yaml', license: 'ISC' },
    },
  };
}

function withChange(change: (lock: Lock) => void): Lock {
  const lock = lockWrittenHere();
  change(lock);
  return lock;
}

const darwin = { version: '0.5.1', integrity: 'sha512-darwin', cpu: ['arm64'], os: ['darwin'], optional: true, resolved: 'https://registry.npmjs.org/x.tgz' };

describe('comparing the lock before and after npm install', () => {
  it('accepts an identical lock', () => {
    expect(compareLocks(lockWrittenHere(), lockWrittenHere())).toEqual({ added: [], problems: [] });
  });

  it('accepts an optional platform package the mirror lacked, and download addresses filled in', () => {
    const after = withChange((l) => {
      l.packages['node_modules/@astrojs/compiler-binding-darwin-arm64'] = darwin;
      l.packages['node_modules/yaml']!.resolved = 'https://registry.npmjs.org/yaml/-/yaml-2.9.1.tgz';
    });
    expect(compareLocks(lockWrittenHere(), after)).toEqual({ added: ['node_modules/@astrojs/compiler-binding-darwin-arm64@0.5.1'], problems: [] });
  });

  it('rejects a changed version or integrity, whatever else is added', () => {
    const after = withChange((l) => {
      l.packages['node_modules/@astrojs/compiler-binding-darwin-arm64'] = darwin;
      l.packages['node_modules/yaml'] = { version: '2.9.2', integrity: 'sha512-other', license: 'ISC' };
    });
    expect(compareLocks(lockWrittenHere(), after).problems).toEqual([
      'node_modules/yaml: version changed from "2.9.1" to "2.9.2"',
      'node_modules/yaml: integrity changed from "sha512-yaml" to "sha512-other"',
    ]);
  });

  it('rejects a new regular package, a removed one, a platform package nobody asked for, and a changed project', () => {
    const after = withChange((l) => {
      l.packages['node_modules/left-pad'] = { version: '1.3.0', integrity: 'sha512-lp' };
      l.packages['node_modules/@evil/binding-darwin-arm64'] = { ...darwin };
      delete l.packages['node_modules/yaml'];
      l.packages['']!.dependencies = { astro: '^7.3.5', 'left-pad': '^1.3.0' };
    });
    expect(compareLocks(lockWrittenHere(), after).problems).toEqual([
      'the project itself: dependencies changed from {"astro":"^7.3.5"} to {"astro":"^7.3.5","left-pad":"^1.3.0"}',
      'node_modules/yaml was removed',
      'node_modules/left-pad@1.3.0 was added and is not an optional platform package of a locked dependency',
      'node_modules/@evil/binding-darwin-arm64@0.5.1 was added and is not an optional platform package of a locked dependency',
    ]);
  });

  it('rejects a changed resolved address that was recorded before', () => {
    const before = withChange((l) => { l.packages['node_modules/yaml']!.resolved = 'https://registry.npmjs.org/yaml/-/yaml-2.9.1.tgz'; });
    const after = withChange((l) => { l.packages['node_modules/yaml']!.resolved = 'https://evil.example/yaml.tgz'; });
    expect(compareLocks(before, after).problems).toEqual([
      'node_modules/yaml: resolved changed from "https://registry.npmjs.org/yaml/-/yaml-2.9.1.tgz" to "https://evil.example/yaml.tgz"',
    ]);
  });
});
