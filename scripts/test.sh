#!/usr/bin/env bash
# Runs every ActorGraph test and ends with one line: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .artifacts
log=.artifacts/test.log

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
