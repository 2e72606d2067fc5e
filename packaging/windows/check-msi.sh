#!/usr/bin/env bash
# Builds the Windows installer with wixl around a stand-in program and checks its tables:
#
#   packaging/windows/check-msi.sh STAND_IN_BINARY OUT_DIR
#
# Any file will do as the stand-in (CI passes the Linux build); the MSI's tables do not depend
# on it. The expectations below are written out independently of stethoscope.wxs on purpose,
# so a slip in either shows up here. The tables are left in OUT_DIR/tables for a closer look.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"

# The UpgradeCode every Stethoscope MSI carries, now and in every later version.
upgrade_code="{8C8A617F-33E6-4195-903A-30D21CE4B343}"

# Public property, policy section, value name, registry type.
policies=(
  "AUTH_MODE auth mode string"
  "AUTH_ISSUER auth issuer string"
  "AUTH_CLIENT_ID auth client_id string"
  "JAMF_ENABLED jamf enabled dword"
  "JAMF_URL jamf url string"
  "JAMF_AUTH jamf auth string"
  "JAMF_CLIENT_ID jamf client_id string"
  "GOOGLE_ENABLED google enabled dword"
  "GOOGLE_AUTH google auth string"
  "GOOGLE_SUBJECT google subject string"
  "GOOGLE_CUSTOMER google customer string"
  "LANDESK_ENABLED landesk enabled dword"
  "LANDESK_URL landesk url string"
  "LANDESK_AUTH landesk auth string"
  "FEEDBACK_URL feedback url string"
  "FEEDBACK_AUTH feedback auth string"
  "HELP app help string"
  "ALLOW_QUIT app allow_quit dword"
)

