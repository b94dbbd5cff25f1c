#!/usr/bin/env bash
# Builds the wheel, installs it into a fresh venv in a temporary folder outside the
# checkout, and runs the app from there as a user would (packaging/smoke.sh).
#   packaging/test-wheel.sh [PYTHON]
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
python="${1:-python3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "test-wheel: $*" >&2; exit 1; }
start=$SECONDS

echo "== build the wheel"
"$python" -m pip wheel --no-deps -q -w "$tmp/dist" "$checkout" >"$tmp/build.log" 2>&1 ||
  { cat "$tmp/build.log"; fail "the wheel did not build"; }
wheel=$(ls "$tmp"/dist/*.whl)
echo "$wheel"

echo "== install it into a fresh venv (dependencies from pip's cache)"
"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q "$wheel" 2> >(grep -v "is ignored: it is neither" >&2)
echo "installed in $((SECONDS - start)) s"

echo "== the resources come from the install, not the checkout"
res=$(cd "$tmp" && "$tmp/venv/bin/python" -c \
  "from workshop import paths; paths.check_resources(); print(paths.resources_dir())")
echo "$res"
case "$res" in "$tmp/venv/"*) ;; *) fail "resources found outside the venv: $res" ;; esac

"$checkout/packaging/smoke.sh" "$tmp/venv/bin/workshop" "$res" \
  "$tmp/venv/bin/python" "$checkout/packaging/smoke_gui.py"
echo
echo "test-wheel: all passed in $((SECONDS - start)) s"
