#!/usr/bin/env bash
# Builds Stethoscope-<version>.pkg, the macOS installer, from a built app bundle. Runs on a Mac
# (macOS 12 or later) with Xcode's command line tools and the Qt that built the app.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly here
readonly bundle_id=org.stethoscope.desktop
readonly agent_label=org.stethoscope.desktop.agent
readonly component_pkg=Stethoscope-component.pkg # the name distribution.xml refers to

usage() {
    cat <<USAGE
Usage: $(basename "$0") [--output DIR] APP

Builds Stethoscope-<version>.pkg from APP, the app bundle the build made (for example
build/release/app/stethoscope.app): deploys Qt into a copy of it with macdeployqt, signs it
when asked, and packages it with IT's login agent. The version is the bundle's
CFBundleShortVersionString.

The package installs
  /Applications/Stethoscope.app
  /Library/LaunchAgents/$agent_label.plist   (starts the app at every login)
and starts that agent at once for the user at the console, if anybody is logged in.

Options:
  -o, --output DIR   where to write the package (default: the current directory)
  -h, --help         show this text

Environment:
  STETHOSCOPE_CODESIGN_IDENTITY     a "Developer ID Application: …" identity in the keychain:
                                    the app is signed with it (hardened runtime, secure
                                    timestamp). Unset: an ad-hoc signature only.
  STETHOSCOPE_PRODUCTSIGN_IDENTITY  a "Developer ID Installer: …" identity: the package is
                                    signed with productsign. Unset: the package is not signed.
  MACDEPLOYQT                       the macdeployqt to run (default: the one on PATH, which must
                                    belong to the Qt the app was built with)
USAGE
}

die() {
    echo "build-pkg: $*" >&2
    exit 1
}

note() {
    echo "build-pkg: $*"
}

# plist_value FILE KEY: a string value of a property list.
plist_value() {
    plutil -extract "$2" raw -o - "$1" 2>/dev/null
}

output=.
app=
while [ $# -gt 0 ]; do
    case "$1" in
        -h | --help)
            usage
            exit 0
            ;;
        -o | --output)
            [ $# -ge 2 ] || die "$1 needs a directory"
            output=$2
            shift 2
            ;;
        --output=*)
            output=${1#*=}
            shift
            ;;
        -*)
            usage >&2
            echo >&2
            die "unknown option $1"
            ;;
        *)
            [ -z "$app" ] || die "one app bundle only, not both $app and $1"
            app=${1%/}
            shift
            ;;
    esac
done
if [ -z "$app" ]; then
    usage >&2
    exit 2
fi

# The tools.
[ "$(uname -s)" = Darwin ] || die "this runs on macOS only (pkgbuild, productbuild, codesign)"
clt_hint="install Xcode's command line tools (xcode-select --install)"
for tool in codesign ditto pkgbuild plutil productbuild; do
    command -v "$tool" >/dev/null || die "$tool is missing: $clt_hint"
done
if [ -n "${STETHOSCOPE_PRODUCTSIGN_IDENTITY:-}" ]; then
    command -v productsign >/dev/null || die "productsign is missing: $clt_hint"
fi
macdeployqt=${MACDEPLOYQT:-macdeployqt}
command -v "$macdeployqt" >/dev/null \
    || die "$macdeployqt is missing: put the bin directory of the Qt that built the app" \
           "on PATH, or set MACDEPLOYQT"

# The app bundle.
[ -d "$app" ] \
    || die "$app is not a directory; expected the app bundle the build made," \
           "e.g. build/release/app/stethoscope.app"
info="$app/Contents/Info.plist"
[ -f "$info" ] \
    || die "$app has no Contents/Info.plist, so it is not an app bundle:" \
           "the build must include packaging/macos/bundle.cmake"
identifier=$(plist_value "$info" CFBundleIdentifier) || die "$info has no CFBundleIdentifier"
[ "$identifier" = "$bundle_id" ] || die "$app is $identifier, not $bundle_id"
executable=$(plist_value "$info" CFBundleExecutable) || die "$info has no CFBundleExecutable"
[ "$executable" = stethoscope ] \
    || die "$app runs $executable, but the login agent starts Contents/MacOS/stethoscope"
[ -x "$app/Contents/MacOS/$executable" ] \
    || die "$app/Contents/MacOS/$executable is missing or not executable"
version=$(plist_value "$info" CFBundleShortVersionString) \
    || die "$info has no CFBundleShortVersionString"
[[ $version =~ ^[0-9]+(\.[0-9]+)*$ ]] \
    || die "$info has the version \"$version\", expected digits and dots"

