#!/usr/bin/env bash
# Packs ActorGraph the way .NET users get it and checks the packages from a local folder, as a user would:
#  1. `dotnet pack` of the solution: the library packages and the actorgraph tool, into .artifacts/packages
#     (or $ACTORGRAPH_PACKAGES);
#  2. installs the tool from that folder into a temporary tool path, runs `actorgraph --version` and
#     `actorgraph ingest samples` with it;
#  3. builds and runs a fresh console project (`dotnet new console`) that references ActorGraph.Query from that folder.
# Usage: bash scripts/pack-check.sh [--no-build]   (--no-build packs what `dotnet build -c Release` already built;
# ACTORGRAPH_CONFIGURATION=Debug packs a Debug build instead)
# Works offline once the solution has been restored: the packages ActorGraph depends on are taken from this machine's
# NuGet cache, and ActorGraph's own packages only from the folder just packed (never from a cache or a feed).
# Ends with "pack-check: ok VERSION"; exits non-zero at the first step that fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
pack_args=()
if [ "${1:-}" = "--no-build" ]; then
  pack_args+=(--no-build)
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en

out="${ACTORGRAPH_PACKAGES:-$root/.artifacts/packages}"
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/actorgraph-pack-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
step() { printf 'pack-check: %s\n' "$*"; }

version=$(dotnet msbuild src/ActorGraph.Core/ActorGraph.Core.csproj -getProperty:Version -nologo | tr -d '[:space:]')
step "packing version $version into $out"
rm -f "$out"/*."$version".nupkg "$out"/*."$version".snupkg
dotnet pack ActorGraph.sln -c "${ACTORGRAPH_CONFIGURATION:-Release}" "${pack_args[@]}" -p:PackageOutputPath="$out" -v quiet -nologo >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; exit 1; }
for id in ActorGraph.Core ActorGraph.Query ActorGraph.Extraction ActorGraph.Ingestion ActorGraph.Storage.Embedded \
          ActorGraph.Storage.Neo4j ActorGraph.Export actorgraph; do
  [ -f "$out/$id.$version.nupkg" ] || { echo "pack-check: $id.$version.nupkg was not packed" >&2; exit 1; }
done

# ActorGraph's packages come only from $out; everything else from the NuGet cache the solution's restore filled, read
# as a feed. Packages restore into a folder of their own, so no cached copy of an earlier pack is ever used.
cache=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')
cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$work/packages" />
  </config>
  <packageSources>
    <clear />
    <add key="actorgraph" value="$out" />
    <add key="cache" value="$cache" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="actorgraph">
      <package pattern="ActorGraph.*" />
      <package pattern="actorgraph" />
    </packageSource>
    <packageSource key="cache">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
EOF
export NUGET_PACKAGES="$work/packages"

step "installing the actorgraph tool into a temporary tool path"
dotnet tool install --tool-path "$work/tools" --configfile "$work/nuget.config" actorgraph --version "$version" >"$work/tool.log" 2>&1 \
  || { cat "$work/tool.log"; exit 1; }
printed=$("$work/tools/actorgraph" --version)
step "actorgraph --version: $printed"
[ "$printed" = "$version" ] || { echo "pack-check: actorgraph --version printed '$printed', expected '$version'" >&2; exit 1; }
"$work/tools/actorgraph" --store "sqlite:$work/x.db" ingest samples >"$work/ingest.log" 2>&1 \
  || { cat "$work/ingest.log"; exit 1; }
stats=$("$work/tools/actorgraph" --store "sqlite:$work/x.db" stats --json)
step "actorgraph ingest samples, then stats: $stats"
if ! printf '%s' "$stats" | grep -Eq '"relations": *[1-9]'; then
  echo "pack-check: the tool ingested no relation" >&2; exit 1
fi

step "building a fresh console project against ActorGraph.Query $version"
dotnet new console -o "$work/app" -n PackCheck --no-restore >"$work/new.log" 2>&1 || { cat "$work/new.log"; exit 1; }
(cd "$work/app" && dotnet add package ActorGraph.Query --version "$version" --no-restore >"$work/add.log" 2>&1) \
  || { cat "$work/add.log"; exit 1; }
cat >"$work/app/Program.cs" <<'EOF'
using ActorGraph.Core.Model;
using ActorGraph.Query;

Actor[] actors =
[
    new(ActorId.FromName("Marco Rubio"), "Marco Rubio", ActorKind.Person, []),
    new(ActorId.FromName("United States"), "United States", ActorKind.Country, []),
    new(ActorId.FromName("Saudi Arabia"), "Saudi Arabia", ActorKind.Country, []),
];
Relation[] relations =
[
    new(actors[0].Id, RelationKind.Leads, actors[1].Id, 0.9, 0.8, null, null, null, "Rubio leads the delegation."),
    new(actors[2].Id, RelationKind.Facilitates, actors[0].Id, 0.7, 0.9, null, null, "talks", null),
];
var assembler = new SnapshotAssembler();
assembler.AddDocument(new SourceDocument(new SourceInfo("pack-check", null, null, null), actors, [], relations), DateTimeOffset.UnixEpoch);
var graph = InfluenceGraph.Build(assembler.Build());
var path = graph.StrongestPaths("Saudi Arabia", "United States", k: 1).Single();
Console.WriteLine($"path {string.Join(" -> ", path.Actors.Select(a => a.Name))} {path.Strength.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}");
EOF
(cd "$work/app" && dotnet build -c Release -nologo -v quiet >"$work/build.log" 2>&1) || { cat "$work/build.log"; exit 1; }
answer=$(cd "$work/app" && dotnet run -c Release --no-build)
step "console project: $answer"
[ "$answer" = "path Saudi Arabia -> Marco Rubio -> United States 0.4536" ] \
  || { echo "pack-check: the console project printed '$answer'" >&2; exit 1; }

step "ok $version"
