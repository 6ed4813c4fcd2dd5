#!/usr/bin/env bash
# Two app instances on one local PostgreSQL, as behind a load balancer: the server (Debian's, installed when missing)
# keeps its cluster in ~/.local/share/OptInDashboard/postgresql (as root, where the postgres user can reach it:
# /var/lib/optindashboard/postgresql), created on first run, and listens on 127.0.0.1:55432;
# the instances answer on http://127.0.0.1:5081 and http://127.0.0.1:5082, with the simulator and the demo data.
# Ctrl-C stops the instances and the server; the data stays for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgresql.sh

if ((EUID == 0)); then default_folder=/var/lib/optindashboard/postgresql; else default_folder=${XDG_DATA_HOME:-$HOME/.local/share}/OptInDashboard/postgresql; fi
pg_folder=${OPTIN_POSTGRESQL_FOLDER:-$default_folder}
pg_port=${OPTIN_POSTGRESQL_PORT:-55432}
instances=()
stop() {
  ((${#instances[@]})) && kill "${instances[@]}" 2>/dev/null && wait "${instances[@]}" 2>/dev/null
  stop_postgresql "$pg_folder"
}
trap stop EXIT
start_postgresql "$pg_folder" "$pg_port"
echo "PostgreSQL on 127.0.0.1:$pg_port, cluster in $pg_folder"

dotnet build OptInDashboard --nologo -v quiet
export Database__Provider=PostgreSQL
export ConnectionStrings__Consent="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=optindashboard"
for port in 5081 5082; do
  Urls="http://127.0.0.1:$port" dotnet run --project OptInDashboard --no-build --no-launch-profile &
  instances+=($!)
  # One at a time: the first creates, migrates and seeds the database (and prints the demo password, once).
  until python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=5)" "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
    kill -0 "${instances[-1]}" 2>/dev/null || { echo "the instance on port $port stopped" >&2; exit 1; }
    sleep 1
  done
  echo "instance ready on http://127.0.0.1:$port"
done
wait
