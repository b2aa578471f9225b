#!/usr/bin/env bash
# Lists Ui.* keys used in the code that are not yet in Ui.resx.
cd "$(dirname "$0")/.."
grep -rhoE "Ui\.[A-Z][A-Za-z0-9_]+" src/Leerruimte --include=*.cs --include=*.razor | sed 's/^Ui\.//' | sort -u > /tmp/used-keys
grep -oE 'data name="[^"]+"' src/Leerruimte/Resources/Ui.resx | sed 's/data name="//; s/"//' | sort -u > /tmp/known-keys
comm -23 /tmp/used-keys /tmp/known-keys
