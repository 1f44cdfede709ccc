#!/usr/bin/env bash
# Builds the example apps (examples/*/, see examples/README.md) as CI does, from the built site
# (tools/build.sh web):
#   1. the viewer's npm package, build/folio-<version>.tgz (node tools/package.mjs), when it is
#      missing or older than the site's files it holds;
#   2. for each example, its npm dependencies, exactly as its package-lock.json names them;
#   3. `vite build` into examples/<name>/dist.
# Each step is skipped when what it makes is up to date, so that a second run takes seconds; the
# script says what it did and exits non-zero on the first failure.
#
# Why the viewer is installed apart: each example depends on the tarball
# ("folio": "file:../../build/folio-<version>.tgz"), which is rebuilt with the viewer, so its
# checksum changes. A package-lock.json that recorded it would make `npm ci` refuse a rebuilt
# tarball (EINTEGRITY), or worse, install an older copy from npm's cache that has that checksum.
# So the examples' locks record no integrity for folio (this script refuses one that does), and
# `npm ci` reads the tarball as it is. A stamp in node_modules/ remembers the lock and the tarball
# an install was made from: a new lock runs `npm ci` again; a new tarball only reinstalls the
# viewer (`npm install --no-save` of the tarball, which changes neither package.json nor the lock).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { echo "examples: $*"; }
fail() { echo "examples: $*" >&2; exit 1; }

site=build/web/site
[ -f "$site/folio.js" ] && [ -f "$site/folio-core.wasm" ] || fail "build the site first (tools/build.sh web)"
version=$(node -p "require('./package.json').version")
tarball=build/folio-$version.tgz

# 1. The package: made again when any file of the site it is made from is newer than it.
if [ ! -f "$tarball" ]; then
  say "making the package ($tarball is missing)"
  node tools/package.mjs >/dev/null
elif newer=$(find "$site" -path "$site/articles" -prune -o -type f ! -name '*.html' ! -name '*.css' -newer "$tarball" -print -quit) \
     && [ -n "$newer" ]; then
  say "making the package again (${newer#"$site"/} is newer than $tarball)"
  node tools/package.mjs >/dev/null
else
  say "$tarball is up to date"
fi
tarball_sum=$(sha256sum "$tarball" | cut -d' ' -f1)

for dir in examples/*/; do
  dir=${dir%/}
  [ -f "$dir/package.json" ] || continue
  name=${dir#examples/}
  (
    cd "$dir"
    grep -q "\"folio\": \"file:../../$tarball\"" package.json \
      || fail "$dir/package.json must depend on \"folio\": \"file:../../$tarball\""
    if node -e "process.exit(require('./package-lock.json').packages['node_modules/folio']?.integrity ? 0 : 1)"; then
      fail "$dir/package-lock.json records an integrity for folio: delete that line (see tools/examples.sh)"
    fi

    # 2. Dependencies.
    stamp=node_modules/.folio-examples-install  # "<sha-256 of package-lock.json> <sha-256 of the tarball>"
    lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
    had_lock= had_tarball=
    [ -f "$stamp" ] && read -r had_lock had_tarball < "$stamp"
    if [ "$had_lock" != "$lock_sum" ]; then
      say "$name: npm ci"
      npm ci --no-audit --no-fund
    elif [ "$had_tarball" != "$tarball_sum" ]; then
      say "$name: installing the new $tarball"
      npm install --no-save --no-audit --no-fund "../../$tarball"
    else
      say "$name: node_modules is up to date"
    fi
    [ "$had_lock $had_tarball" = "$lock_sum $tarball_sum" ] || echo "$lock_sum $tarball_sum" > "$stamp"

    # 3. The build: again when a file of the example (outside node_modules/ and dist/) or the
    # installed dependencies are newer than the last one.
    built=node_modules/.folio-examples-build
    if [ -f dist/index.html ] && [ -d dist/folio/fonts ] && [ -f "$built" ] && [ ! "$stamp" -nt "$built" ] \
       && [ -z "$(find . -mindepth 1 \( -name node_modules -o -name dist \) -prune -o -newer "$built" -print -quit)" ]; then
      say "$name: dist/ is up to date"
    else
      say "$name: vite build"
      npx --no vite build
      touch "$built"
    fi
  )
done
say "done"
