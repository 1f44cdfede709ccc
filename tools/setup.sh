#!/usr/bin/env bash
# Installs what Folio needs to build and test, and nothing that is already there:
# Debian packages, the wasm build's third-party sources (apt-get source, into build/third_party) and
# npm dev packages.
# Safe to run again: a second run installs nothing. Works offline once everything is installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packages=(cmake g++ make pkg-config emscripten nlohmann-json3-dev libstb-dev doctest-dev
          libharfbuzz-dev libharfbuzz-bin libfribidi-dev libgumbo-dev unicode-data fonts-noto-core fonts-noto-cjk fonts-noto-mono fonts-noto-color-emoji fonts-symbola
          chromium firefox-esr nodejs dpkg-dev qpdf poppler-utils python3-fonttools
          python3-jieba kanjidic hunspell-ko  # the CJK slices' character frequencies (tools/font_slices.py)
          clang-14 libclang-rt-14-dev  # these two: the sanitizer and fuzz stages of tools/test.sh
          libicu-dev)  # ICU's line breaks: the oracle of the word-break tests (tests/unit only)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "setup: '$*' needs root; run it as root or install sudo" >&2; exit 1
  fi
}

missing_packages() {
  local p
  for p in "${packages[@]}"; do
    # nodejs may come from elsewhere (a newer node on PATH is fine).
    if [ "$p" = nodejs ] && command -v node >/dev/null && command -v npm >/dev/null; then continue; fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$p"
  done
}

apt_updated=0
apt_update_once() {
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
}

need=$(missing_packages)
if [ -n "$need" ]; then
  echo "setup: installing Debian packages: $need"
  apt_update_once
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need
  [ -x /usr/bin/npm ] || command -v npm >/dev/null || \
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm
fi

# Third-party sources for the wasm build come from `apt-get source` (Debian's -dev packages hold
# native libraries only). Each lands in build/third_party/<name>, which git ignores.
deb_src_added=0
fetch_source() {  # fetch_source <debian source package> <folder name> <file that proves it is there>
  local package=$1 dir="$root/build/third_party/$2" marker=$3 tmp
  [ -f "$dir/$marker" ] && return 0
  if [ $deb_src_added = 0 ] && ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    echo "setup: adding a deb-src entry for the configured Debian mirror"
    src=/etc/apt/sources.list.d/debian.sources
    if [ -f "$src" ]; then
      sed 's/^Types: deb$/Types: deb-src/' "$src" | as_root tee /etc/apt/sources.list.d/folio-deb-src.sources >/dev/null
    else
      grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | as_root tee /etc/apt/sources.list.d/folio-deb-src.list >/dev/null
    fi
    apt_updated=0
  fi
  deb_src_added=1
  apt_update_once
  echo "setup: fetching $package sources (apt-get source $package)"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source -qq "$package" >/dev/null 2>&1) || { echo "setup: apt-get source $package failed" >&2; exit 1; }
  mkdir -p "$(dirname "$dir")"
  rm -rf "$dir"
  mv "$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name "$package-*" | head -n 1)" "$dir"
  rm -rf "$tmp"
  [ -f "$dir/$marker" ] || { echo "setup: $package sources have no $marker" >&2; exit 1; }
}

fetch_source imgui imgui imgui.cpp          # Dear ImGui 1.86
fetch_source harfbuzz harfbuzz src/harfbuzz.cc  # HarfBuzz 6.0: one amalgamated source file
fetch_source fribidi fribidi lib/fribidi-bidi.c  # FriBidi 1.0.8 (its generated tables included)
# ICU 72: only the word lists of its Thai, Lao, Khmer and Burmese break dictionaries, which
# tools/word_dictionary.py turns into the core's dictionary files at build time. Debian's source
# holds them compiled, in the prebuilt data package (source/data/in/icudt72l.dat), not as text.
fetch_source icu icu source/data/in/icudt72l.dat

# Browser test drivers: playwright-core (Debian's Chromium) and puppeteer-core (Debian's Firefox ESR
# over WebDriver BiDi); neither downloads a browser. TypeScript checks the embedding API's types;
# esbuild minifies the package's modules (tools/package.mjs).
if [ ! -f node_modules/playwright-core/package.json ] || [ ! -f node_modules/puppeteer-core/package.json ] ||
   [ ! -f node_modules/typescript/package.json ] || [ ! -f node_modules/esbuild/package.json ]; then
  echo "setup: installing npm dev packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
