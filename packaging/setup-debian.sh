#!/usr/bin/env bash
# Installs everything needed to build, run and test Stethoscope desktop on Debian 12 or
# Ubuntu 22.04+. Idempotent and non-interactive; run as root or through sudo.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build clang-format pkg-config
  # Qt 6 (Core, Network, Widgets, D-Bus, Test) and Qt SVG for the icons, and its tools
  qt6-base-dev qt6-base-dev-tools libgl-dev qt6-svg-dev
  # translations (lupdate, lrelease)
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # RS256 signing for Google service accounts
  libssl-dev
  # the OS keychain (Secret Service on Linux)
  qtkeychain-qt6-dev
  # tests (curl stands in for the browser in the sign-in tests)
  catch2 curl
  # keychain tests: a private D-Bus session with an unlocked gnome-keyring;
  # secret-tool (libsecret-tools) to inspect what the tests stored
  dbus gnome-keyring libsecret-tools
  # the tray app's end-to-end test: an X server, a system tray host, clicks and screenshots
  xvfb trayer xdotool x11-utils imagemagick
  # a font with Japanese glyphs for the translated windows' tests and screenshots
  fonts-ipafont-gothic
  # the Debian package: dpkg-shlibdeps (dpkg-dev, which uses file) computes its dependencies;
  # packaging/linux/check-deb.sh validates its desktop entries and reads its JSON report
  dpkg-dev file desktop-file-utils jq
  # the Windows installer, built and checked on Linux (packaging/windows/check-msi.sh):
  # wixl compiles the .wxs, msitools reads and completes the MSI; xmllint checks the .wxs and
  # the Group Policy templates
  wixl msitools libxml2-utils
  # the fuzz preset: clang with libFuzzer and the sanitizer runtimes (tests/fuzz)
  clang libclang-rt-14-dev
)

if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=DEBIAN_FRONTEND "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-debian: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "setup-debian: installing ${missing[*]}"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
