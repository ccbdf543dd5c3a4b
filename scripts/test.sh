#!/usr/bin/env bash
# Runs every ActorGraph test and ends with one line: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .artifacts
log=.artifacts/test.log

# Neo4j's own Cypher front end (npm) checks every Cypher statement ActorGraph ships; install it once.
if [ ! -d tools/cypher-lint/node_modules/@neo4j-cypher/language-support ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "Node.js and npm are needed for the Cypher checks (apt-get install nodejs npm)" >&2
    exit 1
  fi
  # The package declares node >= 24 but works on Node 20; npm's engine warning is expected.
  npm ci --prefix tools/cypher-lint --no-audit --no-fund --loglevel=error
fi

# The report's drawing library and the headless Chromium check (playwright-core driving Debian's chromium).
if [ ! -d tools/report/node_modules/playwright-core ] && command -v npm >/dev/null 2>&1; then
  npm ci --prefix tools/report --no-audit --no-fund --loglevel=error
fi

if [ -z "${ACTORGRAPH_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  echo "note: no chromium on PATH and ACTORGRAPH_CHROMIUM unset (Debian package chromium): the report's browser tests will be skipped" >&2
fi

dotnet test ActorGraph.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly prints "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T, ..." (or "Failed!  - ...").
awk '
  /(Passed|Failed)! +- +Failed:/ {
    line = $0
    gsub(/[^0-9,]+/, " ", line)
    split(line, n, ",")
    failed += n[1]; passed += n[2]; skipped += n[3]; runs++
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
' "$log"

if [ "$status" -eq 0 ] && ! grep -qE '(Passed|Failed)! +- +Failed:' "$log"; then
  echo "no test assembly reported results" >&2
  status=1
fi
exit "$status"
