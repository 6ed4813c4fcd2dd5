# Sourced by the scripts that need a PostgreSQL server of their own: Debian's, installed when missing, run from a
# data folder of the caller's choosing on a port of its choosing, as the postgres user when we are root.
#   start_postgresql FOLDER PORT   creates the cluster in FOLDER/data when missing, then starts it on 127.0.0.1:PORT
#                                  (unless it is running already)
#   stop_postgresql FOLDER         stops it (immediately: the callers' data is either throwaway or already committed)

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$bin" ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$bin"
}

as_postgres() {
  if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgresql() {
  local folder=$1 port=$2 bin
  bin=$(pg_bin)
  mkdir -p "$folder"
  if ((EUID == 0)); then chown postgres "$folder"; fi
  if as_postgres "$bin/pg_ctl" -D "$folder/data" status >/dev/null 2>&1; then return; fi # still running from before
  if [[ ! -f "$folder/data/PG_VERSION" ]]; then
    as_postgres "$bin/initdb" -D "$folder/data" -A trust -U postgres >/dev/null
  fi
  as_postgres "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-p $port -k $folder -c listen_addresses=127.0.0.1" start >/dev/null
}

stop_postgresql() {
  as_postgres "$(pg_bin)/pg_ctl" -D "$1/data" -m immediate stop >/dev/null 2>&1 || true
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
