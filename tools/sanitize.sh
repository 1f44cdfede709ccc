#!/usr/bin/env bash
# The sanitizer stage of tools/test.sh: builds build/asan (clang-14, AddressSanitizer + UBSan, any
# error fatal; the fuzz targets too), runs the unit and UI tests there through ctest, then
# folio-print over every fixture and sample article (tests/fixtures/**/*.json, assets/articles/*.json,
# the hostile ones in tests/fixtures/hostile). An article folio-print refuses (status 1) passes;
# a sanitizer report, a signal or any other status fails. Prints "sanitize: N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
log=build/test-logs
mkdir -p "$log" build/asan/print
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86

cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DFOLIO_SANITIZE=ON -DFOLIO_FUZZ=ON >/dev/null &&
  cmake --build build/asan -j 2 >"$log/asan-build.txt" 2>&1 ||
  { tail -n 30 "$log/asan-build.txt"; echo "sanitize: build failed"; echo "sanitize: 0 passed, 1 failed"; exit 1; }

ctest --test-dir build/asan --output-on-failure -j 2 >"$log/asan-ctest.txt" 2>&1
ctest_status=$?
total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$log/asan-ctest.txt" | tail -n 1)
failed=$(sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' "$log/asan-ctest.txt" | tail -n 1)
total=${total:-0}; failed=${failed:-0}
[ "$ctest_status" = 0 ] || [ "$failed" != 0 ] || failed=1
[ "$failed" = 0 ] || grep -E "ERROR: AddressSanitizer|runtime error|Failed|\*\*\*" "$log/asan-ctest.txt" | head -n 20
echo "sanitize: ctest under ASan + UBSan: $((total - failed)) passed, $failed failed"
passed=$((total - failed))

print_passed=0; print_failed=0
: >"$log/asan-print.txt"
while IFS= read -r article; do
  build/asan/folio-print "$article" -o build/asan/print/out.pdf >build/asan/print/stderr.txt 2>&1
  status=$?
  if { [ $status = 0 ] || [ $status = 1 ]; } && ! grep -qE "ERROR: (Address|Leak)Sanitizer|runtime error:" build/asan/print/stderr.txt; then
    print_passed=$((print_passed + 1))
  else
    print_failed=$((print_failed + 1))
    { echo "== $article (status $status)"; cat build/asan/print/stderr.txt; } >>"$log/asan-print.txt"
    echo "sanitize: folio-print $article: status $status" >&2
  fi
done < <(find tests/fixtures assets/articles -name '*.json' | sort)
echo "sanitize: folio-print under ASan + UBSan: $print_passed articles passed, $print_failed failed (details: $log/asan-print.txt)"
passed=$((passed + print_passed)); failed=$((failed + print_failed))
echo "sanitize: $passed passed, $failed failed"
[ "$failed" = 0 ]
