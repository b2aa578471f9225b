#!/usr/bin/env bash
# Runs every test: unit, integration on SQLite (also with the clock moved years ahead) and on PostgreSQL,
# the documented pack check (tests/validate-packs-command.sh), the published app (tests/published-app.sh),
# browser (Chromium + axe).
# Installs what the tests need when it is missing: Chromium, PostgreSQL, Redis and faketime from Debian's packages,
# the npm packages (through the build). Starts a private PostgreSQL server and stops it afterwards.
#   ./test.sh              everything
#   ./test.sh --no-browser skip the browser tests
set -euo pipefail
cd "$(dirname "$0")"
root="$(pwd)"
browser=1
[ "${1:-}" = "--no-browser" ] && browser=0

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ "$browser" -eq 1 ] && ! command -v chromium >/dev/null && missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v npm >/dev/null || missing+=(npm)
command -v redis-server >/dev/null || missing+=(redis-server) # the two-instance tests start their own
command -v faketime >/dev/null || missing+=(faketime) # the moved-clock run below
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# A throw-away PostgreSQL cluster on its own port, owned by a non-root user as PostgreSQL requires.
pg_bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
pg_port="${LEERRUIMTE_PG_PORT:-}"
if [ -z "$pg_port" ]; then # the first free port from 55432, so two runs (or a developer's own server) do not collide
  for candidate in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pg_port=$candidate; break; fi
  done
fi
pg_dir="$(mktemp -d /tmp/leerruimte-pg.XXXXXX)"
pg_user="$(id -un)"
run_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  pg_user=postgres
  chown postgres "$pg_dir"
  run_pg() { runuser -u postgres -- "$@"; }
fi
stop_pg() { run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_pg EXIT
echo "== starting PostgreSQL ($pg_bin) on port $pg_port"
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" -A trust --no-sync -E UTF8 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null

echo "== building"
dotnet build Leerruimte.slnx -c Release --nologo -v q

results="$root/artifacts/test-results"
mkdir -p "$results"
run_tests() { dotnet test "$1" -c Release --no-build --nologo --logger "trx;LogFileName=$2.trx" --results-directory "$results"; }

echo "== unit tests"
run_tests tests/Leerruimte.UnitTests unit
echo "== integration tests on SQLite"
LEERRUIMTE_TEST_PROVIDER=sqlite run_tests tests/Leerruimte.IntegrationTests integration-sqlite
# No test may depend on today's date: run them again with the machine's clock three years ahead. .NET needs
# the monotonic clock left alone; redis-server does not run under faketime, so the two-instance tests stay out.
# MovedClockTests (integration suite) checks that the clock really moved.
ahead_days="${LEERRUIMTE_CLOCK_AHEAD_DAYS:-1100}"
echo "== unit and SQLite integration tests with the clock moved $ahead_days days ahead"
moved_clock() {
  LEERRUIMTE_REAL_NOW="$(date -u +%s)" LEERRUIMTE_CLOCK_AHEAD_DAYS="$ahead_days" \
  FAKETIME_DONT_FAKE_MONOTONIC=1 FAKETIME_FORCE_MONOTONIC_FIX=0 FAKETIME_NO_CACHE=1 timeout 1800 faketime -f "+${ahead_days}d" "$@"
}
moved_clock dotnet test tests/Leerruimte.UnitTests -c Release --no-build --nologo \
  --logger "trx;LogFileName=unit-clock-ahead.trx" --results-directory "$results"
LEERRUIMTE_TEST_PROVIDER=sqlite moved_clock dotnet test tests/Leerruimte.IntegrationTests -c Release --no-build --nologo \
  --filter "Needs!=redis-server" --logger "trx;LogFileName=integration-sqlite-clock-ahead.trx" --results-directory "$results"
echo "== integration tests on PostgreSQL"
LEERRUIMTE_TEST_PROVIDER=postgres LEERRUIMTE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=$pg_user" \
  run_tests tests/Leerruimte.IntegrationTests integration-postgres
echo "== the pack check as README.md gives it"
tests/validate-packs-command.sh
echo "== the published app, started from another folder"
tests/published-app.sh
if [ "$browser" -eq 1 ]; then
  echo "== browser tests (Chromium $(chromium --version 2>/dev/null | awk '{print $2}'))"
  run_tests tests/Leerruimte.BrowserTests browser
fi
echo "== all tests passed"
