#!/usr/bin/env bash
# Runs vitest test files N times in a row while `stress-ng --cpu 2` loads both cores, and counts
# the runs that failed: the check that a real-component test waits for states, not for luck.
#   bash scripts/repeat-under-load.sh 50 tests/integration/obs/scenes.test.ts
#   bash scripts/repeat-under-load.sh 3 tests/integration            (the whole integration suite)
# Needs stress-ng (apt-get install -y stress-ng). Logs of failed runs stay in .bench/repeat/.
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:?usage: repeat-under-load.sh N FILE_OR_DIR...}"
shift
command -v stress-ng >/dev/null || { echo "stress-ng is missing: apt-get install -y stress-ng" >&2; exit 2; }
mkdir -p .bench/repeat
stress-ng --cpu 2 --timeout 0 >/dev/null 2>&1 &
stress=$!
trap 'kill $stress 2>/dev/null; wait $stress 2>/dev/null' EXIT
passed=0
failed=0
for i in $(seq 1 "$runs"); do
  log=".bench/repeat/run-$i.log"
  start=$(date +%s)
  if npx vitest run --project integration --no-file-parallelism "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    rm -f "$log"
    echo "run $i: passed in $(($(date +%s) - start)) s"
  else
    failed=$((failed + 1))
    echo "run $i: FAILED in $(($(date +%s) - start)) s (log: $log)"
    grep -E "FAIL|Error|timed out|within" "$log" | head -5 | sed 's/^/    /'
  fi
done
echo "under stress-ng --cpu 2: $passed passed, $failed failed of $runs runs"
[ "$failed" -eq 0 ]
