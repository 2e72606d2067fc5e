#!/usr/bin/env bash
# The footprint benchmark: what the tray app costs a laptop, next to a minimal Qt tray app
# (tests/bench/baseline_tray.cpp) built alongside and measured the same way.
#
#   tests/bench/footprint.sh <build dir>
#
# It starts its own desktop (Xvfb, the trayer tray host, a private D-Bus session) and prints
# one line per figure:
#
#   metric=<name> value=<x> unit=<u> baseline=<y|-> ratio=<x/y|-> target=<t|-> ok=<yes|no|->
#
# and comment lines starting with "#". A missed target is a figure, not a failure: the exit
# status is non-zero only when the benchmark itself breaks (a program does not start, a mark
# or a figure is missing). FOOTPRINT_RUNS (default 5) start-ups are timed, the median counts;
# the idle figures are taken over FOOTPRINT_IDLE_SECONDS (default 60).
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 <build dir>" >&2
    exit 2
fi
build=$(cd "$1" && pwd)

# Inside a private D-Bus session with a Secret Service, as the end-to-end test runs the app.
if [ -z "${FOOTPRINT_IN_SESSION:-}" ]; then
    export FOOTPRINT_IN_SESSION=1 STETHOSCOPE_REQUIRE_KEYRING=1
    exec "$source_dir/tests/keychain/run-with-keyring.sh" bash "$0" "$build"
fi

runs=${FOOTPRINT_RUNS:-5}
idle_seconds=${FOOTPRINT_IDLE_SECONDS:-60}
app=$build/app/stethoscope
baseline=$build/tests/bench/stethoscope_baseline_tray

fail() {
    echo "footprint: FAILED: $*" >&2
    exit 1
}

for tool in Xvfb trayer xwininfo; do
    command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is missing; packaging/setup-debian.sh installs it"
done
for program in "$app" "$baseline" "$build/tests/bench/stethoscope_bench_core" \
    "$build/tests/bench/stethoscope_bench_sources"; do
    [ -x "$program" ] || fail "$program is not built"
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/stethoscope-footprint.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM

# Polls `$@` every 50 ms for at most $1 seconds.
wait_for() {
    local tries=$(($1 * 20))
    shift
    while ((tries-- > 0)); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.05
    done
    return 1
}

# One figure. $5 is the target, "ratio<=1.3" or "value<500" (or "-"); the comparison is
# made here so that every line says whether it holds.
metric() {
    awk -v name="$1" -v value="$2" -v unit="$3" -v base="$4" -v target="$5" 'BEGIN {
        ratio = "-"; ok = "-"
        if (base != "-" && base > 0) ratio = sprintf("%.2f", value / base)
        if (target != "-") {
            match(target, /(<=|<|==)/)
            left = substr(target, 1, RSTART - 1); op = substr(target, RSTART, RLENGTH)
            limit = substr(target, RSTART + RLENGTH) + 0
            measured = (left == "ratio") ? ratio + 0 : value + 0
            holds = (op == "<=") ? measured <= limit : (op == "<") ? measured < limit : measured == limit
            ok = holds ? "yes" : "no"
        }
        printf "metric=%s value=%s unit=%s baseline=%s ratio=%s target=%s ok=%s\n",
            name, value, unit, base, ratio, target, ok
    }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- the desktop: an X server and a system tray host, like tests/e2e/tray-e2e.sh ---------
display=90
while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
    display=$((display + 1))
done
export DISPLAY=":${display}"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
pids+=($!)
wait_for 15 xwininfo -root || fail "Xvfb did not start"
trayer --edge top --align right --widthtype pixel --width 200 --height 32 --SetDockType true \
    --transparent false >"$scratch/trayer.log" 2>&1 &
pids+=($!)
panel_shown() { xwininfo -root -tree | grep -q '"panel": ("panel" "trayer")'; }
wait_for 10 panel_shown || fail "trayer did not show its panel"

export QT_QPA_PLATFORM=xcb STETHOSCOPE_BENCH_MARKS=1 LANG=C.UTF-8
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
# The scheduler says when a refresh has finished ("next refresh in …").
export QT_LOGGING_RULES="stethoscope.desktop.scheduler.debug=true"

# Starts "$@" in the background with its stderr in $log; sets $pid and $started (ms since
# the epoch, the clock the marks use).
launch() {
    log=$1
    shift
    : >"$log"
    started=$(date +%s%3N)
    "$@" >/dev/null 2>>"$log" &
    pid=$!
    pids+=("$pid")
}
stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
mark_of() { awk -v name="$2" '$1 == "mark" && $2 == name { print $3; exit }' "$1"; }
has_mark() { [ -n "$(mark_of "$1" "$2")" ]; }
refreshed() { grep -q "next refresh in" "$1"; }

echo "# footprint: $(basename "$app") --demo against $(basename "$baseline"), $runs start-ups each, ${idle_seconds} s idle"

# --- the cache: one run that refreshes, so that the next starts show the cached status ----
launch "$scratch/warmup.log" "$app" --demo
wait_for 60 refreshed "$scratch/warmup.log" || fail "the tray app's first refresh did not finish: $(tail -n 20 "$scratch/warmup.log")"
sleep 1 # the notifications of the first refresh, written to the alert state
stop "$pid"
ls "$XDG_DATA_HOME"/*/*/demo-snapshot.json >/dev/null 2>&1 || fail "the tray app wrote no cache"

