#!/usr/bin/env bash
# Whole processes at 100,000 actors and 1,000,000 relations, as a user runs them: `actorgraph ingest` of one JSON
# Lines file, then `clusters`, `rank` and `paths` on the embedded store, beside python-igraph reading the same graph
# from its TSV file and running the same algorithm. Prints one row per step: seconds and peak memory (GNU time).
# Needs: dotnet, /usr/bin/time, /usr/bin/python3 with python3-igraph (Debian). Data goes to .artifacts/bench/ (ignored).
# Usage: bash bench/whole-process.sh [N M]     (default 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}; m=${2:-1000000}
out=.artifacts/bench/whole-$n-$m
mkdir -p "$out"
dotnet build bench/ActorGraph.Benchmarks -c Release -v q -nologo >/dev/null
dotnet build src/ActorGraph.Cli -c Release -v q -nologo >/dev/null
bench="dotnet bench/ActorGraph.Benchmarks/bin/Release/net10.0/ActorGraph.Benchmarks.dll"
tsv="$out/graph.tsv"
[ -f "$tsv" ] || $bench generate "$n" "$m" 42 "$tsv"

# The same graph as one ActorGraph source: actor aN is vertex N, relation types in turn, weight = TSV weight / 100.
jsonl="$out/graph.jsonl"
[ -f "$jsonl" ] || awk -F'\t' -v n="$n" 'BEGIN {
    split("LEADS FACILITATES ADVISES SANCTIONS", kinds, " ")
    print "{\"source\": {\"id\": \"bench\", \"title\": \"block model\"}}"
    for (v = 0; v < n; v++) printf "{\"actor\": {\"id\": \"a%d\", \"name\": \"Actor %d\", \"kind\": \"person\"}}\n", v, v
  }
  /^#/ { next }
  { printf "{\"relation\": {\"source\": \"a%d\", \"type\": \"%s\", \"target\": \"a%d\", \"weight\": %.2f, \"confidence\": 1}}\n", $1, kinds[(e++ % 4) + 1], $2, $3 / 100 }' "$tsv" > "$jsonl"

db="$out/store.db"
rm -f "$db" "$db"-wal "$db"-shm "$db".analysis
ag=(dotnet src/ActorGraph.Cli/bin/Release/net10.0/actorgraph.dll --store "sqlite:$db")
row() { # NAME COMMAND...: whole-process seconds and peak resident memory
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" > "$out/$name.out" 2> "$out/$name.err" || { echo "$name failed:"; tail -5 "$out/$name.err"; exit 1; }
  read -r seconds kb < "$out/time"
  printf '| %s | %s | %d |\n' "$name" "$seconds" $((kb / 1024))
}

target=$(/usr/bin/python3 bench/whole_process.py "$tsv" target)
echo "| step | seconds | peak MB |"
echo "|---|---|---|"
row "ActorGraph ingest (one JSON Lines file, $m relations)" "${ag[@]}" ingest "$jsonl"
row "ActorGraph first analysis after the write (rank by degree; builds the image)" "${ag[@]}" rank --by degree --top 1
row "ActorGraph clusters (Leiden)" "${ag[@]}" clusters --json
row "ActorGraph rank (influence)" "${ag[@]}" rank --top 10 --json
row "ActorGraph paths (5 strongest)" "${ag[@]}" paths a0 "a$target" --k 5 --json
row "igraph Leiden" /usr/bin/python3 bench/whole_process.py "$tsv" leiden
row "igraph PageRank" /usr/bin/python3 bench/whole_process.py "$tsv" pagerank
row "igraph 5 shortest paths" /usr/bin/python3 bench/whole_process.py "$tsv" paths "$target"
$bench load "$db"
