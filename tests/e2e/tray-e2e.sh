#!/usr/bin/env bash
# The end-to-end test of the tray app on a real X desktop: Xvfb, a system tray host (trayer),
# a private D-Bus session with a real Secret Service (run through run-with-keyring.sh), and
# the app on its demo backends. It asserts that the tray icon is embedded in the tray host,
# that clicking a notification opens the details window on that notification's device, and
# that a second launch with --alerts opens the alerts inbox, where Check again refreshes and
# Snooze snoozes, and that with [local] enabled this computer is one device, selectable by its
# name, in the details window; it saves screenshots of the tray icon in each state, the menu, a
# notification, the details window and the alerts inbox.
#
#   tray-e2e.sh <stethoscope binary> <screenshot folder>
#
# Exits 77 (skipped) when a desktop tool is missing, unless STETHOSCOPE_REQUIRE_DESKTOP=1.
set -euo pipefail

binary=$1
shots=$2
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
skip_code=77

for tool in Xvfb trayer xdotool xwininfo import; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "tray-e2e: '$tool' is missing; packaging/setup-debian.sh installs it." >&2
        [ "${STETHOSCOPE_REQUIRE_DESKTOP:-0}" = 1 ] && exit 1
        echo "tray-e2e: SKIPPING the end-to-end test." >&2
        exit "$skip_code"
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/stethoscope-e2e.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM
mkdir -p "$shots"

fail() {
    echo "tray-e2e: FAILED: $*" >&2
    if [ -f "$scratch/app.log" ]; then
        echo "--- app log ---" >&2
        tail -n 40 "$scratch/app.log" >&2
    fi
    import -window root "$shots/failure.png" 2>/dev/null || true
    exit 1
}

# Polls `$@` every 0.2 s for at most $timeout seconds.
wait_for() {
    local timeout=$1 what=$2
    shift 2
    local tries=$((timeout * 5))
    while ((tries-- > 0)); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.2
    done
    fail "$what (waited ${timeout} s)"
}

# A free display number.
display=90
while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
    display=$((display + 1))
done
export DISPLAY=":${display}"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
pids+=($!)
wait_for 15 "Xvfb did not start" xwininfo -root

# The tray host, top right: 200 × 32 px.
trayer --edge top --align right --widthtype pixel --width 200 --height 32 --SetDockType true \
    --transparent false --tint 0xd8d8d8 >"$scratch/trayer.log" 2>&1 &
pids+=($!)
panel_id() { xwininfo -root -tree | awk '/"panel": \("panel" "trayer"\)/ { print $1; exit }'; }
panel_shown() { test -n "$(panel_id)"; }
wait_for 10 "trayer did not show its panel" panel_shown
panel=$(panel_id)

export QT_QPA_PLATFORM=xcb
export QT_LOGGING_RULES="stethoscope.desktop*.debug=true"
app_pid=

# IT's settings for the runs: no notifications while the tray states are photographed (a
# balloon would cover the icon), and a help address for the menu.
cat >"$scratch/quiet.ini" <<'INI'
[notifications]
daily_budget=0
INI
cat >"$scratch/company.ini" <<'INI'
[app]
help=https://help.example.com/stethoscope
INI

# Starts the app on the demo backends with a fresh state folder, then waits for its tray icon
# to be embedded in trayer's panel.
start_app() {
    local name=$1
    shift
    export XDG_DATA_HOME="$scratch/data-$name" XDG_CONFIG_HOME="$scratch/config-$name"
    : >"$scratch/app.log"
    # US English for the app alone (Qt carries its own locale data; the X tools want theirs).
    LANG=en_US.UTF-8 "$binary" --demo "$@" >>"$scratch/app.log" 2>&1 &
    app_pid=$!
    pids+=("$app_pid")
    wait_for 20 "the tray icon was not embedded in the tray host ($name)" icon_id
}
stop_app() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    wait_for 10 "the tray icon did not leave the tray host" icon_gone
}
# The app's window inside the panel: embedded means reparented into the tray host.
icon_id() {
    local id
    id=$(xwininfo -tree -id "$panel" | awk 'tolower($0) ~ /"stethoscope"/ { print $1; exit }')
    [ -n "$id" ] && echo "$id"
}
icon_gone() { test -z "$(icon_id)"; }
refreshed() { grep -q "next refresh in" "$scratch/app.log"; }
absolute() { xwininfo -id "$1" | awk -v key="$2" '$0 ~ key { print $NF; exit }'; }

