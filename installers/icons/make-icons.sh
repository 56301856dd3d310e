#!/usr/bin/env bash
# Re-makes the installers' icons from the one drawing, omniroute.svg:
#   linux/omniroute.png (256 px), windows/omniroute.ico (16-256 px), macos/omniroute.icns (16-1024 px).
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin; macOS: brew install librsvg) and python3.
# The icons are committed: run this only after changing the drawing, then commit the four files together.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
installers="$(dirname "$here")"
svg="$here/omniroute.svg"

command -v rsvg-convert >/dev/null || { echo "make-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "make-icons: python3 is missing" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

png() { rsvg-convert --width "$1" --height "$1" --format png "$svg" --output "$work/$1.png"; echo "$work/$1.png"; }

cp "$(png 256)" "$installers/linux/omniroute.png"
python3 "$here/pack-icons.py" ico "$installers/windows/omniroute.ico" \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)"
python3 "$here/pack-icons.py" icns "$installers/macos/omniroute.icns" \
    "$(png 16)" "$(png 32)" "$(png 64)" "$(png 128)" "$(png 256)" "$(png 512)" "$(png 1024)"

ls -l "$installers/linux/omniroute.png" "$installers/windows/omniroute.ico" "$installers/macos/omniroute.icns"
