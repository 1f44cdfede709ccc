#!/usr/bin/env bash
# The viewer's smoke suite in a second engine: Debian's Firefox ESR driven by puppeteer-core over
# WebDriver BiDi (tests/firefox/). Installs what is missing first (the firefox-esr and poppler-utils
# Debian packages, the npm dev packages), then runs the suite against the built site
# (build/web/site: tools/build.sh web) and prints its TAP, ending with "# pass N" and "# fail N".
# Exits non-zero when a test fails. FIREFOX=<path> runs another Firefox (nothing is installed then);
# FIREFOX_WEBGL=0 runs the suite without WebGL 2, through the viewer's plain page.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packages=(poppler-utils)  # pdftotext reads the PDFs back
[ -n "${FIREFOX:-}" ] || packages+=(firefox-esr)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "firefox-smoke: '$*' needs root; run it as root or install sudo" >&2; exit 1
  fi
}

missing_packages() {
  local p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$p"
  done
}

need=$(missing_packages)
if [ -n "$need" ]; then
  echo "firefox-smoke: installing Debian packages: $need" >&2
  as_root apt-get update -qq
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >&2
fi

# puppeteer-core drives the installed Firefox; it never downloads a browser.
if [ ! -f node_modules/puppeteer-core/package.json ]; then
  echo "firefox-smoke: installing npm dev packages" >&2
  PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2
fi

if [ ! -f build/web/site/index.html ]; then
  echo "firefox-smoke: no built site in build/web/site; run tools/build.sh web first" >&2
  exit 1
fi

echo "firefox-smoke: $("${FIREFOX:-/usr/bin/firefox-esr}" --version 2>/dev/null)" >&2
exec node --test --test-reporter=tap tests/firefox/
