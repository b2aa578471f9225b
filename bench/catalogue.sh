#!/usr/bin/env bash
# Throughput of the catalogue and a module page against a trivial endpoint of the same app (/ping),
# measured in one run with wrk. Starts the app in Release on a fresh SQLite database with the demo data,
# signs in as a demo member, and prints requests/s, p99 latency and each page's ratio to the baseline.
#   bench/catalogue.sh [duration-seconds] [connections] [path ...]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
connections="${2:-32}"
shift $(( $# > 2 ? 2 : $# ))
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/modules /modules/ondernemend-professionele-ruimte /modules/eigen-kracht-zelfregie/opdrachten)
port="${BENCH_PORT:-5090}"
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null || sudo apt-get install -y -qq wrk >/dev/null; }

out="$(mktemp -d /tmp/leerruimte-bench.XXXXXX)"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$out"' EXIT
dotnet publish src/Leerruimte -c Release -o "$out/app" --nologo -v q >/dev/null
ASPNETCORE_ENVIRONMENT=Production Demo__Enabled=true Database__DataFolder="$out/data" App__PublicUrl="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning \
  dotnet "$out/app/Leerruimte.dll" --contentRoot "$out/app" --urls "http://127.0.0.1:$port" >"$out/app.log" 2>&1 &
app=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do curl -fs "$base/ping" >/dev/null 2>&1 && break; sleep 1; done

# Sign in like a browser: fetch the form's antiforgery token, post the form, keep the cookies.
# wrk ignores the refreshed cookie the app sends once the security stamp is revalidated (every minute),
# so every measurement starts with a fresh sign-in; otherwise each request would revalidate.
signin() {
  local jar="$out/cookies" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$base/inloggen" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null "$base/inloggen" --data-urlencode "_handler=login" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=aylin@lindenhaven.example" \
    --data-urlencode "Input.Password=Leerruimte-demo-2026"
  grep -q $'\tleerruimte\t' "$jar" || { echo "sign-in failed"; exit 1; }
  # Every cookie a browser would send back: the sign-in and the antiforgery cookie (without the latter
  # each page would mint a new one).
  cookie=$(awk 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
}
signin

measure() { # path -> "requests/s p99-ms kB"
  signin
  local kb
  kb=$(curl -fs -o /dev/null -w '%{size_download}' -H "Cookie: $cookie" "$base$1" | awk '{ printf "%.1f", $1 / 1024 }') || { echo "GET $1 failed"; exit 1; }
  wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: $cookie" "$base$1" >"$out/wrk.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ { print $2 }' "$out/wrk.txt")
  p99=$(awk '$1 == "99%" { v=$2; if (v ~ /us$/) { sub(/us/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms/,"",v) } else if (v ~ /s$/) { sub(/s/,"",v); v=v*1000 }; print v }' "$out/wrk.txt")
  grep -q "Non-2xx" "$out/wrk.txt" && { echo "non-2xx answers on $1"; cat "$out/wrk.txt"; exit 1; }
  echo "$rps $p99 $kb"
}

# Warm up (JIT, caches) before measuring.
wrk -t2 -c"$connections" -d5s -H "Cookie: $cookie" "$base/modules" >/dev/null
wrk -t2 -c"$connections" -d5s -H "Cookie: $cookie" "$base/modules/ondernemend-professionele-ruimte" >/dev/null

result=$(measure /ping) || { echo "$result"; exit 1; }
read -r base_rps base_p99 base_kb <<<"$result"
printf "%-52s %8s %12s %10s %8s\n" "endpoint" "kB" "requests/s" "p99 ms" "ratio"
printf "%-52s %8s %12.0f %10.2f %8.2f\n" "/ping (baseline)" "$base_kb" "$base_rps" "$base_p99" 1
for path in "${paths[@]}"; do
  result=$(measure "$path") || { echo "$result"; exit 1; }
  read -r rps p99 kb <<<"$result"
  printf "%-52s %8s %12.0f %10.2f %8.2f\n" "$path" "$kb" "$rps" "$p99" "$(awk -v a="$rps" -v b="$base_rps" 'BEGIN { print a / b }')"
done
echo "($connections connections, ${duration}s per endpoint, wrk and the app on the same $(nproc)-core machine)"
