#!/usr/bin/env bash
# Runs an installed Workshop as a user would, from a folder outside the checkout.
#   packaging/smoke.sh WORKSHOP RESOURCES GUI...
# WORKSHOP is the command; RESOURCES the resources folder the install reads (checked to be
# inside it by the caller); GUI... the command that opens the window offscreen through
# packaging/smoke_gui.py with LIBRARY and LANGUAGE appended. Any failure exits non-zero.
set -euo pipefail
ws="$1" res="$2"
shift 2
gui=("$@")
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { echo "smoke: $*" >&2; exit 1; }
mkdir -p "$tmp/run" && cd "$tmp/run"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" QT_QPA_PLATFORM=offscreen
lib="$tmp/library.sqlite"

step "workshop --version"
"$ws" --version | grep -E '^workshop [0-9]' || fail "no version"

step "deck list: the starter decks"
"$ws" --library "$lib" deck list | tee "$tmp/decks.txt"
[ "$(wc -l <"$tmp/decks.txt")" -ge 2 ] || fail "the starter decks are missing"

step "demo"
session=$("$ws" --library "$lib" demo --title "Smoke demo" | tail -1)
[ -n "$session" ] || fail "demo printed no session id"
echo "session $session"

step "session export: a PDF with text"
"$ws" --library "$lib" session export "$session" --summary "$tmp/summary.pdf"
text=$(pdftotext "$tmp/summary.pdf" -)
grep -q "Smoke demo" <<<"$text" || fail "the summary PDF lacks its title"

step "deck import of the sample JSON shipped in the install"
"$ws" --library "$lib" deck import "$res/samples/sample-deck.json"
"$ws" --library "$lib" deck list | grep -q "Sample deck" || fail "the sample deck was not imported"

step "session archive and restore"
"$ws" --library "$lib" session archive "$session" --to "$tmp/archive.json"
"$ws" --library "$lib" session restore "$tmp/archive.json"
[ "$("$ws" --library "$lib" session list | grep -c "Smoke demo")" = 2 ] || fail "restore added no session"

step "the window, offscreen, in Dutch"
start=$(date +%s%N)
"${gui[@]}" "$lib" nl
echo "window shown and closed in $(( ($(date +%s%N) - start) / 1000000 )) ms (300 ms of it waiting)"
