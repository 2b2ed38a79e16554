#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks.
#
#   eval "$(scripts/pg-test-server.sh)"        # start; exports BLOCWATCH_TEST_PG_URL and _STOP
#   .venv/bin/pytest tests/kb
#   eval "$BLOCWATCH_TEST_PG_STOP"              # stop it and delete its files
#
# The cluster lives in a fresh temporary directory, listens on 127.0.0.1 only, on a free port,
# and trusts local connections (nothing else can reach it). PostgreSQL refuses to run as root, so
# when run as root the server runs as the `postgres` system user (the Debian package creates it).
# Options: --fast turns off fsync (tests: nothing needs to survive a power cut);
#          stop DIR stops the cluster in DIR and removes DIR.
# Needs the server binaries: apt-get install -y postgresql (scripts/install-system-deps.sh).
set -euo pipefail

PG_USER=${PG_USER:-postgres}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

find_bin() {
    if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$d" ]; then echo "$d"; return; fi
    if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return; fi
    echo "pg-test-server: no PostgreSQL server binaries found; run: apt-get install -y postgresql" >&2
    exit 1
}

BIN=$(find_bin)

if [ "${1:-}" = stop ]; then
    dir=${2:?usage: pg-test-server.sh stop DIR}
    as_owner "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    exit 0
fi

fast=0
[ "${1:-}" = --fast ] && fast=1

free_port() {
    # Ask the kernel for a free port; a race with another process is possible but unlikely, and
    # pg_ctl then fails loudly.
    python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/blocwatch-pg.XXXXXX")
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown "$PG_USER" "$dir"
port=$(free_port)
db=blocwatch_test
role=blocwatch

as_owner "$BIN/initdb" -D "$dir/data" -U "$role" --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200"
[ "$fast" = 1 ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
as_owner "$BIN/pg_ctl" -D "$dir/data" -o "$opts" -l "$dir/server.log" -w -t 60 start >/dev/null || {
    cat "$dir/server.log" >&2; rm -rf "$dir"; exit 1; }
as_owner "$BIN/createdb" -h 127.0.0.1 -p "$port" -U "$role" "$db"

self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
echo "export BLOCWATCH_TEST_PG_URL='postgresql://$role@127.0.0.1:$port/$db'"
echo "export BLOCWATCH_TEST_PG_STOP='$self stop $dir'"
