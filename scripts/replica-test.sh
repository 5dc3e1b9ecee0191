#!/usr/bin/env bash
# The read replica, for real: starts a PostgreSQL primary and a hot standby (streaming replication, pg_basebackup -R)
# on loopback, migrates and loads the demo on the primary, then runs server/test/replica.int.test.ts against the app
# with DATABASE_URL = primary and DATABASE_READ_URL = standby. Everything it starts is stopped on exit.
# Needs Debian's PostgreSQL server binaries (apt-get install postgresql); runs as root (through the postgres user) or
# as an ordinary user.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "replica-test: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi

# initdb refuses to run as root: the clusters belong to the postgres user then.
if [ "$(id -u)" = 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p=$1
  while ! port_free "$p"; do p=$((p + 1)); done
  echo "$p"
}
primary_port="$(free_port "${REPLICA_PRIMARY_PORT:-55432}")"
standby_port="$(free_port $((primary_port + 1)))"

work="$(mktemp -d /tmp/congdoan-replica.XXXXXX)"
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown postgres: "$work"

stop_all() {
  local code=$?
  for dir in standby primary; do
    if [ -f "$work/$dir/postmaster.pid" ]; then
      as_pg "$bin/pg_ctl" -D "$work/$dir" -m immediate -w stop >/dev/null 2>&1 || true
    fi
  done
  if [ "$code" != 0 ]; then
    for log in primary standby; do
      [ -f "$work/$log.log" ] && { echo "== $log.log (last lines)"; tail -n 20 "$work/$log.log"; }
    done
  fi
  rm -rf "$work"
  exit "$code"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

echo "== primary on 127.0.0.1:$primary_port, hot standby on 127.0.0.1:$standby_port ($("$bin/postgres" --version))"
as_pg "$bin/initdb" -D "$work/primary" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null
cat >>"$work/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$work'
wal_level = replica
max_wal_senders = 4
hot_standby = on
# A throw-away cluster: speed over durability.
fsync = off
full_page_writes = off
EOF
as_pg "$bin/pg_ctl" -D "$work/primary" -l "$work/primary.log" -w start >/dev/null

# A copy of the primary that follows it (-R: standby.signal and primary_conninfo), served on its own port.
as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$work/standby" -R -X stream -c fast
echo "port = $standby_port" >>"$work/standby/postgresql.conf"
as_pg "$bin/pg_ctl" -D "$work/standby" -l "$work/standby.log" -w start >/dev/null

psql_at() { "$bin/psql" -h 127.0.0.1 -p "$1" -U postgres -d "${2:-postgres}" -v ON_ERROR_STOP=1 -Atqc "$3"; }
[ "$(psql_at "$standby_port" postgres 'SELECT pg_is_in_recovery()')" = t ] || { echo "the standby is not in recovery" >&2; exit 1; }
psql_at "$primary_port" postgres 'CREATE DATABASE congdoan'

primary_url="postgres://postgres@127.0.0.1:$primary_port/congdoan"
standby_url="postgres://postgres@127.0.0.1:$standby_port/congdoan"

echo "== migrate and load the demo on the primary"
DATABASE_URL="$primary_url" DATABASE_READ_URL= CONGDOAN_DATA_DIR="$work/unused" npx tsx server/cli/main.ts demo >/dev/null

echo "== roll-up through the app: writes on the primary, roll-ups read on the standby"
REPLICA_PRIMARY_URL="$primary_url" REPLICA_STANDBY_URL="$standby_url" \
  npx vitest run --config server/test/replica.vitest.config.ts
