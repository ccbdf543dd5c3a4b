#!/usr/bin/env bash
# Builds the block-model graphs, times ActorGraph's kernels and python-igraph's (and networkx's) on the same files,
# and prints one table per graph. Needs: dotnet, /usr/bin/python3 with python3-igraph and python3-networkx (Debian).
# Usage: bash bench/compare.sh [--large] [--networkx] [--store]
#   --large     also the 100,000-vertex, 1,000,000-edge graph (about a minute more)
#   --networkx  also networkx (slow: about half a minute per algorithm at 1M edges)
#   --store     also write and read a snapshot of the graph through the embedded store
set -euo pipefail
cd "$(dirname "$0")/.."
out=.artifacts/bench
mkdir -p "$out"
dotnet build bench/ActorGraph.Benchmarks -c Release -v q -nologo >/dev/null
bench="dotnet bench/ActorGraph.Benchmarks/bin/Release/net10.0/ActorGraph.Benchmarks.dll"

sizes=("10000 100000 dcsbm-10k")
large=0; networkx=""; store=""
for arg in "$@"; do
  case "$arg" in
    --large) large=1 ;;
    --networkx) networkx="--networkx" ;;
    --store) store="--store" ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
[ "$large" -eq 1 ] && sizes+=("100000 1000000 dcsbm-100k")

for size in "${sizes[@]}"; do
  read -r n m name <<<"$size"
  [ -f "$out/$name.tsv" ] || $bench generate "$n" "$m" 42 "$out/$name.tsv"
  $bench time "$out/$name.tsv" $store > "$out/$name.actorgraph.json"
  /usr/bin/python3 bench/compare.py "$out/$name.actorgraph.json" "$out/$name.tsv" $networkx
  echo
done
