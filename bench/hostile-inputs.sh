#!/usr/bin/env bash
# Times `actorgraph ingest` on the hostile inputs of issue 13 and on the largest article read, each in a fresh store,
# and prints one line per input: what it is, the wall time, the exit code and the first error. docs/limits.md has
# the numbers measured before and after the limits.
# Usage: bash bench/hostile-inputs.sh [ACTORGRAPH_DLL]   (default: the Release build of src/ActorGraph.Cli)
set -euo pipefail
cd "$(dirname "$0")/.."
out=.artifacts/bench/hostile
mkdir -p "$out"
dll=${1:-src/ActorGraph.Cli/bin/Release/net10.0/actorgraph.dll}
[ -n "${1:-}" ] || dotnet build src/ActorGraph.Cli -c Release -v q -nologo >/dev/null

python3 - "$out" <<'PY'
import glob, sys
out = sys.argv[1]
# A YAML "billion laughs": ten levels of nine aliases each, 1 KB.
lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
lines += [f'a{i}: &a{i} [' + ','.join([f'*a{i-1}'] * 9) + ']' for i in range(1, 10)]
open(f'{out}/billion-laughs.yaml', 'w').write('\n'.join(lines) + '\n')
# 100,000 nested <div>s, 1.1 MB.
n = 100_000
open(f'{out}/nested-divs.html', 'w').write('<html><body>' + '<div>' * n + 'Vladimir Putin met Donald Trump.' + '</div>' * n + '</body></html>')
# The largest article read: just under 16 MiB of the corpus's reports.
body = '\n\n'.join(open(f).read() for f in sorted(glob.glob('tests/corpus/*.txt')))
parts, size = [], 0
while size + len(body.encode()) < 16 * 1024 * 1024 - 4:
    parts.append(body); size += len(body.encode()) + 2
open(f'{out}/article-16mib.txt', 'w').write('\n\n'.join(parts))
PY

for input in billion-laughs.yaml nested-divs.html article-16mib.txt; do
  rm -f "$out/store.db"*
  start=$(date +%s.%N)
  set +e
  timeout 300 dotnet "$dll" --store "sqlite:$out/store.db" ingest "$out/$input" >"$out/$input.out" 2>"$out/$input.err"
  code=$?
  set -e
  end=$(date +%s.%N)
  first=$(grep -m1 "^$out/$input:" "$out/$input.err" || true)
  printf '%-22s %7.2f s  exit %3d  %s\n' "$input" "$(echo "$end - $start" | bc)" "$code" "${first#"$out/"}"
done
