#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, in build/asan) and runs them.
#   tools/fuzz.sh smoke [target...]      the same fixed number of inputs each time, from a fixed
#                                        random seed and the seeds only: the same result for the
#                                        same code (what tools/test.sh runs)
#   tools/fuzz.sh <seconds> [target...]  a long run: each target for that long, from the corpus
#                                        earlier long runs grew
# A target is a name such as article_parse; default every target. Two targets run at a time
# (FUZZ_JOBS=1: one). Seeds are made at run time in the git-ignored build/fuzz/seeds/<target> from
# the fixtures, the sample articles, values the readers accept, Debian's Noto fonts and small
# pictures from Debian packages; a long run keeps what it finds in build/fuzz/corpus/<target>. A
# crash is kept in build/fuzz/artifacts/<target>/ and fails the script. One line a target:
# "fuzz <target>: <runs> runs in <s> s, <result>".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-smoke}
shift || true
case "$mode" in
  smoke) ;;
  *[!0-9]*|'') echo "fuzz: the first argument is 'smoke' or a number of seconds, not '$mode'" >&2; exit 2 ;;
esac
# Inputs a smoke run tries per target: 15 s or so each on a 2-core machine (long runs find more).
declare -A smoke_runs=([article_parse]=60000 [article_print]=2000 [stored_values]=250000 [font_load]=2000
                       [picture_decode]=10000 [word_dictionary]=6000 [html_import]=2500)
all=(article_parse article_print stored_values font_load picture_decode word_dictionary html_import)
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

# Seeds, made fresh each time.
rm -rf "$out/seeds"
seed() {  # seed <target> <name> <file or -> (reads stdin for -)
  mkdir -p "$out/seeds/$1"
  if [ "$3" = - ]; then cat >"$out/seeds/$1/seed-$2"; else cp "$3" "$out/seeds/$1/seed-$2"; fi
}
for f in tests/fixtures/*/*.json assets/articles/*.json; do
  name=$(echo "$f" | tr / _)
  seed article_parse "$name" "$f"
  [ "$(stat -c %s "$f")" -lt 60000 ] && { printf 'A'; cat "$f"; } | seed article_print "$name" -
done
# HTML bodies and the posts that hold them (the importers' golden inputs).
for f in tests/fixtures/import/*/input.*; do
  seed html_import "$(echo "$f" | tr / _)" "$f"
done
i=0
for value in '{"version":1,"fontSizePx":20,"family":"serif","lineSpacing":"normal","columnWidth":"medium","theme":"auto"}' \
             '{"version":1,"bookmarks":[{"id":"a","title":"T","source":"S","url":"https://example.com/a","articleUrl":"a.json","savedAt":"2026-01-02T03:04:05Z","progress":0.25,"block":3,"offset":120}]}' \
             '{"version":1,"bookmarks":[{"id":"kept","title":"New","savedAt":"2026-05-01T00:00:00Z"},{"id":"b","title":"B"}]}' \
             '{"version":1,"drafts":{"https://example.com/a":{"name":"Ann","text":"A draft"}}}' \
             '{"version":1,"comments":{"https://example.com/a":[{"author":"Ann","text":"Hello","posted":"2026-01-02T03:04:05Z","state":"pending"}]}}' \
             '{"version":1,"positions":[{"id":"https://example.com/a","block":3,"offset":120},{"id":"b","block":-1,"offset":0}]}'; do
  { printf "\\x$(printf %02x $i)"; printf '%s' "$value"; } | seed stored_values "$i" -
  i=$((i + 1))
done
# Fonts: Noto cut down to Basic Latin with its kerning (small seeds: many more runs a second).
mkdir -p "$out/seeds/font_load"
for f in "$fonts"/NotoSerif-Regular.ttf "$fonts"/NotoSans-Bold.ttf "$fonts"/NotoSerif-Italic.ttf; do
  [ -f "$f" ] && /usr/bin/python3 -m fontTools.subset "$f" --unicodes=U+0020-007E,U+00E9,U+2014 \
      --layout-features=kern --output-file="$out/seeds/font_load/seed-$(basename "$f")" 2>/dev/null
