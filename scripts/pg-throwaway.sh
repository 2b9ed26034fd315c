#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests: fast (fsync off), trust auth, deleted on stop.
#   scripts/pg-throwaway.sh start DIR PORT   → prints the Npgsql server string (no database)
#   scripts/pg-throwaway.sh stop DIR
#   scripts/pg-throwaway.sh halt DIR / resume DIR   → shut the server down (as a restart does) and start it again, data kept
set -euo pipefail
cmd=$1 dir=$2
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
# PostgreSQL refuses to run as root: run its programs as the postgres user then.
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
pg_start() { # port
  run "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-p $1 -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start >/dev/null"
}

case $cmd in
  start)
    port=$3
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    run "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --no-sync >/dev/null"
    echo "$port" > "$dir/port"
    pg_start "$port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres"
    ;;
  halt)
    run "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null"
    ;;
  resume)
    pg_start "$(cat "$dir/port")"
    ;;
  stop)
    run "'$bin/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null" || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR | halt DIR | resume DIR" >&2; exit 2 ;;
esac