shoot_tray() {
    # The icon with a little of the panel around it, enlarged 3× so that the glyph can be seen.
    local icon x
    icon=$(icon_id)
    x=$(absolute "$icon" "Absolute upper-left X")
    import -window root -crop "48x32+$((x - 13))+0" +repage -filter point -resize 300% \
        "$shots/tray-$1.png"
}

# --- the five states ---------------------------------------------------------------------
start_app checking --config "$scratch/quiet.ini" --demo-latency 20000
sleep 1
shoot_tray checking
stop_app

start_app unknown --config "$scratch/quiet.ini" --demo-offline
wait_for 60 "the offline refresh did not finish" refreshed
shoot_tray unknown
stop_app

start_app allgood --config "$scratch/quiet.ini" --user dana@example.com
wait_for 30 "the refresh did not finish (all good)" refreshed
shoot_tray allgood
stop_app

start_app suggestions --config "$scratch/quiet.ini" --user bob@example.com
wait_for 30 "the refresh did not finish (suggestions)" refreshed
shoot_tray suggestions
stop_app

# --- action required: notification, click-through, menu, details -------------------------
start_app actionrequired --config "$scratch/company.ini"
wait_for 30 "the refresh did not finish (action required)" refreshed
icon=$(icon_id)
wait_for 10 "no notification was shown" grep -q "notification shown:" "$scratch/app.log"
sleep 0.5
# The last notification is the one on screen; the app logs which device it is about.
device=$(grep "notification shown:" "$scratch/app.log" | tail -n 1 | sed 's/.*device name: "\(.*\)"$/\1/')
[ -n "$device" ] || fail "the notification's device is not in the log"
import -window root -crop 520x200+760+0 +repage "$shots/notification.png"

# The balloon: a visible window of the app near the icon, other than the icon.
balloon=
find_balloon() {
    local id
    for id in $(xdotool search --onlyvisible --classname stethoscope 2>/dev/null); do
        [ "$(printf '0x%x' "$id")" = "$icon" ] && continue
        local height
        height=$(xwininfo -id "$id" | awk '/Height:/ { print $2 }')
        if [ "${height:-0}" -gt 30 ] && [ "${height:-0}" -lt 300 ]; then
            balloon=$id
            return 0
        fi
    done
    return 1
}
wait_for 10 "the notification balloon is not on screen" find_balloon
bx=$(absolute "$balloon" "Absolute upper-left X")
by=$(absolute "$balloon" "Absolute upper-left Y")
bw=$(xwininfo -id "$balloon" | awk '/Width:/ { print $2 }')
bh=$(xwininfo -id "$balloon" | awk '/Height:/ { print $2 }')
xdotool mousemove $((bx + bw / 3)) $((by + bh * 2 / 3)) click 1

# (The dash between the two is matched loosely: the window title is encoded per locale.)
details_on_device() { xdotool search --onlyvisible --name "^${device} .* Stethoscope\$"; }
wait_for 10 "clicking the notification did not open the details window on \"$device\"" \
    details_on_device
details=$(details_on_device | head -n 1)
sleep 0.5
import -window "$details" "$shots/details-critical.png"
# The balloon went away with the click: now the icon can be seen alone.
sleep 0.5
shoot_tray actionrequired

# --- the alerts inbox: a second launch with --alerts opens it in the running app -----------
LANG=en_US.UTF-8 "$binary" --demo --alerts >"$scratch/second.log" 2>&1 ||
    fail "the second launch with --alerts failed: $(cat "$scratch/second.log")"
