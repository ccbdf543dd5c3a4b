#!/usr/bin/env bash
# The main job on a fresh machine: ingest the bundled samples (curated datasets and news articles) into the
# embedded store, then show who influences whom (paths), the clusters, the most influential actors, and write the
# interactive report.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${ACTORGRAPH_DEMO_DB:-.artifacts/demo.db}"
mkdir -p "$(dirname "$db")"

dotnet build src/ActorGraph.Cli -c Release -v quiet -nologo > .artifacts/demo-build.log 2>&1 || { cat .artifacts/demo-build.log; exit 1; }
ag() { dotnet src/ActorGraph.Cli/bin/Release/net10.0/actorgraph.dll --store "sqlite:$db" "$@"; }

step() { printf '\n$ actorgraph %s\n' "$*"; ag "$@"; }
step ingest samples
step stats
step actor Lavrov
step paths "Yuri Ushakov" Russia
step paths "Donald Trump" Rosneft --k 3
step clusters --seed 0
step rank --top 10
step extract samples/articles/riyadh-talks-2025-02-18.txt
step timeline "Marco Rubio"
step disputes
step report -o "$(dirname "$db")/report.html" --title "ActorGraph samples"
