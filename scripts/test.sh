#!/usr/bin/env bash
# The test command (CI's too): installs what the tests need, runs every test, browser tests included, runs the
# database-facing ones again on PostgreSQL, and ends with one line of counts over both runs,
# `N passed, N failed[, N skipped]`, read from the TRX results.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium.
source scripts/chromium.sh
ensure_chromium

# The repository's .NET tools (dotnet-ef), pinned in .config/dotnet-tools.json.
dotnet tool restore

results=artifacts/test-results
rm -rf "$results"
status=0
# Everything but the tests of several app instances on one database, which need PostgreSQL (below).
dotnet test OptInDashboard.sln --filter "Runs!=OnPostgreSQL" --logger trx --results-directory "$results" || status=$?

# Then the tests of data, consent rules, concurrency, Vonage, dealer groups, reports, components and live updates
# (not the page journeys in Chromium, which test the browser's side and are slow to start on a loaded machine) again
# on PostgreSQL, with the tests of several instances on one database: a throwaway server (Debian's, installed when
# missing) with its own data folder and port, stopped and removed at the end, also when tests fail.
source scripts/postgresql.sh
pg_dir=$(mktemp -d /tmp/optin-postgresql-XXXXXX)
pg_port=$(free_port)
trap 'stop_postgresql "$pg_dir"; rm -rf "$pg_dir"' EXIT
start_postgresql "$pg_dir" "$pg_port"
on_postgresql="FullyQualifiedName~OptInDashboard.Tests.ConsentRules|FullyQualifiedName~OptInDashboard.Tests.Data|FullyQualifiedName~OptInDashboard.Tests.Consent.|FullyQualifiedName~OptInDashboard.Tests.Accounts|FullyQualifiedName~OptInDashboard.Tests.Reports|FullyQualifiedName~OptInDashboard.Tests.Vonage|FullyQualifiedName~OptInDashboard.Tests.Messaging|FullyQualifiedName~OptInDashboard.Tests.Contacts|FullyQualifiedName~OptInDashboard.Tests.Security|FullyQualifiedName~OptInDashboard.Tests.Components|FullyQualifiedName~OptInDashboard.Tests.LiveUpdates"
OPTIN_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres" dotnet test OptInDashboard.Tests --no-build \
  --filter "($on_postgresql)&Runs!=InChromium" \
  --logger "trx;LogFileName=on-postgresql.trx" --results-directory "$results" || status=$?

# One <Counters .../> per TRX file (one per test project): sum each attribute over the files.
counters=$(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' || true)
sum() {
  local total=0 n
  for name in "$@"; do
    for n in $(grep -o " $name=\"[0-9]*\"" <<<"$counters" | tr -dc '0-9\n' || true); do total=$((total + n)); done
  done
  echo "$total"
}
passed=$(sum passed)
failed=$(sum failed error timeout aborted)
skipped=$(($(sum total) - passed - failed))  # VSTest counts a skipped test in total only

line="$passed passed, $failed failed"
if ((skipped > 0)); then line+=", $skipped skipped"; fi
echo "$line"
if ((failed > 0 || status != 0)); then exit 1; fi
