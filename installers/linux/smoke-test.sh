#!/usr/bin/env bash
# Smoke test of the Linux installers: builds the app-image and the .deb (installers/build.sh), unpacks the .deb into a
# temporary root (dpkg-deb -x: no root, nothing installed), and runs the unpacked program through a /usr/bin/omniroute
# link, as postinst makes it:
#   1. generate and simulate a small scenario, with the packaged program and with `java -jar` of the shaded jar:
#      the scenario and every result file, kpis.json included, must be byte-identical;
#   2. serve on a free loopback port answers GET /api/v1/health, and sync --once pulls its change feed;
#   3. without a command and without a display, the console runs headless on its embedded backend;
#   4. without a command under Xvfb, the console's window opens, with JavaFX's natives loaded from the runtime
#      (nothing unpacked into the home folder). Needs xvfb-run and xwininfo (apt: xvfb x11-utils), else skipped.
# Prints each step's time and the installers' sizes; exits non-zero on the first failure.
#
# Usage: installers/linux/smoke-test.sh [--build-dir DIR] [--deb FILE --jar FILE [--app-image DIR]]
#   --build-dir  Maven's output folder for the build (default: $OMNIROUTE_BUILD_DIR, else target)
#   --deb, --jar test these instead of building: the .deb and the shaded omniroute.jar to compare against;
#                --app-image is then only measured
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_dir="${OMNIROUTE_BUILD_DIR:-target}"
deb="" jar="" app_image=""
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir="${2:?--build-dir needs a folder}"; shift 2 ;;
    --deb) deb="${2:?--deb needs a file}"; shift 2 ;;
    --jar) jar="${2:?--jar needs a file}"; shift 2 ;;
    --app-image) app_image="${2:?--app-image needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "smoke-test: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/omniroute-smoke.XXXXXX")"
