#!/usr/bin/env bash
# Puts Workshop in the desktop's menu for this user: the entry, the icon at every size,
# the .wsdeck file type and the AppStream metainfo. The `workshop` command must be on PATH.
#   packaging/linux/install-desktop.sh [PREFIX]     (default ~/.local)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../../resources/icons"
prefix="${1:-$HOME/.local}"
id=io.github.workshop_facilitator.Workshop
share="$prefix/share"
install -Dm644 "$here/$id.desktop" "$share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.mime.xml" "$share/mime/packages/$id.xml"
install -Dm644 "$icons/workshop.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
for png in "$icons"/workshop-*.png; do
  size=$(basename "$png" .png | cut -d- -f2)
  install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Installed the menu entry, icon and .wsdeck file type under $share"