mkdir -p "$output" || die "cannot create the output directory $output"
output=$(cd "$output" && pwd)
product="$output/Stethoscope-$version.pkg"

work=$(mktemp -d "${TMPDIR:-/tmp}/stethoscope-pkg.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/root"
staged="$root/Applications/Stethoscope.app"

# The payload, laid out as it is installed. Directory modes match the system's own, so that
# installing never changes them.
note "staging $app as /Applications/Stethoscope.app (version $version)"
mkdir -p "$root/Applications" "$root/Library/LaunchAgents" "$work/packages" "$work/scripts"
chmod 0775 "$root/Applications"
chmod 0755 "$root" "$root/Library" "$root/Library/LaunchAgents"
ditto "$app" "$staged"
install -m 0644 "$here/org.stethoscope.desktop.launchagent.plist" \
    "$root/Library/LaunchAgents/$agent_label.plist"
install -m 0755 "$here/scripts/postinstall" "$work/scripts/postinstall"

# Qt's frameworks and plug-ins into the bundle. macdeployqt says ERROR yet exits 0 when a
# library cannot be deployed, so its output decides.
note "deploying Qt with $macdeployqt"
deploy_log=$("$macdeployqt" "$staged" -verbose=1 2>&1) || {
    printf '%s\n' "$deploy_log" >&2
    die "macdeployqt failed"
}
printf '%s\n' "$deploy_log"
if grep -q '^ERROR' <<<"$deploy_log"; then
    die "macdeployqt could not deploy everything (the ERROR lines above)"
fi
[ -d "$staged/Contents/Frameworks/QtCore.framework" ] \
    || die "macdeployqt put no QtCore.framework into the bundle"

# Signing, inside out as codesign wants it: libraries and plug-ins, frameworks, then the app.
# Without a Developer ID the app is still signed ad hoc: macdeployqt has changed the binaries,
# and Apple silicon runs no arm64 code without a valid signature.
if [ -n "${STETHOSCOPE_CODESIGN_IDENTITY:-}" ]; then
    note "signing the app as \"$STETHOSCOPE_CODESIGN_IDENTITY\""
    sign=(codesign --force --timestamp --options runtime --sign "$STETHOSCOPE_CODESIGN_IDENTITY")
else
    note "STETHOSCOPE_CODESIGN_IDENTITY is unset: no Developer ID signature, an ad-hoc one" \
         "(enough for installs through Jamf or MDM, not for downloads)"
    sign=(codesign --force --timestamp=none --sign -)
fi
while IFS= read -r -d '' library; do
    "${sign[@]}" "$library"
done < <(find "$staged/Contents" -type f -name '*.dylib' -print0)
while IFS= read -r -d '' framework; do
    "${sign[@]}" "$framework"
done < <(find "$staged/Contents/Frameworks" -mindepth 1 -maxdepth 1 -type d -name '*.framework' \
    -print0)
"${sign[@]}" "$staged"
codesign --verify --strict --deep "$staged" || die "the signed app does not verify"

# The component package, then the product archive around it.
note "building the component package"
pkgbuild --root "$root" \
    --component-plist "$here/component.plist" \
    --scripts "$work/scripts" \
    --identifier "$bundle_id" \
    --version "$version" \
    --install-location / \
    --ownership recommended \
    "$work/packages/$component_pkg"

note "building the product archive"
productbuild --distribution "$here/distribution.xml" \
    --package-path "$work/packages" \
    "$work/Stethoscope.pkg"

if [ -n "${STETHOSCOPE_PRODUCTSIGN_IDENTITY:-}" ]; then
    note "signing the package as \"$STETHOSCOPE_PRODUCTSIGN_IDENTITY\""
    productsign --sign "$STETHOSCOPE_PRODUCTSIGN_IDENTITY" --timestamp \
        "$work/Stethoscope.pkg" "$work/Stethoscope-signed.pkg"
    mv -f "$work/Stethoscope-signed.pkg" "$work/Stethoscope.pkg"
else
    note "STETHOSCOPE_PRODUCTSIGN_IDENTITY is unset: the package is not signed (a Jamf policy" \
         "installs it; MDM's InstallEnterpriseApplication and Gatekeeper want it signed)"
fi

mv -f "$work/Stethoscope.pkg" "$product"
note "wrote $product"
if [ -n "${STETHOSCOPE_PRODUCTSIGN_IDENTITY:-}" ] \
    && [ -n "${STETHOSCOPE_CODESIGN_IDENTITY:-}" ]; then
    note "to notarize: xcrun notarytool submit \"$product\" --keychain-profile PROFILE --wait" \
         "&& xcrun stapler staple \"$product\""
fi