pids=()
cleanup() {
  [ ! -f "$work/window.pid" ] || pids+=("$(cat "$work/window.pid")")
  for pid in "${pids[@]}"; do
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

timings=()
passed=0
started=$SECONDS
step_start=$SECONDS
step() { step_start=$SECONDS; echo "smoke-test: $*"; }
done_step() {
  timings+=("$(printf '%-34s %4d s' "$1" $((SECONDS - step_start)))")
  passed=$((passed + 1))
}
fail() {
  echo "smoke-test: FAILED: $1" >&2
  if [ $# -gt 1 ] && [ -f "$2" ]; then
    echo "---- last lines of $2" >&2
    tail -n 25 "$2" >&2
  fi
  echo "smoke-test: $passed passed, 1 failed"
  exit 1
}

# What a missing module or native library looks like in a log (a CLI error line, or a background thread's death).
broken='^error:|Exception in thread|NoClassDefFoundError|ClassNotFoundException|UnsatisfiedLinkError|No implementation of'

# Waits until FILE has a line matching REGEX, while process PID runs, for at most SECONDS.
wait_for_line() {
  local file="$1" regex="$2" pid="$3" limit="$4" waited=0
  until grep -Eq "$regex" "$file" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$waited" -lt $((limit * 4)) ] || return 1
    sleep 0.25
    waited=$((waited + 1))
  done
}

# Stops process PID with SIGTERM (the JVM's shutdown hooks run, as on Ctrl-C) and waits at most 30 s for it to end.
stop() {
  local pid="$1" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    [ "$waited" -lt 120 ] || fail "process $pid did not stop within 30 s of SIGTERM"
    sleep 0.25
    waited=$((waited + 1))
  done
  wait "$pid" 2>/dev/null || true
}

for tool in dpkg-deb ar curl java; do
  command -v "$tool" >/dev/null || fail "$tool is missing"
done

if [ -z "$deb" ]; then
  step "building the app-image and the .deb"
  case "$build_dir" in /*) ;; *) build_dir="$repo/$build_dir" ;; esac
  "$repo/installers/build.sh" --build-dir "$build_dir" --type app-image --type deb || fail "installers/build.sh failed"
  deb="$(ls "$build_dir"/installer/omniroute_*.deb)"
  jar="$build_dir/omniroute.jar"
  app_image="$build_dir/installer/omniroute"
  done_step "build (Maven, app-image, .deb)"
fi
[ -f "$deb" ] || fail "no .deb at '$deb'"
[ -n "$jar" ] || fail "--deb needs --jar: the shaded omniroute.jar to compare against"
[ -f "$jar" ] || fail "no shaded jar at '$jar'"
absolute() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
deb="$(absolute "$deb")"
jar="$(absolute "$jar")"
[ -z "$app_image" ] || app_image="$(absolute "$app_image")"

step "unpacking $(basename "$deb")"
root="$work/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$work/control"
depends="$(dpkg-deb -f "$deb" Depends)"
for package in libgtk-3-0 libgl1 xdg-utils; do
  [[ ", $depends," == *", $package,"* ]] || fail "Depends lacks $package: $depends"
done
grep -q 'ln -sfn /opt/omniroute/bin/omniroute /usr/bin/omniroute' "$work/control/postinst" \
  || fail "postinst does not link /usr/bin/omniroute" "$work/control/postinst"
grep -q 'rm -f /usr/bin/omniroute' "$work/control/prerm" || fail "prerm does not remove /usr/bin/omniroute"
for file in bin/omniroute lib/omniroute-omniroute.desktop lib/omniroute.png lib/app/omniroute.jar \
            lib/runtime/lib/libglassgtk3.so; do
  [ -e "$root/opt/omniroute/$file" ] || fail "the package has no /opt/omniroute/$file"
done
# postinst's link, inside the temporary root: relative, so that it resolves there.
mkdir -p "$root/usr/bin"
ln -s ../../opt/omniroute/bin/omniroute "$root/usr/bin/omniroute"
omniroute="$root/usr/bin/omniroute"
"$omniroute" --version >"$work/version.log" 2>&1 || fail "omniroute --version failed" "$work/version.log"
done_step "unpack and check the package"

cd "$work"
step "generate and simulate: packaged program against java -jar"
gen=(generate --nodes 20 --skus 200 --orders 500 --seed 7)
"$omniroute" "${gen[@]}" --out scenario >generate.log 2>&1 || fail "packaged generate failed" generate.log
java -jar "$jar" "${gen[@]}" --out scenario-jar >generate-jar.log 2>&1 || fail "java -jar generate failed" generate-jar.log
diff -r scenario scenario-jar >/dev/null || fail "the packaged program and the jar generated different scenarios"
"$omniroute" simulate --quiet --scenario scenario --out run >simulate.log 2>&1 || fail "packaged simulate failed" simulate.log
java -jar "$jar" simulate --quiet --scenario scenario --out run-jar >simulate-jar.log 2>&1 \
  || fail "java -jar simulate failed" simulate-jar.log
[ -s run/kpis.json ] || fail "packaged simulate wrote no kpis.json" simulate.log
cmp run/kpis.json run-jar/kpis.json || fail "kpis.json differs between the packaged program and the jar"
diff -r run run-jar >/dev/null || fail "result files differ between the packaged program and the jar"
done_step "generate + simulate (x2), compared"

step "serve on a free loopback port, health, sync --once"
password="smoke-$RANDOM-$RANDOM"
echo "$password" | "$omniroute" user add --users users.tsv --name smoke --role ADMIN >user.log 2>&1 \
  || fail "user add failed" user.log
"$omniroute" serve --users users.tsv --bind 127.0.0.1 --port 0 --data-dir server --scenario scenario \
    >serve.log 2>&1 &
serve_pid=$!
pids+=("$serve_pid")
wait_for_line serve.log 'http://127\.0\.0\.1:[0-9]+/api/v1' "$serve_pid" 120 \
  || fail "serve did not report its address within 120 s" serve.log
api="$(grep -Eo 'http://127\.0\.0\.1:[0-9]+/api/v1' serve.log | head -n 1)"
health=""
for _ in $(seq 1 60); do
  health="$(curl -fsS --max-time 2 "$api/health" 2>/dev/null)" && break
  sleep 0.5
done
[[ "$health" == *'"status":"UP"'* ]] || fail "GET $api/health answered '$health'" serve.log
OMNIROUTE_PASSWORD="$password" "$omniroute" sync --once --server "${api%/api/v1}" --user smoke --data-dir cache \
    >sync.log 2>&1 || fail "sync --once failed" sync.log
stop "$serve_pid"
done_step "serve + health + sync --once"

step "no command, no display: the headless console"
env -u DISPLAY -u WAYLAND_DISPLAY "$omniroute" --data-dir console >console.log 2>&1 &
console_pid=$!
pids+=("$console_pid")
wait_for_line console.log '^embedded backend http://127\.0\.0\.1:' "$console_pid" 180 \
  || fail "the headless console's backend did not start within 180 s" console.log
stop "$console_pid"
grep -Eq "$broken" console.log && fail "the headless console reported an error" console.log
done_step "headless console start + stop"

if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
  step "no command, under Xvfb: the console's window"
  # The app runs in xvfb-run's display; its home is empty, so anything JavaFX unpacked would show up there.
  mkdir -p window-home
  # shellcheck disable=SC2016  # the script runs in xvfb-run's shell, which expands it
  HOME="$work/window-home" OMNIROUTE="$omniroute" timeout 150 xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
    "$OMNIROUTE" --data-dir window-data >window.log 2>&1 &
    app=$!
    echo "$app" >window.pid
    for _ in $(seq 1 120); do
      sleep 1
      kill -0 "$app" 2>/dev/null || { echo "the console exited: $(tail -n 3 window.log)"; exit 1; }
      xwininfo -root -tree | grep -q "\"Omniroute" && { kill -TERM "$app"; wait "$app"; exit 0; }
    done
    kill -KILL "$app"; echo "no window within 120 s"; exit 1' >window-check.log 2>&1 \
    || fail "the console's window did not open: $(cat window-check.log)" window.log
  [ ! -e window-home/.openjfx ] || fail "JavaFX unpacked its natives into the home folder instead of using the runtime's"
  # SIGTERM can race JavaFX's own shutdown hook into an NPE inside QuantumToolkit.dispose (the toolkit's bug, not the
  # app's); the check is for errors of the app, so that one trace is left out.
  awk '/^Exception in thread "Glass\/Prism Shutdown Hook"/ { skip = 1; next } skip && /^\t/ { next } { skip = 0; print }' \
    window.log | grep -Eq "$broken" && fail "the console's window reported an error" window.log
  done_step "console window open + stop"
else
  echo "smoke-test: skipped the console's window: no xvfb-run or xwininfo (apt-get install xvfb x11-utils)"
fi

echo
echo "smoke-test: passed in $((SECONDS - started)) s ($(head -n 1 version.log))"
printf '  %s\n' "${timings[@]}"
if [ -n "$app_image" ] && [ -d "$app_image" ]; then
  echo "  app-image  $(du -sh "$app_image" | cut -f1)  $app_image"
fi
echo "  .deb       $(du -h "$deb" | cut -f1)  $(stat -c %s "$deb") bytes, $(ar t "$deb" | grep '^data') ($deb)"
echo "  installed  $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "smoke-test: $passed passed, 0 failed"
