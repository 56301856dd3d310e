#!/usr/bin/env bash
# Builds Omniroute's native installer for this OS with jpackage, with its own Java runtime inside:
#   Linux: the app-image folder omniroute/ and omniroute_<version>-1_<arch>.deb
#   macOS: omniroute.app and omniroute-<version>.dmg
# (Windows: installers/windows/build.ps1.) See installers/README.md.
#
# Usage: installers/build.sh [--type TYPE]... [--build-dir DIR] [--dest DIR] [--app-version X.Y.Z] [--skip-maven]
#   --type         app-image, deb (Linux) or dmg (macOS); repeatable (default: Linux app-image and deb, macOS dmg).
#                  Every installer is made from the app-image, so that is always built.
#   --build-dir    Maven's output folder (default: $OMNIROUTE_BUILD_DIR, else target)
#   --dest         where the app-image and installers go (default: BUILD_DIR/installer)
#   --app-version  numeric version (default: the pom's, without -SNAPSHOT)
#   --skip-maven   package the jars already in BUILD_DIR
# The .deb is packed with dpkg's default, xz; DPKG_DEB_COMPRESSOR_TYPE=gzip packs it in seconds (a bigger file).
set -euo pipefail
# (This runs on macOS's bash 3.2 too: no bash 4 features.)

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
installers="$repo/installers"
build_dir="${OMNIROUTE_BUILD_DIR:-target}"
dest=""
version=""
skip_maven=false
types=()

die() { echo "build.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --type) types+=("${2:?--type needs a value}"); shift 2 ;;
    --build-dir) build_dir="${2:?--build-dir needs a folder}"; shift 2 ;;
    --dest) dest="${2:?--dest needs a folder}"; shift 2 ;;
    --app-version) version="${2:?--app-version needs a version}"; shift 2 ;;
    --skip-maven) skip_maven=true; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
done

# Per OS: default installers, JavaFX's jar classifier, its native libraries, and where the runtime looks for them.
case "$(uname -s)" in
  Linux)
    os=linux; fx_classifier=linux; natives='so'; image=omniroute; natives_dir=lib/runtime/lib
    [ ${#types[@]} -gt 0 ] || types=(app-image deb) ;;
  Darwin)
    os=macos; fx_classifier=mac; natives='dylib'; image=omniroute.app; natives_dir=Contents/runtime/Contents/Home/lib
    [ ${#types[@]} -gt 0 ] || types=(dmg) ;;
  *) die "this script builds on Linux and macOS; on Windows run installers\\windows\\build.ps1" ;;
esac
for type in "${types[@]}"; do
  case "$os:$type" in
    linux:app-image|linux:deb|macos:app-image|macos:dmg) ;;
    *) die "--type $type cannot be built on $os (Linux: app-image, deb; macOS: app-image, dmg)" ;;
  esac
done

