#!/usr/bin/env bash
# Checks the macOS packaging files without a Mac: every property list, the distribution and the
# Jamf schema parse and say what they must; the profile and the schema list exactly the settings
# IT may enforce (as app/appsettings.cpp declares them); the bundle CMake code configures; and
# build-pkg.sh runs from start to finish against stand-in tools that record what it asked for.
#
# Needs bash, python3 and xmllint (Debian: libxml2-utils); uses cmake with a C compiler, and
# ShellCheck, when they are there. Exits non-zero at the first failure.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$here"

fail() {
    echo "check-files: FAILED: $*" >&2
    exit 1
}
ok() {
    echo "check-files: ok: $*"
}
skip() {
    echo "check-files: skipped: $*"
}

command -v python3 >/dev/null || fail "python3 is missing"
command -v xmllint >/dev/null || fail "xmllint is missing (Debian: apt-get install libxml2-utils)"

work=$(mktemp -d "${TMPDIR:-/tmp}/stethoscope-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

project_version=$(sed -n '/^project(/,/)/s/^ *VERSION \([0-9.]*\).*/\1/p' "$repo/CMakeLists.txt")
[ -n "$project_version" ] || fail "no project VERSION in the top-level CMakeLists.txt"

# --- Well-formed XML, and the property lists valid against Apple's plist DTD ---------------------
plists=(Info.plist.in org.stethoscope.desktop.launchagent.plist component.plist
    Stethoscope.mobileconfig)
# Apple's PropertyList-1.0.dtd, restated, and a catalog that resolves the files' DOCTYPE to it,
# so that no network is needed.
cat >"$work/plist.dtd" <<'DTD'
<!ENTITY % plistObject "(array | data | date | dict | real | integer | string | true | false )" >
<!ELEMENT plist %plistObject;>
<!ATTLIST plist version CDATA "1.0" >
<!ELEMENT array (%plistObject;)*>
<!ELEMENT dict (key, %plistObject;)*>
<!ELEMENT key (#PCDATA)>
<!ELEMENT string (#PCDATA)>
<!ELEMENT data (#PCDATA)>
<!ELEMENT date (#PCDATA)>
<!ELEMENT true EMPTY>
<!ELEMENT false EMPTY>
<!ELEMENT real (#PCDATA)>
<!ELEMENT integer (#PCDATA)>
DTD
cat >"$work/catalog.xml" <<CATALOG
<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <public publicId="-//Apple//DTD PLIST 1.0//EN" uri="file://$work/plist.dtd"/>
  <system systemId="http://www.apple.com/DTDs/PropertyList-1.0.dtd" uri="file://$work/plist.dtd"/>
</catalog>
CATALOG
for file in "${plists[@]}"; do
    XML_CATALOG_FILES="$work/catalog.xml" xmllint --noout --nonet --valid "$file" \
        || fail "$file is not a valid plist"
done
xmllint --noout --nonet distribution.xml || fail "distribution.xml is not well-formed XML"
ok "xmllint: ${plists[*]} (plist DTD), distribution.xml"

python3 -m json.tool jamf-schema.json >/dev/null || fail "jamf-schema.json is not JSON"
ok "python3 -m json.tool: jamf-schema.json"

# --- Info.plist as CMake configures it, and bundle.cmake as the top-level would include it -------
info_plist="$work/Info.plist"
if command -v cmake >/dev/null && { command -v cc >/dev/null || command -v gcc >/dev/null; }; then
    # A stand-in project: an app/ directory with a stethoscope executable, then the one include
    # line the README documents. APPLE is set by hand: on Linux the bundle properties are only
    # recorded, which is what is checked here.
    mkdir -p "$work/probe/app"
    echo 'int main(void) { return 0; }' >"$work/probe/app/main.c"
    echo 'add_executable(stethoscope main.c)' >"$work/probe/app/CMakeLists.txt"
    cat >"$work/probe/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.22)
project(Probe VERSION $project_version LANGUAGES C)
add_subdirectory(app)
set(APPLE 1)
include("$here/bundle.cmake")
include("$here/bundle.cmake") # a second include does nothing
foreach(property MACOSX_BUNDLE MACOSX_BUNDLE_INFO_PLIST OUTPUT_NAME
        XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER)
    get_target_property(value stethoscope \${property})
    message(STATUS "probe \${property}=\${value}")
endforeach()
get_source_file_property(location "$here/stethoscope.icns" TARGET_DIRECTORY stethoscope
    MACOSX_PACKAGE_LOCATION)
message(STATUS "probe icon=\${location}")
get_target_property(template stethoscope MACOSX_BUNDLE_INFO_PLIST)
configure_file("\${template}" "$info_plist")
CMAKE
    cmake -S "$work/probe" -B "$work/probe-build" >"$work/probe.log" 2>&1 \
        || { cat "$work/probe.log" >&2; fail "bundle.cmake does not configure"; }
    for expected in "MACOSX_BUNDLE=TRUE" "MACOSX_BUNDLE_INFO_PLIST=$here/Info.plist.in" \
        "OUTPUT_NAME=stethoscope" \
        "XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER=org.stethoscope.desktop" \
        "icon=Resources"; do
        grep -qxF -- "-- probe $expected" "$work/probe.log" \
            || { cat "$work/probe.log" >&2; fail "bundle.cmake: expected $expected"; }
    done
    ok "cmake: include(packaging/macos/bundle.cmake) makes stethoscope a bundle" \
        "with our Info.plist and icon"
else
    skip "cmake or a C compiler is missing: Info.plist.in configured by sed instead"
    sed "s/@PROJECT_VERSION@/$project_version/g" Info.plist.in >"$info_plist"
fi

# --- What the files say ---------------------------------------------------------------------------
python3 - "$repo" "$info_plist" "$project_version" <<'PY'
import json
import plistlib
import re
import struct
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

repo, info_path, project_version = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
here = repo / "packaging" / "macos"
BUNDLE_ID = "org.stethoscope.desktop"
AGENT_LABEL = "org.stethoscope.desktop.agent"


def fail(message):
    sys.exit(f"check-files: FAILED: {message}")


def ok(message):
    print(f"check-files: ok: {message}")


def expect(condition, message):
    if not condition:
        fail(message)


def load(name):
    with open(here / name, "rb") as f:
        return plistlib.load(f)


# Info.plist, as configured.
text = info_path.read_text(encoding="utf-8")
expect("@" not in text.replace("-//Apple//DTD", "") and "${" not in text,
       "Info.plist still has a CMake placeholder after configuring")
info = plistlib.loads(info_path.read_bytes())
for key, value in {
    "CFBundleIdentifier": BUNDLE_ID,
    "CFBundleName": "Stethoscope",
    "CFBundleDisplayName": "Stethoscope",
    "CFBundleExecutable": "stethoscope",
    "CFBundlePackageType": "APPL",
    "LSUIElement": True,
    "LSMinimumSystemVersion": "12.0",
    "NSPrincipalClass": "NSApplication",
    "CFBundleShortVersionString": project_version,
    "CFBundleVersion": project_version,
}.items():
    expect(info.get(key) == value, f"Info.plist {key} is {info.get(key)!r}, expected {value!r}")
expect(info.get("NSHumanReadableCopyright"), "Info.plist has no NSHumanReadableCopyright")
icon = here / info.get("CFBundleIconFile", "")
expect(icon.is_file(), f"Info.plist CFBundleIconFile {icon.name} is not in packaging/macos")
ok(f"Info.plist: {BUNDLE_ID}, menu-bar only (LSUIElement), macOS 12+, version {project_version}")

# The icon: an ICNS whose elements are PNGs of the sizes their types promise.
data = icon.read_bytes()
expect(data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data),
       f"{icon.name} is not an ICNS file of its own length")
sizes = {b"icp4": 16, b"icp5": 32, b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256,
         b"ic08": 256, b"ic14": 512, b"ic09": 512, b"ic10": 1024}
seen, offset = set(), 8
while offset < len(data):
    kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
    png = data[offset + 8:offset + length]
    expect(kind in sizes and png[:8] == b"\x89PNG\r\n\x1a\n", f"{icon.name}: element {kind!r}")
    width, height = struct.unpack(">II", png[16:24])
    expect(width == height == sizes[kind], f"{icon.name}: {kind!r} is {width}x{height}")
    seen.add(kind)
    offset += length
expect(offset == len(data) and seen == set(sizes), f"{icon.name}: elements {sorted(seen)}")
ok(f"{icon.name}: 16 to 1024 px, 512@2x included")

# IT's login agent, distinct from the employee's own (the label app/desktop/autostart.cpp writes).
agent = load("org.stethoscope.desktop.launchagent.plist")
autostart = (repo / "app" / "desktop" / "autostart.cpp").read_text(encoding="utf-8")
per_user = re.search(r"<key>Label</key><string>([^<]+)</string>", autostart)
expect(per_user, "no LaunchAgent Label found in app/desktop/autostart.cpp")
expect(agent.get("Label") == AGENT_LABEL, f"agent Label is {agent.get('Label')!r}")
expect(agent["Label"] != per_user.group(1),
       "the agent's Label equals the per-user one the app writes: they would shadow each other")
for key, value in {
    "ProgramArguments": [
        f"/Applications/Stethoscope.app/Contents/MacOS/{info['CFBundleExecutable']}"],
    "RunAtLoad": True,
    "KeepAlive": False,
    "LimitLoadToSessionType": "Aqua",
    "ProcessType": "Interactive",
}.items():
    expect(agent.get(key) == value, f"agent {key} is {agent.get(key)!r}, expected {value!r}")
ok(f"launch agent: {AGENT_LABEL} (the app's own is {per_user.group(1)}), "
   "starts the bundle's executable")

# The component plist and the distribution.
components = load("component.plist")
expect(len(components) == 1, "component.plist describes one bundle")
expect(components[0].get("RootRelativeBundlePath") == "Applications/Stethoscope.app"
       and components[0].get("BundleIsRelocatable") is False,
       "component.plist: Applications/Stethoscope.app, not relocatable")
dist = ET.parse(here / "distribution.xml").getroot()
expect(dist.tag == "installer-gui-script", "distribution.xml: root is installer-gui-script")
expect((dist.findtext("title") or "").strip() == "Stethoscope", "distribution.xml: title")
options = dist.find("options")
expect(options is not None and options.get("customize") == "never"
       and options.get("require-scripts") == "false"
       and set(options.get("hostArchitectures", "").split(",")) == {"x86_64", "arm64"},
       "distribution.xml: options customize=never require-scripts=false hostArchitectures")
refs = dist.findall(".//pkg-ref")
expect(refs and all(r.get("id") == BUNDLE_ID for r in refs), "distribution.xml: pkg-ref ids")
choices = dist.findall("choice")
expect(len(choices) == 1 and choices[0].find("pkg-ref") is not None,
       "distribution.xml: one choice holding the pkg-ref")
outline = [line.get("choice") for line in dist.iter("line")]
expect(outline == [choices[0].get("id")], "distribution.xml: the outline names the choice")
files = [r.text.strip() for r in refs if r.text and r.text.strip()]
script = (here / "build-pkg.sh").read_text(encoding="utf-8")
named = re.search(r"^readonly component_pkg=(\S+)", script, re.M)
expect(len(files) == 1 and named and files[0] == named.group(1),
       "distribution.xml's pkg-ref file is the component package build-pkg.sh writes")
os_min = dist.find("./volume-check/allowed-os-versions/os-version")
expect(os_min is not None and os_min.get("min") == info["LSMinimumSystemVersion"],
       "distribution.xml: the minimum macOS is the bundle's")
ok(f"component.plist and distribution.xml: one choice, {BUNDLE_ID}, {files[0]}")

# The settings IT may enforce, as app/appsettings.cpp declares them: name, type, default.
declared = {}
source = (repo / "app" / "appsettings.cpp").read_text(encoding="utf-8")
for name, default, managed in re.findall(
        r'const SettingKey \w+ \{"([a-z_]+/[a-z_]+)", (.+?)(?:, (true|false))?\};', source):
    if managed == "false":
        continue
    if default in ("true", "false"):
        declared[name] = ("boolean", default == "true")
    elif re.fullmatch(r"-?\d+", default):
        declared[name] = ("integer", int(default))
    elif default == "QString()":
        declared[name] = ("string", None)
    else:
        literal = re.fullmatch(r'QStringLiteral\("(.*)"\)', default)
        expect(literal, f"appsettings.cpp: cannot read the default of {name}: {default}")
        declared[name] = ("string", literal.group(1))
expect(len(declared) > 40, f"read only {len(declared)} keys from app/appsettings.cpp")
# The employee's identity is theirs alone (SettingKey does not mark it yet).
declared.pop("identity/email", None)
enforceable = {name.replace("/", "."): spec for name, spec in declared.items()}
CHOICES = {
    "auth.mode": ["none", "oidc"],
    "jamf.auth": ["client-credentials", "password", "sso"],
    "google.auth": ["service-account", "sso"],
    "landesk.auth": ["ntlm", "basic", "sso"],
    "feedback.auth": ["none", "sso"],
}
RANGES = {
    "app.refresh_minutes": (15, 1440),
    "notifications.daily_budget": (0, 100),
    "alerts.max_snooze_days": (1, 30),
    "alerts.keep_resolved_days": (1, 365),
    "jamf.page_size": (1, 2000),
}
for key in [*CHOICES, *RANGES]:
    expect(key in enforceable, f"{key} is not a setting in app/appsettings.cpp")
PLIST_TYPES = {"boolean": bool, "integer": int, "string": str}


def check_value(where, key, value):
    kind = enforceable[key][0]
    expect(type(value) is PLIST_TYPES[kind], f"{where}: {key} is {value!r}, expected a {kind}")
    if key in CHOICES:
        expect(value in CHOICES[key], f"{where}: {key} is {value!r}, not one of {CHOICES[key]}")
    if key in RANGES:
        low, high = RANGES[key]
        expect(low <= value <= high, f"{where}: {key} is {value}, outside {low}–{high}")


# The sample profile.
profile = load("Stethoscope.mobileconfig")
expect(profile.get("PayloadType") == "Configuration", "profile: PayloadType Configuration")
payloads = profile.get("PayloadContent", [])
expect(len(payloads) == 1, "profile: one payload")
payload = payloads[0]
expect(payload.get("PayloadType") == "com.apple.ManagedClient.preferences",
       "profile: the payload is com.apple.ManagedClient.preferences")
uuids = [profile.get("PayloadUUID"), payload.get("PayloadUUID")]
for value in uuids:
    try:
        expect(str(uuid.UUID(value)).upper() == value.upper(), f"profile: PayloadUUID {value}")
    except (TypeError, ValueError):
        fail(f"profile: PayloadUUID {value!r} is not a UUID")
expect(len(set(uuids)) == 2, "profile: the PayloadUUIDs differ")
for p in (profile, payload):
    for key in ("PayloadIdentifier", "PayloadDisplayName", "PayloadVersion"):
        expect(p.get(key), f"profile: {key} missing")
expect("sample" in profile.get("PayloadDescription", "").lower(),
       "profile: PayloadDescription says it is a sample")
expect(list(payload.get("PayloadContent", {})) == [BUNDLE_ID],
       f"profile: the payload manages the domain {BUNDLE_ID} only")
forced = payload["PayloadContent"][BUNDLE_ID].get("Forced", [])
expect(len(forced) == 1 and list(forced[0]) == ["mcx_preference_settings"],
       "profile: one Forced mcx_preference_settings")
settings = forced[0]["mcx_preference_settings"]
missing, extra = enforceable.keys() - settings.keys(), settings.keys() - enforceable.keys()
expect(not missing and not extra, f"profile: missing {sorted(missing)}, unknown {sorted(extra)}")
for key, value in settings.items():
    check_value("profile", key, value)
ok(f"Stethoscope.mobileconfig: all {len(enforceable)} enforceable keys, "
   "typed as the app reads them")

# The Jamf Pro schema.
with open(here / "jamf-schema.json", encoding="utf-8") as f:
    schema = json.load(f)
expect(schema.get("title") and schema.get("description"), "schema: title and description")
properties = schema.get("properties", {})
missing, extra = enforceable.keys() - properties.keys(), properties.keys() - enforceable.keys()
expect(not missing and not extra, f"schema: missing {sorted(missing)}, unknown {sorted(extra)}")
orders = [p.get("property_order") for p in properties.values()]
expect(len(set(orders)) == len(orders), "schema: property_order values are distinct")
for key, p in properties.items():
    kind, default = enforceable[key]
    for field in ("title", "description", "type"):
        expect(p.get(field), f"schema: {key} has no {field}")
    expect(p["type"] == kind, f"schema: {key} is a {p['type']}, expected a {kind}")
    if default is not None and default != "":
        expect(p.get("default") == default,
               f"schema: {key} default is {p.get('default')!r}, the app's is {default!r}")
    if "default" in p:
        check_value("schema default", key, p["default"])
    if key in CHOICES:
        expect(p.get("enum") == CHOICES[key], f"schema: {key} enum is {p.get('enum')}")
        titles = p.get("options", {}).get("enum_titles", [])
        expect(len(titles) == len(CHOICES[key]), f"schema: {key} needs one enum title a choice")
    else:
        expect("enum" not in p, f"schema: {key} is not a choice")
    if key in RANGES:
        expect((p.get("minimum"), p.get("maximum")) == RANGES[key],
               f"schema: {key} range is {p.get('minimum')}–{p.get('maximum')}")
    else:
        expect("minimum" not in p and "maximum" not in p, f"schema: {key} has no range")
ok(f"jamf-schema.json: all {len(enforceable)} enforceable keys, defaults as in appsettings.cpp, "
   f"{len(CHOICES)} choices, {len(RANGES)} ranges")
PY

# --- The scripts ----------------------------------------------------------------------------------
bash -n build-pkg.sh || fail "build-pkg.sh: bash -n"
sh -n scripts/postinstall || fail "scripts/postinstall: sh -n"
for script in build-pkg.sh scripts/postinstall make-icns.py check-files.sh; do
    [ -x "$script" ] || fail "$script must be executable"
done
ok "bash -n build-pkg.sh, sh -n scripts/postinstall, executable"
if command -v shellcheck >/dev/null; then
    shellcheck build-pkg.sh check-files.sh || fail "shellcheck build-pkg.sh check-files.sh"
    shellcheck --shell=sh scripts/postinstall || fail "shellcheck scripts/postinstall"
    ok "shellcheck: build-pkg.sh, check-files.sh, scripts/postinstall"
else
    skip "shellcheck is missing"
fi

# --- build-pkg.sh against stand-in tools ----------------------------------------------------------
# Each stand-in records its arguments in $STUB_LOG; pkgbuild and productbuild also record what
# they were given to package, because the script deletes its staging area when it exits.
stubs="$work/stubs"
mkdir -p "$stubs"
stub() { # NAME, the body on standard input
    { printf '#!/usr/bin/env bash\nset -euo pipefail\n' && cat; } >"$stubs/$1"
    chmod +x "$stubs/$1"
}
stub uname <<'SH'
echo "${STUB_UNAME:-Darwin}"
SH
stub plutil <<'SH' # plutil -extract KEY raw -o - FILE
python3 -c '
import plistlib, sys
value = plistlib.load(open(sys.argv[2], "rb")).get(sys.argv[1])
sys.exit(1) if value is None else print(value)
' "$2" "$6"
SH
stub ditto <<'SH'
mkdir -p "$2" && cp -R "$1/." "$2"
SH
stub codesign <<'SH'
echo "codesign $*" >>"$STUB_LOG"
SH
stub productsign <<'SH'
echo "productsign $*" >>"$STUB_LOG"
cp "${@: -2:1}" "${@: -1}"
SH
stub macdeployqt <<'SH'
echo "macdeployqt $*" >>"$STUB_LOG"
mkdir -p "$1/Contents/Frameworks/QtCore.framework/Versions/A" "$1/Contents/PlugIns/platforms"
touch "$1/Contents/Frameworks/QtCore.framework/Versions/A/QtCore"
touch "$1/Contents/PlugIns/platforms/libqcocoa.dylib"
echo "Log: Deploying Qt frameworks"
if [ -n "${STUB_DEPLOY_ERROR:-}" ]; then
    echo 'ERROR: no file at "/opt/lib/libfoo.dylib"'
fi
SH
stub list <<'SH' # list DIR: every entry with its permission bits, relative to DIR
python3 -c '
import os, sys
for top, dirs, files in os.walk(sys.argv[1]):
    for name in sorted(dirs + files):
        path = os.path.join(top, name)
        print(oct(os.stat(path).st_mode & 0o7777)[2:], os.path.relpath(path, sys.argv[1]))
' "$1"
SH
stub pkgbuild <<'SH'
echo "pkgbuild $*" >>"$STUB_LOG"
while [ $# -gt 1 ]; do
    case "$1" in
        --root) list "$2" >"$STUB_DIR/payload"; shift 2 ;;
        --scripts) list "$2" >"$STUB_DIR/scripts"; shift 2 ;;
        *) shift ;;
    esac
done
touch "$1"
SH
stub productbuild <<'SH'
echo "productbuild $*" >>"$STUB_LOG"
while [ $# -gt 1 ]; do
    case "$1" in
        --package-path) ls "$2" >"$STUB_DIR/packages"; shift 2 ;;
        *) shift ;;
    esac
done
touch "$1"
SH

# A built bundle as CMake leaves it: Info.plist (configured above), executable, icon.
app="$work/build/app/stethoscope.app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$info_plist" "$app/Contents/Info.plist"
printf '#!/bin/sh\n' >"$app/Contents/MacOS/stethoscope"
chmod 755 "$app/Contents/MacOS/stethoscope"
cp stethoscope.icns "$app/Contents/Resources/"

# run NAME [ENV=VALUE…] -- ARGS…: build-pkg.sh with the stand-ins; output in $work/NAME.
run() {
    local name=$1
    shift
    local -a env=()
    while [ "$1" != -- ]; do
        env+=("$1")
        shift
    done
    shift
    mkdir -p "$work/$name"
    # From inside the run's directory: a package written to the default "." lands there.
    set +e
    (
        cd "$work/$name" \
            && env -u STETHOSCOPE_CODESIGN_IDENTITY -u STETHOSCOPE_PRODUCTSIGN_IDENTITY \
                -u MACDEPLOYQT PATH="$stubs:$PATH" TMPDIR="$work/$name" \
                STUB_LOG="$work/$name/log" STUB_DIR="$work/$name" ${env[@]+"${env[@]}"} \
                "$here/build-pkg.sh" "$@" >"$work/$name/out" 2>&1
    )
    echo $? >"$work/$name/status"
    set -e
}
status() {
    cat "$work/$1/status"
}
expect_line() { # NAME FILE PATTERN (an extended regex one line must match)
    grep -Eq -- "$3" "$work/$1/$2" \
        || { cat "$work/$1/out" >&2; fail "build-pkg.sh ($1): $2 has no line matching $3"; }
}
refute_line() {
    if grep -Eq -- "$3" "$work/$1/$2"; then
        cat "$work/$1/out" >&2
        fail "build-pkg.sh ($1): $2 has a line matching $3"
    fi
}

# expect_run NAME STATUS TEXT: the run NAME exited with STATUS and said TEXT.
expect_run() {
    if [ "$(status "$1")" != "$2" ] || ! grep -qF -- "$3" "$work/$1/out"; then
        cat "$work/$1/out" >&2
        fail "build-pkg.sh ($1): expected exit status $2 and \"$3\""
    fi
}

version=$project_version
component=$(sed -n 's/^readonly component_pkg=\([^ ]*\).*/\1/p' build-pkg.sh)

run unsigned -- --output "$work/unsigned/out-dir" "$app/"
expect_run unsigned 0 "wrote $work/unsigned/out-dir/Stethoscope-$version.pkg"
[ -f "$work/unsigned/out-dir/Stethoscope-$version.pkg" ] \
    || fail "build-pkg.sh wrote no Stethoscope-$version.pkg"
[ -z "$(find "$work/unsigned" -maxdepth 1 -name 'stethoscope-pkg.*')" ] \
    || fail "build-pkg.sh left its staging directory behind"
expect_line unsigned log '^macdeployqt .*/root/Applications/Stethoscope\.app -verbose=1$'
expect_line unsigned log '^codesign --force --timestamp=none --sign - .*/libqcocoa\.dylib$'
expect_line unsigned log '^codesign --force --timestamp=none --sign - .*/QtCore\.framework$'
[ "$(grep -E '^codesign --force' "$work/unsigned/log" | tail -1)" \
    = "$(grep -E '^codesign --force' "$work/unsigned/log" | grep -E 'Stethoscope\.app$')" ] \
    || fail "build-pkg.sh must sign the app itself last (inside out)"
expect_line unsigned log '^codesign --verify --strict --deep .*/Stethoscope\.app$'
expect_line unsigned log "^pkgbuild --root .* --component-plist $here/component\.plist \
.*--identifier org\.stethoscope\.desktop --version $version --install-location / \
--ownership recommended .*/$component$"
expect_line unsigned log "^productbuild --distribution $here/distribution\.xml --package-path "
refute_line unsigned log '^productsign'
expect_line unsigned payload '^775 Applications$'
expect_line unsigned payload '^755 Library/LaunchAgents$'
expect_line unsigned payload '^755 Applications/Stethoscope\.app/Contents/MacOS/stethoscope$'
expect_line unsigned payload '^644 Library/LaunchAgents/org\.stethoscope\.desktop\.agent\.plist$'
expect_line unsigned payload '^[0-7]+ Applications/Stethoscope\.app/Contents/Frameworks/QtCore\.'
expect_line unsigned payload '^644 Applications/Stethoscope\.app/Contents/Resources/stethoscope\.'
expect_line unsigned scripts '^755 postinstall$'
expect_line unsigned packages "^$component$"
expect_line unsigned out 'STETHOSCOPE_CODESIGN_IDENTITY is unset'
expect_line unsigned out 'STETHOSCOPE_PRODUCTSIGN_IDENTITY is unset'
ok "build-pkg.sh (stand-in tools, no identities): Stethoscope-$version.pkg; the app to" \
    "/Applications, the agent to /Library/LaunchAgents (644), postinstall; ad-hoc signed inside out"

app_identity="Developer ID Application: Example (TEAM123)"
installer_identity="Developer ID Installer: Example (TEAM123)"
run signed STETHOSCOPE_CODESIGN_IDENTITY="$app_identity" \
    STETHOSCOPE_PRODUCTSIGN_IDENTITY="$installer_identity" \
    -- -o "$work/signed/out-dir" "$app"
expect_run signed 0 "wrote $work/signed/out-dir/Stethoscope-$version.pkg"
expect_line signed log "^codesign --force --timestamp --options runtime \
--sign ${app_identity//[()]/.} .*/Stethoscope\.app$"
refute_line signed log '--sign - '
expect_line signed log "^productsign --sign ${installer_identity//[()]/.} --timestamp "
ok "build-pkg.sh (stand-in tools, both identities): Developer ID with hardened runtime, productsign"

run no-args --
expect_run no-args 2 "Usage: "
run help -- --help
expect_run help 0 "Usage: "
run not-darwin STUB_UNAME=Linux -- "$app"
expect_run not-darwin 1 "macOS only"
run not-a-bundle -- "$work"
expect_run not-a-bundle 1 "not an app bundle"
other="$work/other/Other.app"
mkdir -p "$work/other"
cp -R "$app" "$other"
sed -i.orig 's/org\.stethoscope\.desktop/com.example.other/' "$other/Contents/Info.plist"
run wrong-id -- "$other"
expect_run wrong-id 1 "is com.example.other, not org.stethoscope.desktop"
run deploy-error STUB_DEPLOY_ERROR=1 -- -o "$work/deploy-error/out-dir" "$app"
expect_run deploy-error 1 "macdeployqt could not deploy everything"
[ ! -e "$work/deploy-error/out-dir/Stethoscope-$version.pkg" ] \
    || fail "build-pkg.sh wrote a package after a macdeployqt ERROR"
ok "build-pkg.sh refuses: no app (usage, exit 2), not macOS, not a bundle, another bundle id," \
    "a macdeployqt ERROR"

echo "check-files: all passed"
