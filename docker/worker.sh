#!/bin/sh
# The worker container: apply the schema, then ingest the configured folders now and every
# ACTORGRAPH_INTERVAL_SECONDS (default 3600). Re-ingesting is idempotent: unchanged sources are skipped.
# Store and credentials come from the environment (ACTORGRAPH_STORE, ACTORGRAPH_NEO4J_USER, ACTORGRAPH_NEO4J_PASSWORD).
set -u
interval="${ACTORGRAPH_INTERVAL_SECONDS:-3600}"
sources="${ACTORGRAPH_SOURCES:-/app/samples}"

until dotnet /app/actorgraph.dll schema apply; do
  echo "worker: the store is not ready; trying again in 10 s" >&2
  sleep 10
done

while true; do
  # Exit code 3 (some files rejected) and 1 (a failure) are reported and the schedule goes on.
  # shellcheck disable=SC2086
  dotnet /app/actorgraph.dll ingest $sources || echo "worker: ingest exited with $?" >&2
  sleep "$interval"
done