# --- start-up: until the icon is painted in the tray, and until the status is -------------
# Returns "<tray ms> <status ms>" after the process started.
time_start() {
    local log=$scratch/start.log
    launch "$log" "$@"
    wait_for 20 has_mark "$log" status-painted || fail "no status-painted mark from $1: $(tail -n 20 "$log")"
    local tray status
    tray=$(mark_of "$log" tray-shown)
    status=$(mark_of "$log" status-painted)
    stop "$pid"
    echo "$((tray - started)) $((status - started))"
    sleep 0.3 # the tray host lets the icon go
}
time_start "$baseline" >/dev/null # the libraries into the page cache, for both
time_start "$app" --demo >/dev/null
: >"$scratch/app.times"
: >"$scratch/baseline.times"
for ((run = 0; run < runs; run++)); do
    time_start "$baseline" >>"$scratch/baseline.times"
    time_start "$app" --demo >>"$scratch/app.times"
done
echo "# start-up (ms: icon, status) — tray app: $(paste -sd, "$scratch/app.times") — baseline: $(paste -sd, "$scratch/baseline.times")"
base_tray=$(cut -d' ' -f1 "$scratch/baseline.times" | median)
base_status=$(cut -d' ' -f2 "$scratch/baseline.times" | median)
metric startup.tray_shown "$(cut -d' ' -f1 "$scratch/app.times" | median)" ms "$base_tray" "ratio<=1.3"
metric startup.status_painted "$(cut -d' ' -f2 "$scratch/app.times" | median)" ms "$base_status" "ratio<=1.3"

# --- idle: memory and wake-ups over a quiet minute, both programs side by side ----------
# Voluntary context switches of every thread: each is a sleep the process woke from.
switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt_switches/ { n += $2 } END { print n + 0 }'; }
# The timer events the program counted so far (it says on SIGUSR1).
more_marks() { [ "$(grep -c "^mark timer-events" "$1")" -gt "$2" ]; }
timer_events() {
    local log=$1 pid=$2 before
    before=$(grep -c "^mark timer-events" "$log" || true)
    kill -USR1 "$pid"
    wait_for 5 more_marks "$log" "$before" || fail "no timer count on SIGUSR1"
    awk '$1 == "mark" && $2 == "timer-events" { n = $3 } END { print n }' "$log"
}
kib() { awk -v key="$2:" '$1 == key { print $2; exit }' "$1"; }
mib() { awk -v kib="$1" 'BEGIN { printf "%.1f", kib / 1024 }'; }

launch "$scratch/idle-app.log" "$app" --demo
app_pid=$pid
launch "$scratch/idle-baseline.log" "$baseline"
baseline_pid=$pid
wait_for 60 refreshed "$scratch/idle-app.log" || fail "the tray app's refresh did not finish"
wait_for 20 has_mark "$scratch/idle-baseline.log" tray-shown || fail "the baseline did not show its icon"
sleep 2 # what the refresh left to do (notifications, the cache) is done
app_timers=$(timer_events "$scratch/idle-app.log" "$app_pid")
base_timers=$(timer_events "$scratch/idle-baseline.log" "$baseline_pid")
app_switches=$(switches "$app_pid")
base_switches=$(switches "$baseline_pid")
sleep "$idle_seconds"
# (The switches first: the signal that asks for the timer count wakes the process too.)
app_switches=$(($(switches "$app_pid") - app_switches))
base_switches=$(($(switches "$baseline_pid") - base_switches))
app_timers=$(($(timer_events "$scratch/idle-app.log" "$app_pid") - app_timers))
base_timers=$(($(timer_events "$scratch/idle-baseline.log" "$baseline_pid") - base_timers))
per_minute() { awk -v n="$1" -v s="$idle_seconds" 'BEGIN { printf "%.1f", n * 60 / s }'; }

app_rss=$(kib /proc/"$app_pid"/status VmRSS)
base_rss=$(kib /proc/"$baseline_pid"/status VmRSS)
app_pss=$(kib /proc/"$app_pid"/smaps_rollup Pss)
base_pss=$(kib /proc/"$baseline_pid"/smaps_rollup Pss)
if [ -z "$app_rss" ] || [ -z "$base_rss" ]; then
    fail "no memory figures (did a program exit?)"
fi
grep -q "next refresh in" "$scratch/idle-app.log" || fail "the tray app did not refresh"
[ "$(grep -c "refresh:" "$scratch/idle-app.log")" -eq 1 ] ||
    echo "# note: the tray app refreshed again during the idle minute"

metric idle.rss "$(mib "$app_rss")" MiB "$(mib "$base_rss")" "ratio<=1.5"
metric idle.pss "$(mib "$app_pss")" MiB "$(mib "$base_pss")" -
metric idle.timer_events "$(per_minute "$app_timers")" per_minute "$(per_minute "$base_timers")" "value==0"
metric idle.context_switches "$(per_minute "$app_switches")" per_minute "$(per_minute "$base_switches")" -
# Who received the timer events, since start (for whoever has to find them).
awk '$1 == "timer-source" { last[$2] = $3 } END { for (k in last) printf "# timer events since start: %s %s\n", k, last[k] }' \
    "$scratch/idle-app.log" | sort
stop "$app_pid"
stop "$baseline_pid"

# --- the sources and the core: refresh, requests, parsing, merge + evaluate ---------------
"$build/tests/bench/stethoscope_bench_sources" || fail "the sources benchmark failed"
"$build/tests/bench/stethoscope_bench_core" || fail "the core benchmark failed"
