#!/bin/sh
# Runs a command inside a private D-Bus session with its own, freshly created and unlocked
# gnome-keyring, so the keychain tests talk to a real Secret Service without touching the
# user's keyring and without a display.
#
# Without dbus-run-session or gnome-keyring-daemon it prints why and exits with 77, which the
# tests declare as their SKIP_RETURN_CODE: ctest then reports them as skipped, never passed.
# CI sets STETHOSCOPE_REQUIRE_KEYRING=1 so that a missing tool fails instead of skipping.
set -eu

skip_code=77

# Listing the test cases (ctest's discovery at build time) needs no keyring.
for arg in "$@"; do
    case "$arg" in
    --list-*) exec "$@" ;;
    esac
done

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring: '$tool' is missing; install dbus and gnome-keyring" \
            "(packaging/setup-debian.sh) to run the keychain tests." >&2
        if [ "${STETHOSCOPE_REQUIRE_KEYRING:-0}" = 1 ]; then
            exit 1
        fi
        echo "run-with-keyring: SKIPPING the keychain tests." >&2
        exit "$skip_code"
    fi
done

# A throwaway home for the keyring files and sockets; removed afterwards.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/stethoscope-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -m 700 "$scratch/run"
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
    XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/config"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL

# --unlock creates the login keyring with the password read from stdin (an empty one is not
# enough to create it); --daemonize returns only once the daemon owns the Secret Service name.
# The daemon leaves when the private bus goes away at the end of dbus-run-session.
status=0
dbus-run-session -- sh -c '
    keyring_env=$(printf %s stethoscope-tests |
        gnome-keyring-daemon --daemonize --unlock --components=secrets) || {
        echo "run-with-keyring: gnome-keyring-daemon did not start" >&2
        exit 1
    }
    while IFS= read -r assignment; do
        case "$assignment" in *=*) export "$assignment" ;; esac
    done <<END
$keyring_env
END
    "$@"
' run-with-keyring "$@" || status=$?
exit "$status"
