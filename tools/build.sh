#!/usr/bin/env bash
# Builds Folio: `tools/build.sh native` (core, tests, tools), `tools/build.sh web` (the site in
# build/web/site), or both (no argument). Run tools/setup.sh first (serve.sh and test.sh do).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)
what=${1:-all}

if [ "$what" = native ] || [ "$what" = all ]; then
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/native -j "$jobs"
fi
if [ "$what" = web ] || [ "$what" = all ]; then
  # Debian's Emscripten runs its JS optimizer with a node that must find Debian's acorn module.
  export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
  emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/web -j "$jobs"
fi
