#!/usr/bin/env bash
# Rewrites the golden fixtures (tests/fixtures/layout and tests/fixtures/pagination) from the current
# layout and pagination, then shows which fixtures changed. Review the diff before committing it:
# every change is a layout or pagination change.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
fixtures=(tests/fixtures/layout tests/fixtures/pagination)
tools/build.sh native
FOLIO_REGENERATE_GOLDEN=1 build/native/folio_unit_tests -tc="layout golden:*,pagination golden:*"
git diff --stat "${fixtures[@]}"
git status --short --untracked-files=all "${fixtures[@]}" | grep '^??' || true
