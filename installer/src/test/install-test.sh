#!/usr/bin/env bash
# Install test of the built .deb, without root and without touching the system:
#   1. unpacks the .deb into a throwaway root (dpkg-deb -x) and checks its Depends names libgtk-3-0;
#   2. runs the installed launcher with --help (the commands must be listed), checks the AOT cache is usable
#      from the installed location, and runs RuntimeSmoke.java (H2, Flyway, Hibernate, Bouncy Castle's Argon2, OpenPGP and
#      Ed25519, NOVA's PDF writer with its embedded fonts, HttpClient over TLS with certificate checks, phone numbers, French locale data) on the
#      installed runtime, so a module or a class missing from the package shows up here;
#   3. makes a demo store with the installed launcher's `setup --demo`, so that the window is the login screen,
#      starts the installed launcher under Xvfb on a free display, waits for a window whose name starts with
#      "NOVA", takes a screenshot into installer/target/install-test/, and reports the time to that window.
# It builds nothing: run `mvn -P installer -DskipTests package` first.
#
# Usage: installer/src/test/install-test.sh [path/to/nova_VERSION_amd64.deb]
# Environment: NOVA_TEST_RUNS=N starts the app N times (time of each run and the median are printed);
#              NOVA_TEST_AOT=off starts it with the AOT cache switched off (-XX:AOTMode=off), to compare.
# Needs: dpkg-deb, Xvfb, xwininfo (x11-utils), import (imagemagick), a JDK 25 (javac) for the runtime check.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
module="$(cd "$here/../.." && pwd)"
out="$module/target/install-test"
deb="${1:-}"
if [ -z "$deb" ]; then
  deb="$(ls "$module"/target/installers/nova_*_amd64.deb 2>/dev/null | head -n 1 || true)"
fi
runs="${NOVA_TEST_RUNS:-1}"
aot="${NOVA_TEST_AOT:-on}"
timeout_s=60

fail() { echo "ECHEC: $*" >&2; exit 1; }
for tool in dpkg-deb Xvfb xwininfo import; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install dpkg xvfb x11-utils imagemagick)"
done
[ -f "$deb" ] || fail "no .deb given and none in $module/target/installers (run mvn -P installer -DskipTests package)"

mkdir -p "$out"
work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== Paquet : $deb ($(du -h "$deb" | cut -f1))"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
grep -q 'libgtk-3-0' <<<"$depends" || fail "Depends does not name libgtk-3-0"

root="$work/root"
dpkg-deb -x "$deb" "$root"
launcher="$(ls "$root"/opt/*/bin/* | head -n 1)"
[ -x "$launcher" ] || fail "no launcher under $root/opt/*/bin"
echo "== Lanceur installé : ${launcher#"$root"}"
echo "Taille installée : $(du -sh "$root/opt" | cut -f1)"

# The app writes nothing into the real home: JavaFX caches and NOVA data go to the throwaway root.
export HOME="$work/home"
mkdir -p "$HOME"

help="$("$launcher" --help 2>&1)" || fail "--help failed: $help"
echo "$help" | sed 's/^/  | /'
grep -q 'Usage: nova' <<<"$help" || fail "--help does not print the usage"
grep -q 'Commands:' <<<"$help" || fail "--help does not list the commands"

cache="$(ls "$root"/opt/*/lib/app/nova.aot 2>/dev/null | head -n 1 || true)"
if [ -n "$cache" ]; then
  # -XX:AOTMode=on turns "cache not usable" into a start-up error instead of a silent slow start.
  JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$launcher" --version >/dev/null 2>"$work/aot.err" \
    || fail "the AOT cache is refused at the installed location: $(cat "$work/aot.err")"
  echo "Cache AOT utilisable depuis l'emplacement installé ($(du -h "$cache" | cut -f1))"
else
  echo "Pas de cache AOT dans le paquet"
  aot="absent"
fi

# The trimmed runtime against the libraries: compiled with the JDK running this script (javac from JAVA_HOME or
# PATH), run with the installed runtime.
javac_bin="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
command -v "$javac_bin" >/dev/null || fail "javac is missing: set JAVA_HOME to a JDK 25"
app_dir="$(dirname "$cache")"
[ -n "$cache" ] || app_dir="$(ls -d "$root"/opt/*/lib/app | head -n 1)"
mkdir -p "$work/smoke"
"$javac_bin" -d "$work/smoke" -cp "$app_dir/nova-app.jar:$app_dir/lib/*" "$here/RuntimeSmoke.java"
# The key of the loopback HTTPS server the smoke test talks to: EC P-256 (what a hub certificate usually is),
# named for localhost so that HttpClient's host name check runs too.
keytool_bin="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
"$keytool_bin" -genkeypair -alias hub -keyalg EC -groupname secp256r1 -dname CN=localhost \
  -ext san=dns:localhost -validity 2 -keystore "$work/smoke/hub.p12" -storetype PKCS12 -storepass smoke-pass \
  >/dev/null 2>&1 || fail "keytool could not make the test key"
smoke="$("$root"/opt/*/lib/runtime/bin/java -Djava.awt.headless=true \
  -cp "$work/smoke:$app_dir/nova-app.jar:$app_dir/lib/*" RuntimeSmoke "$work/smoke/hub.p12" smoke-pass 2>&1)" || { echo "$smoke" >&2; fail "the installed runtime misses a module"; }
grep -E '^(H2|PostgreSQL|Flyway|Hibernate|Bouncy|Jackson|PDFBox|HttpClient|Phone|Locale|RUNTIME OK)' <<<"$smoke" | sed 's/^/  runtime: /'
grep -q '^RUNTIME OK' <<<"$smoke" || fail "runtime smoke test did not finish"

display=""
for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || fail "no free X display between :90 and :140"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.05; done
export DISPLAY="$display"

# Prints the id of a viewable top-level window whose name starts with NOVA, or nothing.
nova_window() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | awk '/^ +0x[0-9a-f]+ "NOVA/ {print $1}'); do
    if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then echo "$id"; return; fi
  done
}

# A demo store made by the installed launcher's own `setup`, so the window is the login screen a desk sees every
# morning (an empty data directory would show the first-run wizard instead).
printf 'demo1234\n' | "$launcher" setup --data-dir "$work/data" --profile cabinet-alger --admin admin \
    --password-stdin --demo >"$work/setup.log" 2>&1 || { cat "$work/setup.log" >&2; fail "setup --demo failed"; }

extra_opts=""
[ "$aot" = "off" ] && extra_opts="-XX:AOTMode=off"
times=()
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  JAVA_TOOL_OPTIONS="$extra_opts" "$launcher" --data-dir "$work/data" >"$work/app.log" 2>&1 &
  app_pid=$!
  window=""
  while [ -z "$window" ]; do
    window="$(nova_window)"
    [ -n "$window" ] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app ended before showing a window"; }
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt "$timeout_s" ] || { cat "$work/app.log" >&2; fail "no NOVA window after ${timeout_s}s"; }
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  name="$(xwininfo -id "$window" | sed -n 's/^xwininfo: Window id: [^ ]* "\(.*\)"$/\1/p')"
  echo "Essai $run : fenêtre « $name » en $ms ms (AOT $aot)"
  if [ "$run" -eq 1 ]; then
    sleep 1  # lets the first frames paint before the screenshot
    import -display "$display" -window root "$out/nova-window.png"
    echo "Capture : $out/nova-window.png"
  fi
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=""
done

median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
echo "Temps jusqu'à la fenêtre (ms) : ${times[*]} ; médiane $median (AOT $aot, $runs essai(s))"
echo "OK"
