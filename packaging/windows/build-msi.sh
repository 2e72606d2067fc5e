#!/usr/bin/env bash
# Builds the Windows installer on Linux with wixl (msitools):
#
#   packaging/windows/build-msi.sh STETHOSCOPE_EXE OUT.msi [VERSION]
#
# VERSION defaults to the project version in CMakeLists.txt. On Windows, build the same
# stethoscope.wxs with WiX v3 (candle + light) instead.
#
# wixl 0.101 (Debian 12) cannot compile two things the .wxs uses: a Component's <Condition>
# (each policy value is written only when its property is given) and <ShortcutProperty> (the
# Start-menu shortcut's AppUserModelID); it also ignores Property/@Secure. So this script
# defines Wixl, which leaves those elements out, and then writes the very rows WiX would make
# from them into the MSI with msibuild: Component.Condition, the MsiShortcutProperty table and
# SecureCustomProperties. The rows are read from the .wxs files, never repeated here.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
wxs="$here/stethoscope.wxs"
setup="$here/stethoscope-setup.wxs"

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 STETHOSCOPE_EXE OUT.msi [VERSION]" >&2
  exit 2
fi
exe="$1"
out="$(realpath -m "$2")"
version="${3:-$(awk '/^project\(/ { p = 1 } p && $1 == "VERSION" { print $2; exit }' \
  "$here/../../CMakeLists.txt")}"

for tool in wixl msibuild msiinfo xmllint; do
  command -v "$tool" >/dev/null || {
    echo "build-msi: $tool is missing (packaging/setup-debian.sh installs it)" >&2
    exit 1
  }
done
[ -f "$exe" ] || { echo "build-msi: no such file: $exe" >&2; exit 1; }
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || {
  echo "build-msi: the version must look like 1.2.3, not \"$version\"" >&2
  exit 1
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# wixl looks File/@Source up relative to the current directory only (an absolute path fails),
# so the program goes next to it under the name it is installed as. Its console twin,
# stethoscope.com, is built next to it; a stand-in program stands in for both.
com="${exe%.*}.com"
if [ ! -f "$com" ]; then
  echo "build-msi: no $(basename "$com") next to the program; the program stands in for it" >&2
  com="$exe"
fi
cp "$exe" "$work/stethoscope.exe"
cp "$com" "$work/stethoscope.com"
if ! (cd "$work" && wixl --arch x64 -D Wixl=1 -D "Version=$version" \
  -D StethoscopeExe=stethoscope.exe -D StethoscopeCom=stethoscope.com -D InstallDir=INSTALLFOLDER -D Program=stethoscope.exe \
  -o "$work/stethoscope.msi" "$wxs" "$setup") 2>"$work/wixl.log"; then
  cat "$work/wixl.log" >&2
  echo "build-msi: wixl failed on stethoscope.wxs and stethoscope-setup.wxs" >&2
  exit 1
fi
# wixl warns about each attribute it does not know; Secure is made up for below and the
# architecture comes from --arch, so only other warnings are worth showing.
grep -v -e "has no property named 'Secure'" -e "has no property named 'Platform'" \
  -e '^$' "$work/wixl.log" >&2 || true

# The rows come from both sources (each element lives in one of them; the other answers with
# an empty line).
xpath() {
  local file
  for file in "$wxs" "$setup"; do
    xmllint --xpath "$1" "$file" 2>/dev/null || true
  done | sed '/^[[:space:]]*$/d'
}
ids() { xpath "$1" | grep -o 'Id="[^"]*"' | sed 's/^Id="//; s/"$//' || true; }
sql_text() {
  case "$1" in
    *"'"*) echo "build-msi: a quote in \"$1\" would need SQL escaping; keep it out of the .wxs" >&2
           exit 1 ;;
  esac
  printf "'%s'" "$1"
}
el() { printf "*[local-name()='%s']" "$1"; }

queries=()

# Component conditions.
for id in $(ids "//$(el Component)[$(el Condition)]/@Id"); do
  condition=$(sql_text "$(xpath "normalize-space(//$(el Component)[@Id='$id']/$(el Condition))")")
  queries+=(-q "UPDATE \`Component\` SET \`Condition\` = $condition WHERE \`Component\` = '$id'")
done

# The shortcut's property store (Windows Installer 5.0's MsiShortcutProperty table).
shortcut_properties=$(ids "//$(el ShortcutProperty)/@Id")
if [ -n "$shortcut_properties" ]; then
  # shellcheck disable=SC2016 # the backquotes quote SQL names
  queries+=(-q 'CREATE TABLE `MsiShortcutProperty` (`MsiShortcutProperty` CHAR(72) NOT NULL, `Shortcut_` CHAR(72) NOT NULL, `PropertyKey` CHAR(0) NOT NULL, `PropVariantValue` CHAR(0) NOT NULL PRIMARY KEY `MsiShortcutProperty`)')
  for id in $shortcut_properties; do
    sp="//$(el ShortcutProperty)[@Id='$id']"
    shortcut=$(sql_text "$(xpath "string($sp/../@Id)")")
    key=$(sql_text "$(xpath "string($sp/@Key)")")
    value=$(sql_text "$(xpath "string($sp/@Value)")")
    queries+=(-q "INSERT INTO \`MsiShortcutProperty\` (\`MsiShortcutProperty\`, \`Shortcut_\`, \`PropertyKey\`, \`PropVariantValue\`) VALUES ('$id', $shortcut, $key, $value)")
  done
fi

# Public properties marked Secure join the ones wixl lists itself (WIX_UPGRADE_DETECTED, …).
secure=$(ids "//$(el Property)[@Secure='yes']/@Id" | paste -sd ';')
if [ -n "$secure" ]; then
  listed=$(msiinfo export "$work/stethoscope.msi" Property | tr -d '\r' |
    awk -F'\t' 'NR > 3 && $1 == "SecureCustomProperties" { print $2 }')
  if [ -n "$listed" ]; then
    value=$(sql_text "$listed;$secure")
    queries+=(-q "UPDATE \`Property\` SET \`Value\` = $value WHERE \`Property\` = 'SecureCustomProperties'")
  else
    value=$(sql_text "$secure")
    queries+=(-q "INSERT INTO \`Property\` (\`Property\`, \`Value\`) VALUES ('SecureCustomProperties', $value)")
  fi
fi

if [ ${#queries[@]} -gt 0 ]; then
  msibuild "$work/stethoscope.msi" "${queries[@]}"
fi

mkdir -p "$(dirname "$out")"
mv "$work/stethoscope.msi" "$out"
echo "build-msi: $out (Stethoscope $version, x64)"
