#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for a bounded time and fails if any of them
# finds a crash, a leak, undefined behaviour, a timeout or an out-of-memory input.
#
#   tests/fuzz/run-fuzzers.sh <build dir> <seconds per target>
#
# Each target starts from its seeds (tests/fuzz/corpus/<target>/ plus matching files from
# tests/data and resources) in a scratch corpus under the build folder, so the checkout stays
# clean. A finding is kept as <build dir>/fuzz-findings/<target>/crash-… (or leak-…, timeout-…);
# reproduce it with `<build dir>/tests/fuzz/<target> <file>`, then keep it under
# tests/data/regressions/ with a Catch2 test that feeds it.
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 <build dir> <seconds per target>" >&2
  exit 2
fi
build=$(cd "$1" && pwd) || exit 2
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

# Seeds beyond the hand-written ones in corpus/<target>/.
extra_seeds() {
  case "$1" in
    fuzz_jamf) echo "$root"/tests/data/jamf/*.json ;;
    fuzz_google) echo "$root"/tests/data/google/*.json ;;
    fuzz_landesk) echo "$root"/tests/data/landesk/*.xml ;;
    fuzz_policy) echo "$root"/resources/policy/*.json "$root"/resources/demo/policy.json ;;
  esac
  # Inputs that once broke a target stay in its corpus.
  if [ -d "$root/tests/data/regressions/$1" ]; then
    echo "$root/tests/data/regressions/$1"/*
  fi
}

targets=(fuzz_jamf fuzz_google fuzz_landesk fuzz_policy fuzz_snapshot fuzz_statefiles
         fuzz_feedbackqueue fuzz_oidc fuzz_jwt)
failed=0
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

for target in "${targets[@]}"; do
  binary="$build/tests/fuzz/$target"
  if [ ! -x "$binary" ]; then
    printf '%-20s MISSING  (%s not built)\n' "$target" "$binary"
    failed=1
    continue
  fi
  work="$build/fuzz-work/$target"
  findings="$build/fuzz-findings/$target"
  rm -rf "$work" "$findings"
  mkdir -p "$work" "$findings"
  cp "$here/corpus/$target"/* "$work"/ 2>/dev/null
  for seed in $(extra_seeds "$target"); do
    [ -f "$seed" ] && cp "$seed" "$work"/
  done
  log="$build/fuzz-findings/$target.log"
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$work" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$work" -type f | wc -l)
  if [ $status -eq 0 ] && [ -z "$(ls -A "$findings")" ]; then
    printf '%-20s ok       %8s runs  cov %5s  corpus %4s  (%ss)\n' \
      "$target" "${runs:-?}" "${cov:-?}" "$corpus" "$seconds"
  else
    finding=$(ls "$findings" | head -1)
    reason=$(grep -m1 -oE 'ERROR: [A-Za-z]+Sanitizer: [^ ]+|runtime error: .*|ERROR: libFuzzer: [a-z-]+|fuzz invariant broken: .*' "$log")
    printf '%-20s FAILED   %s  %s  (log: %s)\n' "$target" "${reason:-exit $status}" \
      "${finding:+$findings/$finding}" "$log"
    failed=1
  fi
done
exit $failed