done
# A colour emoji font: a face, a family joined by ZWJs, a flag and a keycap of Noto Color Emoji
# (PNG pictures in CBLC/CBDT, 35 KB).
[ -f "$fonts/NotoColorEmoji.ttf" ] && /usr/bin/python3 -m fontTools.subset "$fonts/NotoColorEmoji.ttf" \
    --unicodes=U+0031,U+20E3,U+FE0F,U+200D,U+1F600,U+1F1EF,U+1F1F5,U+1F468,U+1F469,U+1F467 --layout-features='*' \
    --output-file="$out/seeds/font_load/seed-NotoColorEmoji.ttf" 2>/dev/null
for f in /usr/share/emscripten/tests/*.png /usr/share/emscripten/tests/*.jpg /usr/share/emscripten/tests/*.gif \
         /usr/share/emscripten/tests/*.bmp /usr/share/emscripten/tests/*.ppm /usr/share/doc/nodejs/*.jpg; do
  [ -f "$f" ] && [ "$(stat -c %s "$f")" -lt 20000 ] && seed picture_decode "$(basename "$f")" "$f"
done

# Word dictionaries: small ones of the phrases of the Thai, Lao, Khmer and Burmese sample news (the
# build's own are over 64 KB), and those articles as text to segment.
mkdir -p "$out/seeds/word_dictionary" "$out/words"
for sample in th:thai lo:lao km:khmer my:myanmar; do
  file=tests/fixtures/scripts/${sample%%:*}.json
  seed word_dictionary "${sample%%:*}.json" "$file"
  /usr/bin/python3 -c 'import json, re, sys
def texts(v):
    if isinstance(v, str): yield v
    elif isinstance(v, list): yield from (t for x in v for t in texts(x))
    elif isinstance(v, dict): yield from (t for x in v.values() for t in texts(x))
words = {w for t in texts(json.load(open(sys.argv[1], encoding="utf-8")))
         for w in re.split("[^฀-໿က-႟ក-៿]+", t) if w}
print("\n".join(sorted(words)))' "$file" >"$out/words/${sample#*:}.txt"
  /usr/bin/python3 tools/word_dictionary.py --list "${sample#*:}" "$out/words/${sample#*:}.txt" \
      "$out/seeds/word_dictionary/seed-${sample#*:}.words" 2>/dev/null
done

fixed_addresses=""
if [ "$mode" = smoke ]; then
  if setarch "$(uname -m)" -R true 2>/dev/null; then fixed_addresses="setarch $(uname -m) -R"
  else echo "fuzz: address randomisation cannot be turned off here; smoke runs may differ from run to run" >&2
  fi
fi

run() {  # run <target>: one line of result
  local t=$1 log="$out/logs/run-$t.txt" max_len=65536 found limit
  if [ "$mode" = smoke ]; then
    found="$out/smoke/$t"  # what the run adds, thrown away: the next smoke run starts the same
    rm -rf "$found"
    # Fixed seed and count, no reloading of the corpus while it runs (a timer), and addresses
    # without randomisation (the comparisons libFuzzer follows include pointers).
    limit=(-runs="${smoke_runs[$t]}" -seed=1 -reload=0)
  else
    found="$out/corpus/$t"
    limit=(-max_total_time="$mode")
  fi
  mkdir -p "$out/artifacts/$t" "$found"
  local start=$SECONDS
  $fixed_addresses "build/asan/folio_fuzz_$t" "${limit[@]}" -timeout=30 -rss_limit_mb=2048 -max_len=$max_len \
      -print_final_stats=1 -artifact_prefix="$out/artifacts/$t/" "$found" "$out/seeds/$t" >"$log" 2>&1
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