cd "$repo"
case "$build_dir" in /*) ;; *) build_dir="$repo/$build_dir" ;; esac
dest="${dest:-$build_dir/installer}"
case "$dest" in /*) ;; *) dest="$repo/$dest" ;; esac
deps="$build_dir/installer-deps"

command -v jpackage >/dev/null || die "jpackage is missing: install a full JDK 17 (Debian: openjdk-17-jdk)"
if [ "$skip_maven" = false ]; then
  command -v mvn >/dev/null || die "mvn is missing: install Maven 3.8+"
  rm -rf "$deps"
  step_start=$SECONDS
  mvn -B -q -Dstyle.color=never -Dbuild.dir="$build_dir" -Dmaven.test.skip=true \
      package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$deps"
  echo "build.sh: jars built in $((SECONDS - step_start)) s"
fi

# The plain project jar (the shade plugin keeps it as original-omniroute.jar): the shaded omniroute.jar also holds
# JavaFX's classes, which would then be on the class path and in the runtime's javafx modules at once.
app_jar="$build_dir/original-omniroute.jar"
[ -f "$app_jar" ] || die "$app_jar is missing: build without --skip-maven"
[ -d "$deps" ] || die "$deps is missing: build without --skip-maven"
if jar tf "$app_jar" | grep -q '^javafx/'; then
  die "$app_jar contains JavaFX classes: expected the project's own classes only"
fi

# JavaFX goes on the module path (its platform jars: javafx-graphics-21.0.11-linux.jar, ...) and is linked into the
# runtime; the empty javafx-*-<version>.jar stand-ins are left out. Everything else is the class path (--input).
stage="$build_dir/jpackage"
rm -rf "$stage"
mkdir -p "$stage/input" "$stage/javafx" "$stage/natives" "$dest"
cp "$app_jar" "$stage/input/omniroute.jar"
for jar in "$deps"/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*-"$fx_classifier"*.jar) cp "$jar" "$stage/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$stage/input/" ;;
  esac
done
ls "$stage/javafx"/javafx-graphics-*.jar >/dev/null 2>&1 \
  || die "no javafx-graphics-*-$fx_classifier*.jar in $deps: did Maven resolve JavaFX for this OS?"

if [ -z "$version" ]; then
  version="$(sed -n 's/^version=//p' "$build_dir/maven-archiver/pom.properties")"
  version="${version%%-*}"
fi
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "app version '$version' must be numeric, e.g. 0.1.0 (--app-version)"

jpackage_step() {
  local type="$1"; shift
  local step_start=$SECONDS
  jpackage @"$installers/omniroute.jpackage" --app-version "$version" --type "$type" --dest "$dest" "$@"
  echo "build.sh: $type built in $((SECONDS - step_start)) s"
}

rm -rf "${dest:?}/$image"
if [ "$os" = linux ]; then
  jpackage_step app-image @"$installers/app-image.jpackage" --icon "$installers/linux/omniroute.png" \
      --input "$stage/input" --main-jar omniroute.jar --module-path "$stage/javafx"
else
  jpackage_step app-image @"$installers/app-image.jpackage" --icon "$installers/macos/omniroute.icns" \
      --input "$stage/input" --main-jar omniroute.jar --module-path "$stage/javafx" \
      --mac-package-identifier io.omniroute.console --mac-package-name Omniroute
fi

# jlink keeps JavaFX's native libraries inside the modules, so JavaFX would unpack them into ~/.openjfx/cache on the
# first window. Put beside the runtime's own libraries, they load from there and the app writes nothing to home.
for jar in "$stage"/javafx/*.jar; do
  libs=()
  while IFS= read -r lib; do libs+=("$lib"); done < <(jar tf "$jar" | grep -E "^[^/]+\.$natives\$" || true)
  if [ ${#libs[@]} -gt 0 ]; then
    (cd "$stage/natives" && jar xf "$jar" "${libs[@]}")
  fi
done
cp "$stage/natives"/*."$natives" "$dest/$image/$natives_dir/"
echo "build.sh: $(du -sh "$dest/$image" | cut -f1) $dest/$image"

for type in "${types[@]}"; do
  case "$type" in
    deb)
      command -v fakeroot >/dev/null || die "a .deb needs fakeroot (apt-get install fakeroot)"
      rm -f "$dest"/omniroute_*.deb
      # jpackage turns the libraries that the runtime's natives need into Depends only where they are installed on
      # this machine; named here, JavaFX's always are: GTK 3 (libglassgtk3), GL and XF86VidMode (libprism_es2).
      jpackage_step deb --app-image "$dest/$image" --icon "$installers/linux/omniroute.png" \
          --resource-dir "$installers/linux/resources" \
          --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1" \
          --linux-menu-group Office --linux-app-category misc --linux-shortcut
      echo "build.sh: $(du -h "$dest"/omniroute_*.deb | cut -f1) $(ls "$dest"/omniroute_*.deb)" ;;
    dmg)
      rm -f "$dest"/omniroute-*.dmg
      jpackage_step dmg --app-image "$dest/$image" --icon "$installers/macos/omniroute.icns" \
          --mac-package-identifier io.omniroute.console --mac-package-name Omniroute
      echo "build.sh: $(du -h "$dest"/omniroute-*.dmg | cut -f1) $(ls "$dest"/omniroute-*.dmg)" ;;
  esac
done
