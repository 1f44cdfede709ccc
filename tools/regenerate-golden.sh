#!/usr/bin/env bash
# Rewrites the golden fixtures (tests/fixtures/layout and tests/fixtures/pagination) from the current
# layout and pagination, and each folder's fonts.txt from the fonts in use, and the expected
# conversions of tests/fixtures/import (expected.json, notices.txt) from the current importers,
# then shows which fixtures changed. Review the diff before committing it: every change is a layout,
# pagination or conversion change. The golden tests report a run that rewrites as failed (a test run never passes by
# rewriting): this script expects that failure and checks that the fixtures were written.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
fixtures=(tests/fixtures/layout tests/fixtures/pagination tests/fixtures/import)
tools/build.sh native
log=$(mktemp)
if FOLIO_REGENERATE_GOLDEN=1 build/native/folio_unit_tests -tc="layout golden:*,pagination golden:*,import golden:*" >"$log" 2>&1; then
  cat "$log"; rm -f "$log"
  echo "regenerate-golden: the golden tests passed while rewriting; they must not" >&2; exit 1
fi
if [ "$(grep -c 'rewritten, nothing checked' "$log")" != 3 ] || grep -q 'cannot write' "$log"; then
  cat "$log"; rm -f "$log"
  echo "regenerate-golden: the fixtures were not all rewritten (see above)" >&2; exit 1
fi
rm -f "$log"
git diff --stat "${fixtures[@]}"
git status --short --untracked-files=all "${fixtures[@]}" | grep '^??' || true
