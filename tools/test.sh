#!/usr/bin/env bash
# Installs what is missing, builds native and web, runs every test (doctest through ctest, then the
# browser tests in Chromium), prints the counts and exits non-zero on any failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tools/setup.sh || exit 1
tools/build.sh native || { echo "test: native build failed" >&2; exit 1; }
tools/build.sh web || { echo "test: web build failed" >&2; exit 1; }
log=build/test-logs
mkdir -p "$log"

echo "== unit tests (doctest via ctest)"
ctest --test-dir build/native --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" 2>&1 | tee "$log/ctest.txt"
unit_status=${PIPESTATUS[0]}
unit_total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$log/ctest.txt" | tail -n 1)
unit_failed=$(sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' "$log/ctest.txt" | tail -n 1)
unit_total=${unit_total:-0}; unit_failed=${unit_failed:-0}
[ "$unit_status" = 0 ] || [ "$unit_failed" != 0 ] || unit_failed=1

echo "== browser tests (playwright-core + Chromium)"
node --test --test-reporter=tap tests/browser/ 2>&1 | tee "$log/browser.txt"
browser_status=${PIPESTATUS[0]}
browser_passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log/browser.txt" | tail -n 1)
browser_failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log/browser.txt" | tail -n 1)
browser_passed=${browser_passed:-0}; browser_failed=${browser_failed:-0}
[ "$browser_status" = 0 ] || [ "$browser_failed" != 0 ] || browser_failed=1

passed=$((unit_total - unit_failed + browser_passed))
failed=$((unit_failed + browser_failed))
echo "unit: $((unit_total - unit_failed)) passed, $unit_failed failed; browser: $browser_passed passed, $browser_failed failed"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
