#!/usr/bin/env bash
# Builds the wheel, installs it into a fresh venv in a temporary folder outside the
# checkout, and runs the app from there as a user would. Any failure exits non-zero.
#   packaging/test-wheel.sh [PYTHON]
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
python="${1:-python3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { echo "test-wheel: $*" >&2; exit 1; }
start=$SECONDS

step "build the wheel"
"$python" -m pip wheel --no-deps -q -w "$tmp/dist" "$checkout" >"$tmp/build.log" 2>&1 ||
  { cat "$tmp/build.log"; fail "the wheel did not build"; }
wheel=$(ls "$tmp"/dist/*.whl)
echo "$wheel"

step "install it into a fresh venv (dependencies from pip's cache)"
"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q "$wheel" 2> >(grep -v "is ignored: it is neither" >&2)
echo "installed in $((SECONDS - start)) s"

# From a folder that is not the checkout, with a data folder of its own.
mkdir -p "$tmp/run" && cd "$tmp/run"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" QT_QPA_PLATFORM=offscreen
ws="$tmp/venv/bin/workshop"
lib="$tmp/library.sqlite"

step "the resources come from the install, not the checkout"
res=$("$tmp/venv/bin/python" -c "from workshop import paths; paths.check_resources(); print(paths.resources_dir())")
echo "$res"
case "$res" in "$tmp/venv/"*) ;; *) fail "resources found outside the venv: $res" ;; esac

step "workshop --version"
"$ws" --version | grep -E '^workshop [0-9]' || fail "no version"

step "deck list: the starter decks"
"$ws" --library "$lib" deck list | tee "$tmp/decks.txt"
[ "$(wc -l <"$tmp/decks.txt")" -ge 2 ] || fail "the starter decks are missing"

step "demo"
session=$("$ws" --library "$lib" demo --title "Wheel demo" | tail -1)
[ -n "$session" ] || fail "demo printed no session id"

step "session export: a PDF with text"
"$ws" --library "$lib" session export "$session" --summary "$tmp/summary.pdf"
text=$(pdftotext "$tmp/summary.pdf" -)
grep -q "Wheel demo" <<<"$text" || fail "the summary PDF lacks its title"

step "deck import of the sample JSON shipped in the install"
"$ws" --library "$lib" deck import "$res/samples/sample-deck.json"
"$ws" --library "$lib" deck list | grep -q "Sample deck" || fail "the sample deck was not imported"

step "session archive and restore"
"$ws" --library "$lib" session archive "$session" --to "$tmp/archive.json"
"$ws" --library "$lib" session restore "$tmp/archive.json"
[ "$("$ws" --library "$lib" session list | grep -c "Wheel demo")" = 2 ] || fail "restore added no session"

step "the window, offscreen, in Dutch"
"$tmp/venv/bin/python" "$checkout/packaging/smoke_gui.py" "$lib" nl

echo
echo "test-wheel: all passed in $((SECONDS - start)) s"
