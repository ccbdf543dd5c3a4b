#!/usr/bin/env bash
# Coverage-guided fuzzing of ActorGraph's readers with AFL++ and SharpFuzz:
#   bash scripts/fuzz.sh TARGET [MINUTES]      TARGET: dataset | jsonl | ftm | gdelt | article | feed (default 10 minutes)
# Builds fuzz/ActorGraph.Fuzz, instruments ActorGraph's readers and the parsers they use, and runs afl-fuzz on
# fuzz/corpus/TARGET at the lowest priority. Findings go to .artifacts/fuzz/TARGET (crashes/, hangs/); a second run
# of the same target resumes. Needs AFL++ (apt-get install afl++) and the SharpFuzz tool (dotnet tool restore).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/fuzz.sh dataset|jsonl|ftm|gdelt|article|feed [MINUTES]}
minutes=${2:-10}
case "$target" in dataset|jsonl|ftm|gdelt|article|feed) ;; *) echo "unknown target '$target': dataset, jsonl, ftm, gdelt, article or feed" >&2; exit 2 ;; esac

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "installing AFL++" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq afl++ >/dev/null
fi

# One build per target, so that rebuilding for one never swaps the files under another that is running.
build=.artifacts/fuzz/build-$target
mkdir -p .artifacts/fuzz
# Targets started together build one at a time: they share the fuzz project's obj/ folder.
exec 9>.artifacts/fuzz/build.lock
flock 9
if [ ! -f "$build/.instrumented" ] || [ -n "$(find src fuzz/ActorGraph.Fuzz -name '*.cs' -newer "$build/.instrumented" -print -quit)" ]; then
  rm -rf "$build"
  dotnet tool restore >/dev/null
  nice -n 19 dotnet publish fuzz/ActorGraph.Fuzz -c Release -o "$build" --nologo -v quiet
  # ActorGraph's readers and the parsers under them; the framework's own JSON and XML readers cannot be instrumented.
  for dll in ActorGraph.Ingestion ActorGraph.Extraction YamlDotNet AngleSharp System.ServiceModel.Syndication; do
    dotnet sharpfuzz "$build/$dll.dll" >/dev/null
  done
  touch "$build/.instrumented"
fi
flock -u 9

out=.artifacts/fuzz/$target
mkdir -p "$out"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1 AFL_NO_UI=1
# -t: an input taking more than 10 s is a hang (the target itself fails past 5 s); -m none: .NET reserves much memory.
nice -n 19 afl-fuzz -i "fuzz/corpus/$target" -o "$out" -x "fuzz/dictionaries/$target.dict" -t 10000 -m none -V $((minutes * 60)) \
  -- dotnet "$build/ActorGraph.Fuzz.dll" "$target" >"$out/afl.log" 2>&1 || { tail -20 "$out/afl.log" >&2; exit 1; }

stats=$out/default/fuzzer_stats
awk -F' *: *' -v t="$target" '
  $1 == "run_time" { run = $2 } $1 == "execs_done" { execs = $2 } $1 == "saved_crashes" { crashes = $2 }
  $1 == "saved_hangs" { hangs = $2 } $1 == "corpus_count" { corpus = $2 } $1 == "bitmap_cvg" { cover = $2 }
  END { printf "%s: %d s, %d executions, %d crashes, %d hangs, corpus %d, map coverage %s\n", t, run, execs, crashes, hangs, corpus, cover }
' "$stats"