if [ $# -ne 2 ]; then
  echo "usage: $0 STAND_IN_BINARY OUT_DIR" >&2
  exit 2
fi
out="$2"
msi="$out/Stethoscope.msi"
tables="$out/tables"

"$here/build-msi.sh" "$1" "$msi"

rm -rf "$tables"
mkdir -p "$tables"
for table in Property Upgrade InstallExecuteSequence Registry Component Directory File Shortcut \
  MsiShortcutProperty; do
  # msiinfo prints the column names, their types and the table's keys, then one row a line
  # (ending in CR LF).
  if ! msiinfo export "$msi" "$table" 2>/dev/null | tail -n +4 | sed 's/\r$//' >"$tables/$table.tsv"; then
    : >"$tables/$table.tsv"
  fi
done

failures=0
fail() {
  echo "check-msi: FAIL: $*" >&2
  failures=$((failures + 1))
}
# The rows of TABLE whose columns equal the given values: rows TABLE [COLUMN VALUE]...
# (Values go through the environment: awk -v would eat the backslashes of registry keys.)
rows() {
  local table="$1"
  shift
  want="$(printf '%s\037' "$@")" awk -F'\t' '
    BEGIN { n = split(ENVIRON["want"], w, "\037") - 1 }
    { for (i = 1; i < n; i += 2) if ($(w[i]) != w[i + 1]) next; print }
  ' "$tables/$table.tsv"
}
# One column of the row of TABLE whose first column is KEY: field TABLE KEY COLUMN
field() {
  key="$2" awk -F'\t' -v col="$3" '$1 == ENVIRON["key"] { print $col; exit }' "$tables/$1.tsv"
}

# --- Property: identity, per-machine, secure public properties
[ "$(field Property UpgradeCode 2)" = "$upgrade_code" ] ||
  fail "UpgradeCode is \"$(field Property UpgradeCode 2)\", not the fixed $upgrade_code"
[ "$(field Property ALLUSERS 2)" = 1 ] || fail "ALLUSERS is not 1: the MSI is not per-machine"
[ "$(field Property ProductName 2)" = Stethoscope ] || fail "ProductName is not Stethoscope"
secure=";$(field Property SecureCustomProperties 2);"
[[ "$secure" == *";WIX_UPGRADE_DETECTED;"* ]] ||
  fail "WIX_UPGRADE_DETECTED is not in SecureCustomProperties: upgrades would not find the old version"

# --- Upgrade: a newer version replaces this one, an older one is refused
[ -n "$(rows Upgrade 1 "$upgrade_code" 7 WIX_UPGRADE_DETECTED)" ] ||
  fail "Upgrade has no row finding older versions (WIX_UPGRADE_DETECTED) under $upgrade_code"
[ -n "$(rows Upgrade 1 "$upgrade_code" 7 WIX_DOWNGRADE_DETECTED)" ] ||
  fail "Upgrade has no row finding newer versions (WIX_DOWNGRADE_DETECTED) under $upgrade_code"
[ -n "$(rows InstallExecuteSequence 1 RemoveExistingProducts)" ] ||
  fail "InstallExecuteSequence lacks RemoveExistingProducts: no major upgrade"

# --- Summary information: an x64 package
grep -q '^Template: x64;' <(msiinfo suminfo "$msi") || fail "the package's platform is not x64"

# --- File: stethoscope.exe in ProgramFiles64Folder\Stethoscope
file_row="$(rows File 3 stethoscope.exe)"
file_id="$(cut -f1 <<<"$file_row")"
file_dir="$(field Component "$(cut -f2 <<<"$file_row")" 3)"
if [ -z "$file_row" ]; then
  fail "File has no stethoscope.exe"
elif [ "$(field Directory "$file_dir" 2)" != ProgramFiles64Folder ] ||
  [ "$(field Directory "$file_dir" 3)" != Stethoscope ]; then
  fail "stethoscope.exe is not installed to ProgramFiles64Folder\\Stethoscope"
fi
# --- File: its console twin next to it, for the command line
com_row="$(rows File 3 stethoscope.com)"
if [ -z "$com_row" ]; then
  fail "File has no stethoscope.com (the command line's console program)"
elif [ "$(field Component "$(cut -f2 <<<"$com_row")" 3)" != "$file_dir" ]; then
  fail "stethoscope.com is not installed next to stethoscope.exe"
fi

# A registry row's component is 64-bit (msidbComponentAttributes64bit), so the value lands in
# the registry view the 64-bit app reads.
is_64bit() { (($(field Component "$1" 4) & 256)); }

# --- Registry: start at login for every user
run_key='SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
run_row="$(rows Registry 2 2 3 "$run_key" 4 Stethoscope)"
if [ -z "$run_row" ]; then
  fail "Registry has no value Stethoscope under HKLM\\$run_key"
else
  [ "$(cut -f5 <<<"$run_row")" = '"[INSTALLFOLDER]stethoscope.exe"' ] ||
    fail "the Run value is $(cut -f5 <<<"$run_row"), not \"[INSTALLFOLDER]stethoscope.exe\" (quoted)"
  is_64bit "$(cut -f6 <<<"$run_row")" || fail "the Run value's component is not 64-bit"
fi

# --- Registry: one policy value per public property, written only when it is given
for entry in "${policies[@]}"; do
  read -r property section name type <<<"$entry"
  key="SOFTWARE\\Policies\\Stethoscope\\$section"
  value="[$property]"
  [ "$type" = dword ] && value="#[$property]"
  row="$(rows Registry 2 2 3 "$key" 4 "$name")"
  if [ -z "$row" ]; then
    fail "Registry has no value $name under HKLM\\$key for $property"
    continue
  fi
  [ "$(cut -f5 <<<"$row")" = "$value" ] ||
    fail "HKLM\\$key\\$name is \"$(cut -f5 <<<"$row")\", not \"$value\" ($type)"
  component="$(cut -f6 <<<"$row")"
  condition="$(field Component "$component" 5)"
  if [ -z "$condition" ]; then
    fail "HKLM\\$key\\$name is written on every install; it must be only when $property is given"
  elif [ "$condition" != "$property" ]; then
    fail "HKLM\\$key\\$name is written when \"$condition\"; it must be when $property is given"
  fi
  is_64bit "$component" || fail "the component of HKLM\\$key\\$name is not 64-bit"
  [[ "$secure" == *";$property;"* ]] ||
    fail "$property is not in SecureCustomProperties: msiexec would drop it when elevating"
done
policy_rows="$(awk -F'\t' '$3 ~ /^SOFTWARE\\Policies\\Stethoscope(\\|$)/' "$tables/Registry.tsv" | wc -l)"
[ "$policy_rows" -eq ${#policies[@]} ] ||
  fail "$policy_rows values under SOFTWARE\\Policies\\Stethoscope, but ${#policies[@]} public properties"

# --- Shortcut: in the Start menu, to the program, with the AppUserModelID
shortcut_row="$(rows Shortcut 2 ProgramMenuFolder)"
shortcut_id="$(cut -f1 <<<"$shortcut_row")"
if [ -z "$shortcut_row" ]; then
  fail "Shortcut has no shortcut in ProgramMenuFolder"
else
  [[ "$(cut -f3 <<<"$shortcut_row")" =~ (^|\|)Stethoscope$ ]] ||
    fail "the Start-menu shortcut is named \"$(cut -f3 <<<"$shortcut_row")\", not Stethoscope"
  target="$(cut -f5 <<<"$shortcut_row")"
  [ "$target" = "[#$file_id]" ] || [ "$target" = "[$file_dir]stethoscope.exe" ] ||
    fail "the Start-menu shortcut points to \"$target\", not to stethoscope.exe"
  [ -n "$(rows MsiShortcutProperty 2 "$shortcut_id" 3 System.AppUserModel.ID 4 Stethoscope.Desktop)" ] ||
    fail "MsiShortcutProperty does not give the shortcut System.AppUserModel.ID = Stethoscope.Desktop"
fi

# --- The CPack WIX path (cpack -G WIX on Windows) builds the same fragment into its product:
# same UpgradeCode, the fragment's group in the root feature, the program where the fragment
# is told it is.
plain_code="${upgrade_code#\{}"
plain_code="${plain_code%\}}"
grep -q "CPACK_WIX_UPGRADE_GUID \"$plain_code\"" "$here/package.cmake" ||
  fail "package.cmake does not give CPack the UpgradeCode $plain_code"
group="$(xmllint --xpath "string(//*[local-name()='CPackWiXFragment'][@Id='#PRODUCTFEATURE']/*[local-name()='ComponentGroupRef']/@Id)" "$here/cpack-patch.xml")"
[ -n "$group" ] && [ -n "$(xmllint --xpath "//*[local-name()='Fragment']/*[local-name()='ComponentGroup'][@Id='$group']" "$here/stethoscope-setup.wxs" 2>/dev/null)" ] ||
  fail "cpack-patch.xml puts \"$group\" in CPack's root feature, which stethoscope-setup.wxs does not define"
grep -q '"-dInstallDir=INSTALL_ROOT" "-dProgram=bin\\\\stethoscope.exe"' "$here/package.cmake" ||
  fail "package.cmake does not place the program for the fragment as install(TARGETS … DESTINATION bin) does"
grep -q 'InstallScope="perMachine"' "$here/cpack-product.wxs.in" ||
  fail "CPack's product template is not per-machine"

if [ "$failures" -gt 0 ]; then
  echo "check-msi: $failures check(s) failed; the tables are in $tables" >&2
  exit 1
fi
echo "check-msi: OK: UpgradeCode $upgrade_code with major upgrades, per-machine x64," \
  "stethoscope.exe and stethoscope.com in Program Files, the HKLM Run value, ${#policies[@]} policy values each" \
  "written only when its property is given, the Start-menu shortcut with AppUserModelID" \
  "Stethoscope.Desktop"
