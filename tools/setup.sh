#!/usr/bin/env bash
# Installs what Folio needs to build and test, and nothing that is already there:
# Debian packages, Dear ImGui 1.86 sources (apt-get source, into build/third_party) and npm dev packages.
# Safe to run again: a second run installs nothing. Works offline once everything is installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packages=(cmake g++ make emscripten nlohmann-json3-dev libstb-dev doctest-dev fonts-noto-core
          chromium nodejs dpkg-dev qpdf poppler-utils python3-fonttools
          clang-14 libclang-rt-14-dev)  # the last two: the sanitizer and fuzz stages of tools/test.sh
imgui_dir="$root/build/third_party/imgui"

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

# Dear ImGui: Debian's libimgui-dev has no wasm build, so its sources come from `apt-get source`.
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    echo "setup: adding a deb-src entry for the configured Debian mirror"
    src=/etc/apt/sources.list.d/debian.sources
    if [ -f "$src" ]; then
      sed 's/^Types: deb$/Types: deb-src/' "$src" | as_root tee /etc/apt/sources.list.d/folio-deb-src.sources >/dev/null
    else
      grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | as_root tee /etc/apt/sources.list.d/folio-deb-src.list >/dev/null
    fi
    apt_updated=0
  fi
  apt_update_once
  echo "setup: fetching Dear ImGui sources (apt-get source imgui)"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source -qq imgui >/dev/null 2>&1) || { echo "setup: apt-get source imgui failed" >&2; exit 1; }
  mkdir -p "$(dirname "$imgui_dir")"
  rm -rf "$imgui_dir"
  mv "$tmp"/imgui-1.86* "$imgui_dir"
  rm -rf "$tmp"
fi

# Browser test driver: playwright-core only (it drives Debian's Chromium; it never downloads a browser).
if [ ! -f node_modules/playwright-core/package.json ]; then
  echo "setup: installing npm dev packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
