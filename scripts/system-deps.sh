#!/usr/bin/env bash
# Debian packages Qt and the tests need. As root they are installed; otherwise
# the apt-get line is printed and set-up carries on (the app may not start).
#   scripts/system-deps.sh run    # what the app needs to open a window
#   scripts/system-deps.sh test   # plus what the headless tests need
set -u
run_pkgs="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxkbcommon-x11-0"
test_pkgs="poppler-utils chromium desktop-file-utils appstream shared-mime-info"
pkgs=$run_pkgs
[ "${1:-run}" = test ] && pkgs="$run_pkgs $test_pkgs"
command -v dpkg-query >/dev/null || exit 0   # not Debian: nothing to check here
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "These system packages are missing; install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
fi
