#!/usr/bin/env bash
# National-scale data: about 340 organisations, 5,000 teams and 50,000 people with five years of meetings, sessions,
# board notes, actions, feedback forms, measurements and learning-log entries (bench/Generator), into a new database.
#
#   bench/generate.sh                                    # PostgreSQL, full scale, on a private server this script starts
#   bench/generate.sh --connection "Host=127.0.0.1;Port=5432;Username=postgres"   # a new database on that server
#   bench/generate.sh --provider sqlite [--file /tmp/leerruimte-generated.db]      # SQLite, a tenth of the scale
#   options: --scale <share of national scale> --seed 13 --now <UTC time the five years end, default now> --database <name>
#
# The database is made with the app's own migrations and shipped packs; the generated rows go in by COPY (binary) on
# PostgreSQL and by prepared inserts on SQLite. One progress line while loading; at the end the rows per table, the
# time, the size on disk and the peak memory. The private PostgreSQL (port ${GEN_PG_PORT:-55701}, data in
# /tmp/leerruimte-gen-pg) keeps running for the benchmarks; the script prints how to stop it. Output also in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=postgres
scale=""
connection=""
file=""
database=""
gen_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) provider="$2"; shift 2 ;;
    --scale) scale="$2"; shift 2 ;;
    --connection) connection="$2"; shift 2 ;;
    --file) file="$2"; shift 2 ;;
    --database) database="$2"; shift 2 ;;
    --seed|--now) gen_args+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$provider" in postgres|sqlite) ;; *) echo "--provider is postgres or sqlite" >&2; exit 2 ;; esac
[ -n "$scale" ] || scale=$([ "$provider" = postgres ] && echo 1.0 || echo 0.1)

echo "== free disk (a full PostgreSQL load takes about 6 GB, SQLite at 0.1 under 1 GB)"
df -h /tmp /work 2>/dev/null || df -h /tmp

echo "== building bench/Generator (Release)"
dotnet build bench/Generator -c Release --nologo -v q >/dev/null

private_pg() {
  local port="${GEN_PG_PORT:-55701}" dir=/tmp/leerruimte-gen-pg pgbin as=()
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  if ! "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    if [ ! -d "$dir/data" ]; then
      mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
      "${as[@]}" "$pgbin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
    fi
    "${as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_wal_size=4GB -c shared_buffers=1GB -c maintenance_work_mem=512MB" >/dev/null
  fi
  echo "Host=127.0.0.1;Port=$port;Username=postgres"
  echo "== private PostgreSQL on port $port; stop it with: ${as[*]} $pgbin/pg_ctl -D $dir/data stop" >&2
}

target=()
if [ "$provider" = postgres ]; then
  [ -n "$connection" ] || connection="$(private_pg)"
  database="${database:-leerruimte_gen_$(date -u +%Y%m%d%H%M%S)}"
  target=(--connection "$connection" --database "$database")
  echo "== PostgreSQL database $database"
else
  file="${file:-/tmp/leerruimte-generated-$(date -u +%Y%m%d%H%M%S).db}"
  [ ! -e "$file" ] || { echo "$file exists: give a new --file" >&2; exit 2; }
  target=(--file "$file")
  echo "== SQLite file $file"
fi

mkdir -p bench/results
result="bench/results/generate-$(date -u +%Y%m%dT%H%M%SZ)-$provider-$scale.txt"
echo "== generating scale $scale ($(git rev-parse --short HEAD), $(nproc) cores)"
/usr/bin/time -v -o "$result.time" dotnet bench/Generator/bin/Release/net10.0/Generator.dll --provider "$provider" --scale "$scale" "${target[@]}" "${gen_args[@]}" | tee "$result"
peak=$(awk -F: '/Maximum resident/ { printf "%.0f MB", $2 / 1024 }' "$result.time")
echo "peak memory of the generator (with the app's host in it): $peak" | tee -a "$result"
echo "(written to $result)"
