#!/usr/bin/env bash
# A private PostgreSQL 15 for the tests: "start STATE_DIR" makes a cluster in a temporary
# directory, starts it on a free local port and writes its URL to STATE_DIR/url; "stop
# STATE_DIR" stops it and deletes it. initdb and postgres refuse to run as root, so as root
# they run as the postgres user. fsync is off: this cluster only ever holds test data.
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state directory}
bin=/usr/lib/postgresql/15/bin

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  [ -x "$bin/initdb" ] || { echo "pg.sh: PostgreSQL 15 is not installed (postgresql-15)" >&2; exit 1; }
  if [ -f "$state/data_dir" ]; then "$0" stop "$state" || true; fi
  mkdir -p "$state"
  data=$(mktemp -d /tmp/fortrolig-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
  echo "$data" > "$state/data_dir"
  as_pg "$bin/initdb" -D "$data/cluster" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log" >&2; exit 1; }
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + RANDOM % 30000 ))
    if as_pg "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 30 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" \
        start >/dev/null 2>&1; then
      echo "postgresql://postgres@127.0.0.1:$port/postgres" > "$state/url"
      echo "pg.sh: PostgreSQL 15 on 127.0.0.1:$port ($data)"
      exit 0
    fi
  done
  cat "$data/server.log" >&2
  exit 1
  ;;
stop)
  [ -f "$state/data_dir" ] || exit 0
  data=$(cat "$state/data_dir")
  as_pg "$bin/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$data" "$state/data_dir" "$state/url"
  ;;
*)
  echo "usage: pg.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
