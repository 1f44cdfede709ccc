#!/usr/bin/env bash
# Builds Folio: `tools/build.sh native` (core, tests, benchmarks), `tools/build.sh web` (the site in
# build/web/site), both (`native web`, or no argument). Run tools/setup.sh first (serve.sh and
# test.sh do).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(native web)

for target in "${targets[@]}"; do
  case "$target" in
    native)
      cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build build/native -j "$jobs"
      ;;
    web)
      # Debian's Emscripten runs its JS optimizer with a node that must find Debian's acorn module.
      export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
      emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build build/web -j "$jobs"
      ;;
    *) echo "build: unknown target '$target' (native or web)" >&2; exit 2 ;;
  esac
done
