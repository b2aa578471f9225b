#!/usr/bin/env bash
# Starts Leerruimte on the embedded SQLite database (data/ under src/Leerruimte), migrated at start,
# with the demo organisations loaded. The demo logins are listed in README.md.
set -euo pipefail
cd "$(dirname "$0")"
port="${PORT:-5080}"
echo "Leerruimte starts on http://localhost:${port}  (Ctrl+C to stop; demo logins in README.md)"
# Links in e-mails go to this address, never to the Host header a request brings. The data folder is named
# here: a relative one would be taken from the app's own folder (the build output under bin/).
exec dotnet run --project src/Leerruimte --launch-profile http -- --urls "http://0.0.0.0:${port}" \
  --App:PublicUrl "http://localhost:${port}" --Database:DataFolder "$(pwd)/src/Leerruimte/data"
