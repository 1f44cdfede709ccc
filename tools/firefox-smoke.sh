#!/usr/bin/env bash
# The viewer's smoke suite in a second engine: Debian's Firefox ESR driven by puppeteer-core over
# WebDriver BiDi (tests/firefox/). Installs what is missing first (tools/setup.sh: the firefox-esr
# package, the npm dev packages), then runs the suite against the built site (build/web/site:
# tools/build.sh web) and prints its TAP, ending with "# pass N" and "# fail N". Exits non-zero
# when a test fails. FIREFOX=<path> runs another Firefox; FIREFOX_WEBGL=0 runs the suite without
# WebGL 2, through the viewer's plain page.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tools/setup.sh >&2

if [ ! -f build/web/site/index.html ]; then
  echo "firefox-smoke: no built site in build/web/site; run tools/build.sh web first" >&2
  exit 1
fi

echo "firefox-smoke: $("${FIREFOX:-/usr/bin/firefox-esr}" --version 2>/dev/null)" >&2
exec node --test --test-reporter=tap tests/firefox/
