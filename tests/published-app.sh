#!/usr/bin/env bash
# The published app as a service manager or container starts it: `dotnet /path/Leerruimte.dll` from another
# working directory, in Production, with App:PublicUrl, a data folder of its own and the demo switched on.
# Checks that it finds its own files (settings, wwwroot, content packs) and keeps its data where it is told.
# Exits non-zero with a line saying what failed; always stops the app. Run by ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d /tmp/leerruimte-published.XXXXXX)"
app=""
stop() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap stop EXIT
fail() {
  echo "published app: FAIL: $*" >&2
  echo "--- app log (last 30 lines)" >&2
  tail -n 30 "$tmp/app.log" >&2 2>/dev/null || true
  exit 1
}
ok() { echo "published app: ok   $*"; }

port=""
for candidate in $(seq 5180 5280); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || fail "no free port between 5180 and 5280"
base="http://127.0.0.1:$port"

echo "published app: publishing to $tmp/app"
dotnet publish src/Leerruimte -c Release -o "$tmp/app" --nologo -v q >"$tmp/publish.log" 2>&1 || { cat "$tmp/publish.log"; fail "dotnet publish failed"; }
mkdir -p "$tmp/elsewhere" "$tmp/data"

echo "published app: starting dotnet $tmp/app/Leerruimte.dll from $tmp/elsewhere on port $port"
(cd "$tmp/elsewhere" && exec env ASPNETCORE_ENVIRONMENT=Production App__PublicUrl="$base" Database__DataFolder="$tmp/data" \
  Demo__Enabled=true dotnet "$tmp/app/Leerruimte.dll" --urls "$base") >"$tmp/app.log" 2>&1 &
app=$!
for _ in $(seq 1 90); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || fail "the app stopped during start"
  sleep 1
done

health="$(curl -s "$base/health")" || true
[ "$health" = "Healthy" ] || fail "/health answered '$health', not Healthy"
ok "/health is Healthy"

jar="$tmp/cookies"
login="$(curl -fs -c "$jar" -b "$jar" "$base/inloggen")" || fail "the login page /inloggen did not answer 200"
grep -q 'name="_handler" value="login"' <<<"$login" || fail "the login page has no login form"
ok "the login page answers with its form"

assets="$(grep -oE '<(link|script)[^>]*(href|src)="[^"]+\.(css|js)"' <<<"$login" | grep -oE '(href|src)="[^"]+"' | sed -E 's/^(href|src)="//; s/"$//')"
[ "$(grep -c '\.css$' <<<"$assets")" -ge 1 ] || fail "the login page links no stylesheet"
[ "$(grep -c '\.js$' <<<"$assets")" -ge 1 ] || fail "the login page links no script"
while read -r asset; do
  url="$base/${asset#/}"
  read -r status size < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "$url")
  [ "$status" = 200 ] || fail "$asset answered $status"
  [ "$size" -gt 0 ] || fail "$asset answered 200 with 0 bytes (wwwroot not found next to the app)"
done <<<"$assets"
ok "every stylesheet and script the login page links is served with content ($(wc -l <<<"$assets") files)"

# appsettings.json sets EF Core's command log to Warning; without it every SQL statement is logged.
grep -q "Now listening on" "$tmp/app.log" || fail "the app log is empty: cannot tell whether appsettings.json was read"
! grep -q "Executed DbCommand" "$tmp/app.log" || fail "SQL statements are logged: appsettings.json next to the app was not read"
ok "appsettings.json next to the app is in effect (its log levels)"

token="$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<<"$login" | head -n 1 | sed 's/.*value="//; s/"$//')"
status="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/inloggen" --data-urlencode "_handler=login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=aylin@lindenhaven.example" \
  --data-urlencode "Input.Password=Leerruimte-demo-2026")"
[ "$status" = 302 ] && grep -q $'\tleerruimte\t' "$jar" || fail "signing in as the demo member aylin@lindenhaven.example failed (status $status)"
ok "a demo login works"

module="/modules/ondernemend-professionele-ruimte"
page="$(curl -s -b "$jar" -w '\n%{http_code}' "$base$module")"
[ "$(tail -n 1 <<<"$page")" = 200 ] || fail "$module answered $(tail -n 1 <<<"$page"), not 200"
grep -q "Hoe ben ik ondernemend" <<<"$page" || fail "$module does not show the module: the shipped packs were not loaded"
ok "a module page of the shipped packs answers 200"

[ -s "$tmp/data/leerruimte.db" ] || fail "no database file in the data folder $tmp/data"
[ -z "$(ls -A "$tmp/elsewhere")" ] || fail "the app wrote into its working directory: $(ls -A "$tmp/elsewhere" | tr '\n' ' ')"
[ ! -e "$tmp/app/data" ] || fail "the app made a data folder next to itself although Database:DataFolder was given"
ok "the database file is in the data folder given, nothing in the working directory"
echo "published app: all checks passed"
