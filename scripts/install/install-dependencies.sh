#!/usr/bin/env bash
# The one install, for .ci/run and every workflow that needs packages: exactly the locked versions.
#
#   install-dependencies.sh                    `npm ci` from the lock, or fail. What a job with a write permission
#                                              runs: it never lets npm resolve anything the lock does not say.
#   install-dependencies.sh --complete-lock    for read-only jobs and machines: when `npm ci` refuses a lock written
#                                              against a registry mirror that lacks other platforms' optional
#                                              binaries (see PITFALLS), `npm install` from the lock, and the lock it
#                                              writes may differ only by those added optional platform packages
#                                              (compared semantically by compare-locks.mjs). Anything else fails.
#   --ignore-scripts                           no install scripts run (npm ci --ignore-scripts): for jobs that run
#                                              only our own commands on the Node that setup-node provides.
set -euo pipefail
cd "$(dirname "$0")/../.."

complete_lock=false
npm_flags=(--no-audit --no-fund --loglevel=error)
scripts_note=""
for arg in "$@"; do
  case "$arg" in
    --complete-lock) complete_lock=true ;;
    --ignore-scripts) npm_flags+=(--ignore-scripts); scripts_note=" (install scripts not run)" ;;
    *) echo "install: unknown option $arg (expected --complete-lock or --ignore-scripts)" >&2; exit 2 ;;
  esac
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if npm ci "${npm_flags[@]}" 2>"$scratch/ci.err"; then
  echo "install: npm ci from the lock$scripts_note"
  exit 0
fi
if ! grep -q 'in sync' "$scratch/ci.err"; then
  cat "$scratch/ci.err" >&2
  exit 1
fi
if [ "$complete_lock" != true ]; then
  echo "install: npm ci refused the lock (it lacks packages the registry resolves); this install takes the locked packages only and never runs npm install. Commit a complete lock (README, \"Installing on GitHub\"), or pass --complete-lock in a job without write permissions" >&2
  exit 1
fi
echo "install: npm ci refused the lock (it lacks optional packages for other platforms); installing from it with npm install"
cp package-lock.json "$scratch/before.json"
npm install "${npm_flags[@]}"
node scripts/install/compare-locks.mjs "$scratch/before.json" package-lock.json
