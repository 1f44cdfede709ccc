#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, in build/asan) and runs each for
# a while: `tools/fuzz.sh [seconds] [target...]` (default 60 s, every target; a target is a name
# such as article_parse). Two targets run at a time. Seed corpora are made at run time in the
# git-ignored build/fuzz/corpus/<target> from the fixtures, the sample articles, values the
# readers accept, Debian's Noto fonts and small pictures from Debian packages; what a run finds
# stays there for the next run. A crash is kept in build/fuzz/artifacts/<target>/ and fails the
# script. One line a target: "fuzz <target>: <runs> runs in <s> s, <result>". FUZZ_JOBS=1 runs one
# at a time.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-60}
shift || true
all=(article_parse article_print stored_values font_load picture_decode)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
jobs=${FUZZ_JOBS:-2}
fonts=/usr/share/fonts/truetype/noto
out=build/fuzz
mkdir -p "$out/logs"

cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DFOLIO_SANITIZE=ON -DFOLIO_FUZZ=ON >/dev/null || { echo "fuzz: configure failed" >&2; exit 1; }
for t in "${targets[@]}"; do
  cmake --build build/asan -j 2 --target "folio_fuzz_$t" >"$out/logs/build-$t.txt" 2>&1 ||
    { cat "$out/logs/build-$t.txt"; echo "fuzz: building $t failed" >&2; exit 1; }
done

# Seeds, made fresh each time (files a run adds are kept beside them).
seed() {  # seed <target> <name> <file or -> (reads stdin for -)
  mkdir -p "$out/corpus/$1"
  if [ "$3" = - ]; then cat >"$out/corpus/$1/seed-$2"; else cp "$3" "$out/corpus/$1/seed-$2"; fi
}
for f in tests/fixtures/*/*.json assets/articles/*.json; do
  name=$(echo "$f" | tr / _)
  seed article_parse "$name" "$f"
  [ "$(stat -c %s "$f")" -lt 60000 ] && { printf 'A'; cat "$f"; } | seed article_print "$name" -
done
i=0
for value in '{"version":1,"fontSizePx":20,"family":"serif","lineSpacing":"normal","columnWidth":"medium","theme":"auto"}' \
             '{"version":1,"bookmarks":[{"id":"a","title":"T","source":"S","url":"https://example.com/a","articleUrl":"a.json","savedAt":"2026-01-02T03:04:05Z","progress":0.25,"block":3,"offset":120}]}' \
             '{"version":1,"bookmarks":[{"id":"kept","title":"New","savedAt":"2026-05-01T00:00:00Z"},{"id":"b","title":"B"}]}' \
             '{"version":1,"drafts":{"https://example.com/a":{"name":"Ann","text":"A draft"}}}' \
             '{"version":1,"comments":{"https://example.com/a":[{"author":"Ann","text":"Hello","posted":"2026-01-02T03:04:05Z","state":"pending"}]}}'; do
  { printf "\\x$(printf %02x $i)"; printf '%s' "$value"; } | seed stored_values "$i" -
  i=$((i + 1))
done
# Fonts: Noto cut down to Basic Latin with its kerning (small seeds: many more runs a second).
mkdir -p "$out/corpus/font_load"
for f in "$fonts"/NotoSerif-Regular.ttf "$fonts"/NotoSans-Bold.ttf "$fonts"/NotoSerif-Italic.ttf; do
  [ -f "$f" ] && /usr/bin/python3 -m fontTools.subset "$f" --unicodes=U+0020-007E,U+00E9,U+2014 \
      --layout-features=kern --output-file="$out/corpus/font_load/seed-$(basename "$f")" 2>/dev/null
done
for f in /usr/share/emscripten/tests/*.png /usr/share/emscripten/tests/*.jpg /usr/share/emscripten/tests/*.gif \
         /usr/share/emscripten/tests/*.bmp /usr/share/emscripten/tests/*.ppm /usr/share/doc/nodejs/*.jpg; do
  [ -f "$f" ] && [ "$(stat -c %s "$f")" -lt 20000 ] && seed picture_decode "$(basename "$f")" "$f"
done

run() {  # run <target>: one line of result
  local t=$1 log="$out/logs/run-$t.txt" max_len=65536
  mkdir -p "$out/artifacts/$t" "$out/corpus/$t"
  local start=$SECONDS
  "build/asan/folio_fuzz_$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=$max_len \
      -print_final_stats=1 -artifact_prefix="$out/artifacts/$t/" "$out/corpus/$t" >"$log" 2>&1
  local status=$? runs
  runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
  if [ $status = 0 ]; then
    echo "fuzz $t: ${runs:-0} runs in $((SECONDS - start)) s, no crash"
  else
    echo "fuzz $t: ${runs:-0} runs in $((SECONDS - start)) s, CRASH (status $status; $log, $out/artifacts/$t/)"
    grep -m 3 -E "ERROR: |runtime error|SUMMARY" "$log" | sed 's/^/    /'
  fi
  return $status
}

failed=0
pids=()
for t in "${targets[@]}"; do
  run "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then wait "${pids[0]}" || failed=$((failed + 1)); pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
echo "fuzz: $((${#targets[@]} - failed)) passed, $failed failed"
[ $failed = 0 ]
