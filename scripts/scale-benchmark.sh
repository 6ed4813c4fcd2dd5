#!/usr/bin/env bash
# Issue 13's benchmarks side by side in one run, on this machine (Release builds, Production settings, simulator):
#   1. one instance on SQLite (synchronous=FULL): signed webhooks at RATE/s for SECONDS s with PAGES open Threads pages,
#      the disk's ceiling (single-row synced commits/s) measured right after;
#   2. two instances on one PostgreSQL (a throwaway server of its own), the webhooks shared between them, PAGES pages
#      on each, pgbench's ceiling on the same server right after;
#   3. on each provider, CONTACTS customers, then the Threads page and the snapshot timed to their first row.
# Everything binds to 127.0.0.1 and stops by itself; the figures go to stdout. Override with RATE, SECONDS_MEASURED, WARMUP,
# PAGES, CONTACTS (defaults: 1000, 60, 60, 20, 100000; PAGES=0 loads with no page open, CONTACTS=0 skips step 3).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgresql.sh
source scripts/chromium.sh
ensure_chromium

rate=${RATE:-1000} seconds=${SECONDS_MEASURED:-60} warmup=${WARMUP:-60} pages=${PAGES:-20} contacts=${CONTACTS:-100000}
secret=load-test-signature-secret password='Scale-Bench-Pass!1'
work=$(mktemp -d /tmp/optin-scale-XXXXXX)
chmod 755 "$work"
instances=()
stop_instances() {
  ((${#instances[@]})) && kill "${instances[@]}" 2>/dev/null && wait "${instances[@]}" 2>/dev/null
  instances=()
}
finish() { stop_instances; stop_postgresql "$work/postgresql"; rm -rf "$work"; }
trap finish EXIT

dotnet build OptInDashboard.Benchmarks -c Release --nologo -v quiet >/dev/null
app=OptInDashboard/bin/Release/net10.0/OptInDashboard.dll
load() { dotnet OptInDashboard.Benchmarks/bin/Release/net10.0/OptInDashboard.Benchmarks.dll "$@"; }

start_instance() { # PORT: an instance with the environment the caller exported, waited for until ready
  ASPNETCORE_ENVIRONMENT=Production Demo__Password=$password Vonage__WebhooksEnabled=true Vonage__SignatureSecret=$secret \
    Urls="http://127.0.0.1:$1" dotnet "$app" >"$work/app-$1.log" 2>&1 &
  instances+=($!)
  until python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=5)" "http://127.0.0.1:$1/health/ready" 2>/dev/null; do
    kill -0 "${instances[-1]}" 2>/dev/null || { echo "the instance on port $1 stopped:" >&2; tail -20 "$work/app-$1.log" >&2; exit 1; }
    sleep 1
  done
}

webhooks() { # URLS DB
  load webhook-load --url "$1" --db "$2" --secret $secret --concurrency 32 --rate "$rate" --seconds "$seconds" --warmup "$warmup" \
    --pages "$pages" --password "$password" || echo "(webhook-load exited $?)"
}

pages_at_scale() { # URL DB
  ((contacts > 0)) || return 0
  load page-timing --url "$1" --db "$2" --password "$password" --contacts "$contacts" || echo "(page-timing exited $?)"
}

echo "== 1. one instance on SQLite (synchronous=FULL), $pages open Threads pages"
export ConnectionStrings__Consent="Data Source=$work/sqlite.db"
start_instance 5091
webhooks http://127.0.0.1:5091 "$work/sqlite.db"
pages_at_scale http://127.0.0.1:5091 "$work/sqlite.db"
stop_instances

echo "== 2. two instances on one PostgreSQL, $pages open Threads pages on each"
pg_port=$(free_port)
start_postgresql "$work/postgresql" "$pg_port"
pg="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=optin_scale"
export Database__Provider=PostgreSQL ConnectionStrings__Consent="$pg"
start_instance 5092
start_instance 5093
webhooks http://127.0.0.1:5092,http://127.0.0.1:5093 "$pg"
pages_at_scale http://127.0.0.1:5092 "$pg"
