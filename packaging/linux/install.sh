#!/bin/sh
# Add OmniPrint to your desktop's app menu (for you only; no root needed):
#   ./install.sh            install from the folder this script is in
#   ./install.sh --remove   take it out of the menu again
# The program stays where you unpacked it; move the folder first if you want it elsewhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/omniprint.desktop"
    for size in 16 24 32 48 64 128 256 512; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/omniprint.png"
    done
    echo "OmniPrint removed from the app menu (the folder $here is untouched)."
    exit 0
fi
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/icons/omniprint-$size.png" "$data/icons/hicolor/${size}x${size}/apps/omniprint.png"
done
mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\"$here/omniprint\"|" -e "s|^TryExec=.*|TryExec=$here/omniprint|" \
    "$here/omniprint.desktop" > "$apps/omniprint.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "OmniPrint added to the app menu. From a terminal: $here/omniprint --help"
