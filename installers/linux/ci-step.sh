#!/usr/bin/env bash
# CI step for the Linux installers: installs what building and testing a .deb needs on a fresh Debian 12 (only what
# is missing: JDK, Maven, fakeroot, binutils, curl, and Xvfb with GTK for the window), then runs
# installers/linux/smoke-test.sh, which builds the app-image and the .deb and tests them.
# Arguments go to the smoke test (e.g. --build-dir DIR).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

need_install=()
command -v jpackage >/dev/null 2>&1 || need_install+=(openjdk-17-jdk-headless)   # jpackage and the JDK's jmods
command -v mvn >/dev/null 2>&1 || need_install+=(maven)
command -v fakeroot >/dev/null 2>&1 || need_install+=(fakeroot)                  # jpackage builds the .deb under it
command -v objcopy >/dev/null 2>&1 || need_install+=(binutils)                   # jlink strips native symbols; ar
command -v curl >/dev/null 2>&1 || need_install+=(curl)                           # the smoke test's health check
# The console's window under Xvfb, with the libraries the .deb depends on.
command -v xvfb-run >/dev/null 2>&1 || need_install+=(xvfb)
command -v xauth >/dev/null 2>&1 || need_install+=(xauth)                         # xvfb-run needs it
command -v xwininfo >/dev/null 2>&1 || need_install+=(x11-utils)
for lib in libgtk-3-0 libgl1 libxxf86vm1; do
  dpkg-query -W -f '${Status}' "$lib" 2>/dev/null | grep -q 'install ok installed' || need_install+=("$lib")
done
if [ ${#need_install[@]} -gt 0 ]; then
  echo "ci-step: installing ${need_install[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need_install[@]}"
fi

# gzip packs the .deb in seconds where dpkg's default xz takes about a minute; the release build keeps xz.
export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
exec installers/linux/smoke-test.sh "$@"
