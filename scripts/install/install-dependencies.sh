#!/usr/bin/env bash
# The one install, for .ci/run and every workflow that needs packages: exactly the locked versions.
# `npm ci` when the lock is complete. A lock written against a registry mirror that lacks other platforms'
# optional binaries (see PITFALLS) is "out of sync" for npm ci on a full registry; then `npm install` from the
# lock, and the lock it writes may differ only by those added optional platform packages (compared
# semantically by compare-locks.mjs, never byte by byte). Anything else fails the install.
set -euo pipefail
cd "$(dirname "$0")/../.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if npm ci --no-audit --no-fund --loglevel=error 2>"$scratch/ci.err"; then
  echo "install: npm ci from the lock"
  exit 0
fi
if ! grep -q 'in sync' "$scratch/ci.err"; then
  cat "$scratch/ci.err" >&2
  exit 1
fi
echo "install: npm ci refused the lock (it lacks optional packages for other platforms); installing from it with npm install"
cp package-lock.json "$scratch/before.json"
npm install --no-audit --no-fund --loglevel=error
node scripts/install/compare-locks.mjs "$scratch/before.json" package-lock.json
