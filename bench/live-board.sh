#!/usr/bin/env bash
# Live-board load test: 100 meetings of 12 participants each adding notes through the meeting hub
# (WebSockets), timed from send to arrival at every other participant, then checked in the database:
# every acknowledged note stored exactly once and delivered to all other participants of its meeting.
#
#   bench/live-board.sh [--postgres "<server connection string>"] [--meetings 100] [--participants 12]
#                       [--consultations <n>] [--duration 60] [--warmup 10] [--interval-min 3] [--interval-max 5]
#                       [--sign-in-parallel <n>] [--connect-parallel 16] [--seed 1]
#
# With --consultations n, n of the teams also hold an action-learning consultation (chair and phones): the run
# measures those teams' meetings first (the baseline) and then their consultations, each with its chair connected,
# and reports the consultations' figures as ratios to the meetings' of the same run.
# Publishes the app in Release, seeds a fresh database (SQLite file in a temporary data folder, or a new
# database on the given PostgreSQL server, dropped afterwards) with the app's own code, starts the app as
# its own process (Production), then runs bench/LoadTest against it. Exits non-zero when a check fails.
# The output is also written to bench/results/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-5091}"
postgres=""
seed_args=()
run_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) postgres="$2"; shift 2 ;;
    --meetings|--participants|--consultations) seed_args+=("$1" "$2"); shift 2 ;;
    --duration|--warmup|--interval-min|--interval-max|--sign-in-parallel|--connect-parallel|--seed) run_args+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# 1,200 WebSockets on each side of the loopback: more file descriptors than the usual default of 1,024.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

out="$(mktemp -d /tmp/leerruimte-live.XXXXXX)"
app=""
database=""
loadtest() { dotnet bench/LoadTest/bin/Release/net10.0/LoadTest.dll "$@"; }
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ -n "$database" ]; then loadtest pg-drop --postgres "$database" || true; fi
  rm -rf "$out"
}
trap cleanup EXIT

echo "== building (Release)"
dotnet publish src/Leerruimte -c Release -o "$out/app" --nologo -v q >/dev/null
dotnet build bench/LoadTest -c Release --nologo -v q >/dev/null

db_args=(--data "$out/data")
app_env=(Database__Provider=Sqlite)
if [ -n "$postgres" ]; then
  database="$(loadtest pg-create --postgres "$postgres")"
  db_args+=(--postgres "$database")
  app_env=(Database__Provider=Postgres "Database__ConnectionString=$database")
  echo "== database: PostgreSQL, fresh database $(sed 's/.*Database=\([^;]*\).*/\1/' <<<"$database")"
else
  echo "== database: SQLite file in $out/data"
fi

echo "== seeding"
loadtest seed "${db_args[@]}" --app "$out/app" --plan "$out/plan.json" "${seed_args[@]}"

echo "== starting the app (Production) on port $port"
env ASPNETCORE_ENVIRONMENT=Production "${app_env[@]}" Database__DataFolder="$out/data" App__PublicUrl="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning \
  dotnet "$out/app/Leerruimte.dll" --contentRoot "$out/app" --urls "http://127.0.0.1:$port" >"$out/app.log" 2>&1 &
app=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/ping" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/ping" >/dev/null || { echo "the app did not start:"; cat "$out/app.log"; exit 1; }

mkdir -p bench/results
result="bench/results/live-board-$(date -u +%Y%m%dT%H%M%SZ)-$([ -n "$postgres" ] && echo postgres || echo sqlite).txt"
cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$app/stat"; }
before="$(cpu)"
status=0
{
  echo "live-board load test, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(git rev-parse --short HEAD), $([ -n "$postgres" ] && echo PostgreSQL || echo SQLite)"
  loadtest run --url "http://127.0.0.1:$port" "${db_args[@]}" --plan "$out/plan.json" "${run_args[@]}"
} 2>&1 | tee "$result" || status=$?
echo "app process CPU time during sign-in, connect and load: $(awk -v a="$before" -v b="$(cpu)" 'BEGIN { printf "%.0f s", b - a }')" | tee -a "$result"
if grep -qiE "fail|exception" "$out/app.log"; then
  echo "== app log (warnings and errors, first 40 lines)" | tee -a "$result"
  head -n 40 "$out/app.log" | tee -a "$result"
fi
echo "(written to $result)"
exit "$status"
