#!/usr/bin/env bash
# Runs the PyInstaller bundle (make bundle) as a user would (packaging/smoke.sh), and
# says its size.   packaging/test-bundle.sh [dist/workshop]
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$(cd "${1:-$checkout/dist/workshop}" && pwd)"
[ -x "$bundle/workshop" ] || { echo "test-bundle: no bundle at $bundle (make bundle)" >&2; exit 1; }
echo "bundle: $bundle, $(du -sm "$bundle" | cut -f1) MB unpacked"
res="$bundle/_internal/workshop/resources"
[ -d "$res" ] || { echo "test-bundle: $res is missing" >&2; exit 1; }
"$checkout/packaging/smoke.sh" "$bundle/workshop" "$res" env WORKSHOP_SMOKE_GUI=1 "$bundle/workshop"
echo
echo "test-bundle: all passed"
