#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the tests (installing it if needed) and
# print the URL of an empty test database. Reuses a server already running on the port.
set -euo pipefail
port=${CLEARBRIGHT_PG_PORT:-55432}
dir=${CLEARBRIGHT_PG_DIR:-/tmp/clearbright-pg-$port}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  echo "installing PostgreSQL (Debian package)..." >&2
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi
bin=$(pg_bin)

# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  run "$bin/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
fi
if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='clearbright_test'" | grep -q 1; then
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres clearbright_test
fi
echo "postgresql://postgres@127.0.0.1:$port/clearbright_test"
