#!/usr/bin/env bash
# Rewrites the golden layout fixtures (tests/fixtures/layout) from the current layout engine, then
# shows which fixtures changed. Review the diff before committing it: every change is a layout change.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tools/build.sh native
FOLIO_REGENERATE_GOLDEN=1 build/native/folio_unit_tests -tc="layout golden:*"
git diff --stat tests/fixtures/layout
git status --short --untracked-files=all tests/fixtures/layout | grep '^??' || true
