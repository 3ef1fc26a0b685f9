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
      'node_modules/left-pad@1.3.0 was added and is not an optional platform package of a locked dependency, nor reachable only through one',
      'node_modules/@evil/binding-darwin-arm64@0.5.1 was added and is not an optional platform package of a locked dependency, nor reachable only through one',
    ]);
  });

  it('rejects a changed resolved address that was recorded before', () => {
    const before = withChange((l) => { l.packages['node_modules/yaml']!.resolved = 'https://registry.npmjs.org/yaml/-/yaml-2.9.1.tgz'; });
    const after = withChange((l) => { l.packages['node_modules/yaml']!.resolved = 'https://evil.example/yaml.tgz'; });
    expect(compareLocks(before, after).problems).toEqual([
      'node_modules/yaml: resolved changed from "https://registry.npmjs.org/yaml/-/yaml-2.9.1.tgz" to "https://evil.example/yaml.tgz"',
    ]);
  });

  // The real entries npm install added to this repository's lock on 2026-12-05: a wasm32 build of the Astro
  // compiler binding and the @emnapi runtime nested under it, which only that build requires.
  const wasm = {
    version: '0.5.1', integrity: 'sha512-yMhLL8asmLydoAdnEZxAw6eLfNDs3YJl6jqn0pjPt6zrb2U5qIDLnii4/twThpIFODKkQ6YDpBRTOz/vSfZCxw==',
    cpu: ['wasm32'], license: 'MIT', optional: true,
    dependencies: { '@emnapi/core': '1.11.3', '@emnapi/runtime': '1.11.3', '@napi-rs/wasm-runtime': '^1.2.4' },
  };
  const nestedCore = {
    version: '1.11.3', integrity: 'sha512-zLpS5asjEb7lq8jYLq37N6XKaE41DIexlY1rF/z4/tIl3wo13Sqm28fRyfIsKZD+NZ8mM5RoKkpW/rBcuoSZSg==',
    license: 'MIT', optional: true, dependencies: { '@emnapi/wasi-threads': '1.2.3', tslib: '^2.4.0' },
  };
  const nestedRuntime = {
    version: '1.11.3', integrity: 'sha512-Xz4Tpyki7XyrpbUK1jR1AhdAdaXyhhY4lZ3neLodmhpuWfy2PAQN5B46sAiU4liOXGLkHypn/qU+jvfWSCYYLA==',
    license: 'MIT', optional: true, dependencies: { tslib: '^2.4.0' },
  };
  const nestedThreads = {
    version: '1.2.3', integrity: 'sha512-ELEBe8PsLvvJ6QMr0zLt8ffvOHW/dc1m3CEzNMg7aJUv3bMaoDtw2TXyDAwkYBuroxxuHEwhRTLJSe5sya547g==',
    license: 'MIT', optional: true, dependencies: { tslib: '^2.4.0' },
  };
  const under = 'node_modules/@astrojs/compiler-binding-wasm32-wasi';
  function withWasm(change: (lock: Lock) => void = () => {}): { before: Lock; after: Lock } {
    const before = withChange((l) => {
      (l.packages['node_modules/@astrojs/compiler-binding']!.optionalDependencies as Record<string, string>)['@astrojs/compiler-binding-wasm32-wasi'] = '0.5.1';
      l.packages['node_modules/@napi-rs/wasm-runtime'] = { version: '1.2.6', integrity: 'sha512-napi', optional: true };
      l.packages['node_modules/tslib'] = { version: '2.8.1', integrity: 'sha512-tslib' };
    });
    const after = structuredClone(before);
    after.packages[under] = structuredClone(wasm);
    after.packages[`${under}/node_modules/@emnapi/core`] = structuredClone(nestedCore);
    after.packages[`${under}/node_modules/@emnapi/runtime`] = structuredClone(nestedRuntime);
    after.packages[`${under}/node_modules/@emnapi/wasi-threads`] = structuredClone(nestedThreads);
    change(after);
    return { before, after };
  }

  it('accepts the optional packages that only an added platform build needs, nested under it', () => {
    const { before, after } = withWasm();
    expect(compareLocks(before, after)).toEqual({
      added: [
        `${under}/node_modules/@emnapi/core@1.11.3`,
        `${under}/node_modules/@emnapi/runtime@1.11.3`,
        `${under}/node_modules/@emnapi/wasi-threads@1.2.3`,
        `${under}@0.5.1`,
      ],
      problems: [],
    });
  });

  it('rejects such a package when it is not marked optional', () => {
    const { before, after } = withWasm((l) => { delete l.packages[`${under}/node_modules/@emnapi/runtime`]!.optional; });
    expect(compareLocks(before, after).problems).toEqual([
      `${under}/node_modules/@emnapi/runtime@1.11.3 was added and is not an optional platform package of a locked dependency, nor reachable only through one`,
    ]);
  });

  it('rejects an added optional package that a locked package also resolves to', () => {
    // wasi-threads hoisted to the top level, where the locked tslib-using packages could also reach it, and
    // a locked package that names it: the addition now changes what a regular install gets.
    const { before, after } = withWasm((l) => {
      l.packages['node_modules/@emnapi/wasi-threads'] = structuredClone(nestedThreads);
      delete l.packages[`${under}/node_modules/@emnapi/wasi-threads`];
    });
    before.packages['node_modules/yaml']!.optionalDependencies = { '@emnapi/wasi-threads': '1.2.3' };
    after.packages['node_modules/yaml']!.optionalDependencies = { '@emnapi/wasi-threads': '1.2.3' };
    expect(compareLocks(before, after).problems).toEqual([
      'node_modules/@emnapi/wasi-threads@1.2.3 was added and is not an optional platform package of a locked dependency, nor reachable only through one',
    ]);
  });

  it('rejects an added optional package that nothing depends on', () => {
    const { before, after } = withWasm((l) => { l.packages['node_modules/stray'] = { version: '1.0.0', integrity: 'sha512-stray', optional: true }; });
    expect(compareLocks(before, after).problems).toEqual([
      'node_modules/stray@1.0.0 was added and is not an optional platform package of a locked dependency, nor reachable only through one',
    ]);
  });
});
