#!/bin/sh
# Add Waystation to this user's application menu and make .wsdb files open in it.
# Run from the unpacked folder: ./share/install.sh   (no administrator rights needed)
# Undo: ./share/install.sh --remove
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
id=org.waystation.Waystation
if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$id.desktop" "$data/icons/hicolor/256x256/apps/$id.png" \
        "$data/metainfo/$id.metainfo.xml" "$data/mime/packages/$id.xml"
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  echo "Waystation removed from the menu (the folder $here and your casebooks are untouched)."
  exit 0
fi
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps" "$data/metainfo" \
         "$data/mime/packages"
sed "s|^Exec=waystation-gui|Exec=\"$here/waystation\"|" "$here/share/$id.desktop" \
  > "$data/applications/$id.desktop"
cp "$here/share/waystation-256.png" "$data/icons/hicolor/256x256/apps/$id.png"
cp "$here/share/$id.metainfo.xml" "$data/metainfo/"
cp "$here/share/$id.mime.xml" "$data/mime/packages/$id.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Waystation is in your application menu; .wsdb files open in it."
