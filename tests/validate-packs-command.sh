#!/usr/bin/env bash
# Runs the pack check exactly as README.md gives it (docs/content-packs.md must give the same command), from
# the repository root: it must check the shipped packs in content/ and pass. Then the same command from an
# empty folder, where it must fail and say where no pack was found. Run by ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
fail() { echo "validate-packs: FAIL: $*" >&2; exit 1; }

command="$(grep -o '`dotnet run [^`]*validate-packs[^`]*`' README.md | head -n 1 | tr -d '`')"
[ -n "$command" ] || fail "README.md gives no validate-packs command"
grep -qxF "$command" docs/content-packs.md || fail "docs/content-packs.md does not give the README's command: $command"
echo "validate-packs: running the README's command from the repository root: $command"

status=0
output="$(eval "$command" 2>&1)" || status=$?
echo "$output" | sed 's/^/  /'
shipped="$(find content -type f \( -name '*.yaml' -o -name '*.yml' \) | wc -l)"
[ "$shipped" -gt 0 ] || fail "no pack files under content/"
[ "$status" -eq 0 ] || fail "the command exited with $status on the shipped packs"
grep -qx "$shipped van $shipped pakketten in orde." <<<"$output" || fail "the command did not check the $shipped shipped packs"
echo "validate-packs: ok   the documented command checks the $shipped shipped packs"

empty="$(mktemp -d /tmp/leerruimte-no-packs.XXXXXX)"
trap 'rm -rf "$empty"' EXIT
status=0
output="$(cd "$empty" && eval "${command/--project src\/Leerruimte/--project \"$root/src/Leerruimte\"}" 2>&1)" || status=$?
[ "$status" -ne 0 ] || fail "the command passed in a folder without packs ($empty): $output"
grep -qF "geen pakketten gevonden in $empty/content" <<<"$output" || fail "no line saying where no pack was found: $output"
echo "validate-packs: ok   from a folder without packs it fails and says where it looked"