alerts_shown() { xdotool search --onlyvisible --name "^Alerts .* Stethoscope\$"; }
wait_for 10 "--alerts did not bring the running app's alerts inbox forward" alerts_shown
sleep 0.5
import -window "$details" "$shots/alerts-open.png"
# The keyboard is on the newest alert's first action (Show me how to fix); the next is Check
# again.
xdotool key Tab space
checked_again() { grep -q "refresh: .*CheckNow" "$scratch/app.log"; }
wait_for 15 "Check again on an alert did not start a refresh" checked_again
refreshed_twice() { test "$(grep -c "next refresh in" "$scratch/app.log")" -ge 2; }
wait_for 30 "the refresh after Check again did not finish" refreshed_twice
# Then Snooze → 1 hour, from its menu.
xdotool key Tab space
sleep 0.3
xdotool key Down Return
snoozed() { grep -q "alert snoozed until" "$scratch/app.log"; }
wait_for 10 "Snooze → 1 hour on an alert did not snooze it" snoozed
sleep 0.5
import -window "$details" "$shots/alerts-snoozed.png"
xdotool windowunmap "$details" || true

# The menu, on a right click on the icon.
ix=$(absolute "$icon" "Absolute upper-left X")
iy=$(absolute "$icon" "Absolute upper-left Y")
xdotool mousemove $((ix + 8)) $((iy + 8)) click 3
# The menu: a visible window of the app taller than the icon and the balloon.
menu_shown() {
    local id
    for id in $(xdotool search --onlyvisible --classname stethoscope 2>/dev/null); do
        if xwininfo -id "$id" | awk '/Height:/ { exit !($2 > 150) }'; then return 0; fi
    done
    return 1
}
wait_for 10 "the context menu did not open" menu_shown
sleep 0.3
import -window root -crop 560x560+720+0 +repage "$shots/menu.png"
xdotool key Escape
stop_app

# --- a recovery: IT turns the firewall practice off, so alice-air's firewall alert resolves ---
# (The same state folder as the run above: its inbox is restored, then the refresh resolves.)
sed 's/"schema": 1,/"schema": 1, "practices": { "firewall": "off" },/' \
    "$source_dir/resources/demo/policy.json" >"$scratch/no-firewall.json"
start_app actionrequired --config "$scratch/company.ini" --policy "$scratch/no-firewall.json" \
    --alerts
thanked() { grep -q "thanked: .*alice-air" "$scratch/app.log"; }
wait_for 30 "a recovered practice was not thanked for" thanked
wait_for 10 "--alerts at start did not open the alerts inbox" alerts_shown
sleep 0.5
import -window "$(alerts_shown | head -n 1)" "$shots/alerts-resolved.png"
stop_app

# --- this computer, live: the demo's backend knows it as of 3 days ago; the local probes read it
# now, and the two records are one device in the details window --------------------------------
host=$(hostname)
live=skipped
if [ -n "$host" ] && [ "${host%%.*}" != localhost ]; then
    cat >"$scratch/local.ini" <<'INI'
[local]
enabled=true
[notifications]
daily_budget=0
INI
    start_app local --config "$scratch/local.ini"
    wait_for 30 "the refresh did not finish (this computer)" refreshed
    icon=$(icon_id)
    ix=$(absolute "$icon" "Absolute upper-left X")
    iy=$(absolute "$icon" "Absolute upper-left Y")
    xdotool mousemove $((ix + 8)) $((iy + 8)) click 1
    details_open() { xdotool search --onlyvisible --name " Stethoscope\$"; }
    wait_for 10 "a click on the icon did not open the details window" details_open
    details=$(details_open | head -n 1)
    # The device list has the keyboard: typing a name selects that device.
    xdotool windowfocus --sync "$details" || true
    xdotool type --delay 80 "${host%%.*}"
    on_this_computer() { xdotool search --onlyvisible --name "^${host%%.*} .* Stethoscope\$"; }
    wait_for 10 "typing \"${host%%.*}\" did not select this computer in the details window" \
        on_this_computer
    # Tall, and down to the end: the verdicts where the backend and the computer disagree.
    xdotool windowsize --sync "$details" 900 760 || true
    dx=$(absolute "$details" "Absolute upper-left X")
    dy=$(absolute "$details" "Absolute upper-left Y")
    xdotool mousemove $((dx + 580)) $((dy + 450)) click --repeat 40 --delay 20 5
    sleep 0.5
    import -window "$details" "$shots/details-this-computer.png"
    stop_app
    live="this computer ($host) showed its live record"
fi

echo "tray-e2e: OK — icon embedded in the tray host; the notification about \"$device\" opened" \
    "its details; --alerts opened the inbox, Check again refreshed, Snooze snoozed, a recovery" \
    "was thanked for; $live;" \
    "screenshots in $shots"
