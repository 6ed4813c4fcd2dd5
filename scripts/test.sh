#!/usr/bin/env bash
# The test command (CI's too): installs what the tests need, runs every test, browser tests included,
# and ends with one line of counts, `N passed, N failed[, N skipped]`, read from the TRX results.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium; Playwright's own browser download is not reachable here.
if [[ ! -x /usr/bin/chromium ]]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium fonts-liberation
fi

# The repository's .NET tools (dotnet-ef), pinned in .config/dotnet-tools.json.
dotnet tool restore

results=artifacts/test-results
rm -rf "$results"
status=0
dotnet test OptInDashboard.sln --logger trx --results-directory "$results" || status=$?

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
