#!/usr/bin/env bash
# Installs what is missing, builds native and web and the example apps (tools/examples.sh), runs every test (doctest through ctest, the
# embedding API's types (tsc --noEmit on tests/types), the browser tests in Chromium, a smoke suite in Firefox ESR (tools/firefox-smoke.sh), the unit tests and folio-print over every fixture under ASan + UBSan
# (tools/sanitize.sh), a fuzz smoke: a fixed number of inputs per fuzz target from a fixed seed
# (tools/fuzz.sh smoke)), prints the counts and how long each stage took, and exits non-zero on any failure. FUZZ=0 leaves the
# fuzz stage out.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# How long each stage took, printed at the end (a whole run should stay well under 30 minutes).
timings=""
stage_start=$SECONDS
stage_done() { timings+="$1 $((SECONDS - stage_start)) s; "; stage_start=$SECONDS; }
tools/setup.sh || exit 1
stage_done setup
tools/build.sh native || { echo "test: native build failed" >&2; exit 1; }
stage_done "native build"
tools/build.sh web || { echo "test: web build failed" >&2; exit 1; }
stage_done "web build"
tools/examples.sh || echo "test: building the example apps failed (tools/examples.sh); tests/browser/examples.test.mjs will fail" >&2
stage_done examples
log=build/test-logs
mkdir -p "$log"

echo "== unit tests (doctest via ctest)"
ctest --test-dir build/native --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" 2>&1 | tee "$log/ctest.txt"
unit_status=${PIPESTATUS[0]}
unit_total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$log/ctest.txt" | tail -n 1)
unit_failed=$(sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' "$log/ctest.txt" | tail -n 1)
unit_total=${unit_total:-0}; unit_failed=${unit_failed:-0}
[ "$unit_status" = 0 ] || [ "$unit_failed" != 0 ] || unit_failed=1
stage_done "unit tests"

echo "== types (tsc --noEmit: a typed page against web/*.d.ts)"
if node_modules/.bin/tsc -p tests/types/tsconfig.json; then
  types_passed=1; types_failed=0; echo "types: the typed example compiles"
else
  types_passed=0; types_failed=1; echo "types: the typed example does not compile" >&2
fi
stage_done types

echo "== browser tests (playwright-core + Chromium)"
node --test --test-reporter=tap tests/browser/ 2>&1 | tee "$log/browser.txt"
browser_status=${PIPESTATUS[0]}
browser_passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log/browser.txt" | tail -n 1)
browser_failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log/browser.txt" | tail -n 1)
browser_passed=${browser_passed:-0}; browser_failed=${browser_failed:-0}
[ "$browser_status" = 0 ] || [ "$browser_failed" != 0 ] || browser_failed=1
stage_done "browser tests"

echo "== Firefox smoke (puppeteer-core + Firefox ESR over WebDriver BiDi)"
tools/firefox-smoke.sh 2>&1 | tee "$log/firefox.txt"
firefox_status=${PIPESTATUS[0]}
firefox_passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log/firefox.txt" | tail -n 1)
firefox_failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log/firefox.txt" | tail -n 1)
firefox_passed=${firefox_passed:-0}; firefox_failed=${firefox_failed:-0}
[ "$firefox_status" = 0 ] || [ "$firefox_failed" != 0 ] || firefox_failed=1
stage_done firefox

echo "== sanitizers (ASan + UBSan: unit and UI tests, folio-print over every fixture)"
tools/sanitize.sh 2>&1 | tee "$log/sanitize.txt"
sanitize_status=${PIPESTATUS[0]}
sanitize_passed=$(sed -n 's/^sanitize: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$log/sanitize.txt" | tail -n 1)
sanitize_failed=$(sed -n 's/^sanitize: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$log/sanitize.txt" | tail -n 1)
sanitize_passed=${sanitize_passed:-0}; sanitize_failed=${sanitize_failed:-0}
[ "$sanitize_status" = 0 ] || [ "$sanitize_failed" != 0 ] || sanitize_failed=1
stage_done sanitizers

fuzz_passed=0; fuzz_failed=0
if [ "${FUZZ:-1}" != 0 ]; then
  echo "== fuzz smoke (a fixed number of inputs per target from a fixed seed, two targets at a time)"
  tools/fuzz.sh smoke 2>&1 | tee "$log/fuzz.txt"
  fuzz_status=${PIPESTATUS[0]}
  fuzz_passed=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$log/fuzz.txt" | tail -n 1)
  fuzz_failed=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$log/fuzz.txt" | tail -n 1)
  fuzz_passed=${fuzz_passed:-0}; fuzz_failed=${fuzz_failed:-0}
  [ "$fuzz_status" = 0 ] || [ "$fuzz_failed" != 0 ] || fuzz_failed=1
  stage_done fuzz
fi

passed=$((unit_total - unit_failed + types_passed + browser_passed + firefox_passed + sanitize_passed + fuzz_passed))
failed=$((unit_failed + types_failed + browser_failed + firefox_failed + sanitize_failed + fuzz_failed))
echo "unit: $((unit_total - unit_failed)) passed, $unit_failed failed; types: $types_passed passed, $types_failed failed;" \
     "browser: $browser_passed passed, $browser_failed failed; firefox: $firefox_passed passed, $firefox_failed failed;" \
     "sanitizers: $sanitize_passed passed, $sanitize_failed failed; fuzz: $fuzz_passed passed, $fuzz_failed failed"
echo "time: ${timings}whole run $SECONDS s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
