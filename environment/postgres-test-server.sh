#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests of the team label store and prints the Npgsql connection
# string to export as WORKBENCH_LABELS_PG. Data and socket live in a fresh folder under /tmp; no TCP port is opened.
# Usage: environment/postgres-test-server.sh start   -> prints "DIR<TAB>CONNECTION-STRING"
#        environment/postgres-test-server.sh stop DIR
# PostgreSQL refuses to run as root: as root the server runs as the 'postgres' user the Debian package creates.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then echo "postgres-test-server: PostgreSQL is not installed (environment/setup.sh --with-postgres)" >&2; exit 1; fi
if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); else as=(); fi
case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/workbench-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses='' -k $dir -c fsync=on -c max_connections=50" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    printf '%s\tHost=%s;Port=5432;Username=postgres;Database=postgres;Pooling=false\n' "$dir" "$dir"
    ;;
  stop)
    dir=${2:?directory}
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
