#!/usr/bin/env bash
# CI step: builds the Debian package from a built tree, installs it the way IT would (apt
# resolves the dependencies), checks what it installed and that the installed program runs,
# then purges it and whatever it pulled in, so the machine is left as it was.
# Usage: packaging/linux/check-deb.sh <build dir>    (as root, or it re-runs itself via sudo)
set -euo pipefail

fail() {
  echo "check-deb: FAILED: $*" >&2
  exit 1
}
say() { echo "check-deb: $*"; }

if [ $# -ne 1 ]; then
  echo "usage: $0 <build dir>" >&2
  exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=DEBIAN_FRONTEND "$0" "$@"
fi
export DEBIAN_FRONTEND=noninteractive
# The program's messages are checked below; read them in English.
export LC_ALL=C.UTF-8
unset LANGUAGE

[ -f "$1/CPackConfig.cmake" ] || fail "$1 is not a configured build tree (no CPackConfig.cmake)"
build=$(cd "$1" && pwd)
package=stethoscope

installed() { dpkg-query -W -f='${db:Status-Status}\n' "$1" 2>/dev/null | grep -qx installed; }
installed_packages() {
  dpkg-query -W -f='${db:Status-Status} ${Package}\n' | awk '$1 == "installed" { print $2 }' | sort
}

scratch=$(mktemp -d)
added=()
cleanup() {
  if dpkg-query -W "$package" >/dev/null 2>&1; then
    say "purging $package ${added[*]}"
    apt-get purge -y -qq "$package" "${added[@]}" >/dev/null || echo "check-deb: could not purge $package" >&2
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# A left-over install (an earlier run that was interrupted) would make apt skip the install.
if dpkg-query -W "$package" >/dev/null 2>&1; then
  say "purging the $package already on this machine first"
  apt-get purge -y -qq "$package" >/dev/null
fi

say "building the package in $build"
(cd "$build" && cpack -G DEB) >"$scratch/cpack.log" 2>&1 || {
  cat "$scratch/cpack.log" >&2
  fail "cpack -G DEB did not build the package"
}
deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' "$scratch/cpack.log" | tail -n 1)
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
  cat "$scratch/cpack.log" >&2
  fail "cpack reported no .deb"
fi
version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "${package}_${version}_${arch}.deb" ] ||
  fail "the package is named $(basename "$deb"), not ${package}_${version}_${arch}.deb"
say "built $(basename "$deb"); it depends on: $(dpkg-deb -f "$deb" Depends)"

say "installing it with apt-get"
installed_packages >"$scratch/before"
apt-get install -y -qq "$deb" >"$scratch/apt.log" 2>&1 || {
  cat "$scratch/apt.log" >&2
  fail "apt-get install $deb failed"
}
installed_packages >"$scratch/after"
mapfile -t added < <(comm -13 "$scratch/before" "$scratch/after" | grep -vx "$package" || true)
installed "$package" || fail "$package is not installed after apt-get install"
[ ${#added[@]} -eq 0 ] || say "apt-get also installed ${added[*]} (purged at the end)"

say "checking the installed files"
for f in /usr/bin/stethoscope \
  /usr/share/applications/org.stethoscope.Stethoscope.desktop \
  /usr/share/icons/hicolor/scalable/apps/org.stethoscope.Stethoscope.svg \
  /etc/xdg/autostart/stethoscope-autostart.desktop \
  /etc/xdg/Stethoscope/stethoscope.conf.sample; do
  [ -f "$f" ] || fail "$f is not installed"
  dpkg -S "$f" >/dev/null 2>&1 || fail "$f is not owned by the package"
done
[ -x /usr/bin/stethoscope ] || fail "/usr/bin/stethoscope is not executable"
[ ! -e /etc/xdg/Stethoscope/stethoscope.conf ] || fail "the package installed the live stethoscope.conf; it must ship only the sample"
conffiles=$(dpkg-query -W -f='${Conffiles}\n' "$package")
for f in /etc/xdg/autostart/stethoscope-autostart.desktop /etc/xdg/Stethoscope/stethoscope.conf.sample; do
  grep -q " $f " <<<"$conffiles" || fail "$f is not a conffile"
done

if command -v desktop-file-validate >/dev/null; then
  for f in /usr/share/applications/org.stethoscope.Stethoscope.desktop \
    /etc/xdg/autostart/stethoscope-autostart.desktop; do
    desktop-file-validate "$f" || fail "desktop-file-validate rejects $f"
  done
  say "desktop-file-validate accepts both desktop entries"
else
  say "desktop-file-validate not found (desktop-file-utils): desktop entries not validated"
fi

# The installed program runs, with a scratch home so that it leaves nothing behind.
export HOME="$scratch/home"
unset XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_HOME XDG_STATE_HOME
mkdir -p "$HOME"
cd "$scratch"

say "running /usr/bin/stethoscope --version"
out=$(/usr/bin/stethoscope --version) || fail "stethoscope --version exited with $?"
grep -qF "$version" <<<"$out" || fail "stethoscope --version printed \"$out\", not version $version"
say "  $out"

say "running /usr/bin/stethoscope --report --demo --format json"
rc=0
/usr/bin/stethoscope --report --demo --format json >"$scratch/report.json" 2>"$scratch/report.err" || rc=$?
if [ $rc -ne 0 ]; then
  cat "$scratch/report.err" >&2
  fail "stethoscope --report --demo --format json exited with $rc"
fi
devices=$(jq -e '.devices | length' "$scratch/report.json" 2>/dev/null) || fail "the report is not JSON with a devices list"
[ "$devices" -gt 0 ] || fail "the demo report lists no devices"
say "  a JSON report of $devices devices"

# Every key in the sample is one the program knows: IT can uncomment any of them.
sed -E 's/^;([a-z_]+=)/\1/' /etc/xdg/Stethoscope/stethoscope.conf.sample >"$scratch/uncommented.conf"
keys=$(grep -cE '^[a-z_]+=' "$scratch/uncommented.conf")
# (It then stops at the example values; the time limit is for a change that makes it go on.)
timeout 60 /usr/bin/stethoscope --report --config "$scratch/uncommented.conf" >/dev/null 2>"$scratch/config.err" || true
if grep -qiE 'unknown key|not a valid INI' "$scratch/config.err"; then
  cat "$scratch/config.err" >&2
  fail "the sample configuration has a key the program does not know"
fi
say "  all $keys keys of the sample configuration are known to the program"

cd /
say "removing the package"
apt-get purge -y -qq "$package" "${added[@]}" >/dev/null || fail "apt-get purge $package failed"
! dpkg-query -W "$package" >/dev/null 2>&1 || fail "$package is still known to dpkg after the purge"
for f in /usr/bin/stethoscope /etc/xdg/autostart/stethoscope-autostart.desktop \
  /etc/xdg/Stethoscope/stethoscope.conf.sample; do
  [ ! -e "$f" ] || fail "$f is still there after the purge"
done
say "OK: $(basename "$deb") installs, runs and purges cleanly"
