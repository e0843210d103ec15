#!/usr/bin/env bash
# Whole-process batch benchmarks: builds archtei in Release, generates seeded corpora of
# 1,000 / 10,000 / 100,000 documents, times convert and validate with hyperfine, measures
# peak RSS with /usr/bin/time -v, runs the micro-benchmarks, and writes the "Batch" section
# of bench/RESULTS.md (between its markers; other sections are left as they are). Every
# command is first run once and checked (exit status 0, one output per input and format,
# every file found valid); a run that fails while timed stops the script.
#
#   bench/run.sh [BUILD_DIR]
#   env: SIZES="1000 10000 100000"  RUNS=5  WARMUP=1  BENCH_WORK=/tmp/archtei-bench  SEED=1
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-bench}
work=${BENCH_WORK:-/tmp/archtei-bench}
runs=${RUNS:-5}
seed=${SEED:-1}
sizes=${SIZES:-"1000 10000 100000"}
results=$root/bench/RESULTS.md
section=$(mktemp)

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DARCHTEI_BUILD_BENCH=ON \
      -DARCHTEI_BUILD_TESTS=OFF > /dev/null
cmake --build "$build" --target archtei archtei_generate_corpus archtei_micro_bench -j1 > /dev/null
archtei=$build/archtei
mkdir -p "$work"

for n in $sizes; do
  if [ ! -f "$work/$n/.done" ]; then
    rm -rf "$work/$n"
    "$build/bench/archtei_generate_corpus" --count "$n" --seed "$seed" --out "$work/$n/in" > /dev/null
    touch "$work/$n/.done"
  fi
done

bytes() { find "$1" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}'; }

# Every run writes into a new, empty folder under $runs_dir, and nothing is deleted until the
# end: ext4 makes creating a file slow for a while after many files were deleted (its inode
# allocator skips recently freed inodes), which would charge one run for the previous one.
runs_dir=$work/runs
rm -rf "$runs_dir" && mkdir -p "$runs_dir"
fresh='$(mktemp -d -p '"$runs_dir"')'

# fail MESSAGE: stops the benchmark; a failed run is never timed.
fail() {
  echo "bench: $*" >&2
  exit 1
}

# timing_row JSON NAME N BYTES COMMAND: a table row from hyperfine's JSON: median, spread, mean
# user and system CPU, and throughput from the median.
timing_row() {
  python3 - "$@" <<'PY'
import json, statistics, sys
data = json.load(open(sys.argv[1]))["results"][0]
name, n, size, cmd = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
times = data["times"]
med = statistics.median(times)
print(f"| {name} | {n:,} | {med:.2f} s | {min(times):.2f}–{max(times):.2f} s | {data['user']:.2f} s | "
      f"{data['system']:.2f} s | {n / med:,.0f} | {size / med / 1e6:.1f} | `{cmd}` |")
PY
}

# measure NAME N OUTPUTS COMMAND: one checked run (exit status 0 and OUTPUTS files written per
# input), then hyperfine's runs, each into a new output folder (a run that fails stops the
# benchmark); prints a table row.
measure() {
  local name=$1 n=$2 outputs=$3 cmd=$4
  local json check written
  json=$work/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-')-$n.json
  check=$(mktemp -d -p "$runs_dir")
  sh -c "$cmd -o $check" > /dev/null 2>&1 || fail "failed: $cmd -o $check"
  written=$(find "$check" -type f \( -name '*.tei.xml' -o -name '*.jsonld' \) | wc -l)
  [ "$written" -eq $((n * outputs)) ] || fail "$cmd wrote $written files, not $((n * outputs))"
  hyperfine --runs "$runs" --warmup "${WARMUP:-1}" --export-json "$json" \
            --style none "$cmd -o $fresh" > /dev/null
  timing_row "$json" "$name" "$n" "$(bytes "$work/$n/in")" "$cmd -o NEW_FOLDER"
}

# peak_rss COMMAND: peak resident set size in MB of one run into a new output folder.
peak_rss() {
  local cmd=$1
  /usr/bin/time -v sh -c "$cmd -o $fresh" 2> "$work/time.txt" > /dev/null || fail "failed: $cmd"
  awk -F: '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time.txt"
}

# valid_count OUTPUT: the number of valid files in `archtei validate`'s summary line.
valid_count() { sed -n 's/^\([0-9]*\) files: \([0-9]*\) valid.*/\2/p' <<<"$1"; }

big=$(echo $sizes | awk '{print $NF}')
mid=$(echo $sizes | awk '{print (NF >= 2) ? $2 : $1}')
small=$(echo $sizes | awk '{print $1}')
conv="$archtei convert $work/$mid/in -q"

{
  echo "<!-- batch:begin (written by bench/run.sh; do not edit by hand) -->"
  echo "## Batch"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr);"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg). Release build; corpora from"
  echo "\`archtei_generate_corpus --seed $seed\` (labelled pages, pages with site chrome, text-first pages"
  echo "with a citation footer, conversation records; 1–3 archival references per citation;"
  echo "editorial brackets; 10% CRLF; lognormal lengths). $runs runs each after ${WARMUP:-1} warm-up run(s), each"
  echo "into a new output folder, after one run checked for exit status 0 and every output written."
  echo "Times are medians with min–max; user and system CPU are means over the runs; docs/s and"
  echo "MB/s from the median."
  echo
  echo "| run | docs | median | spread | user CPU | sys CPU | docs/s | MB/s | command |"
  echo "|---|---|---|---|---|---|---|---|---|"
  measure "text → TEI, -j2" "$mid" 1 "$conv -j2"
  measure "text → TEI + JSON-LD + validation, -j2" "$mid" 2 "$conv -j2 --to tei,jsonld --validate"
  measure "text → TEI + JSON-LD, -j1" "$mid" 2 "$conv -j1 --to tei,jsonld"
  measure "text → TEI + JSON-LD, -j2" "$mid" 2 "$conv -j2 --to tei,jsonld"
  # Validation alone, over the TEI of the same documents.
  rm -rf "$work/$mid/tei"
  "$archtei" convert "$work/$mid/in" -o "$work/$mid/tei" -q -j2 > /dev/null 2>&1 || fail "converting $work/$mid/in failed"
  rm -f "$work/$mid/tei/manifest.jsonl"
  tei_docs=$(find "$work/$mid/tei" -name '*.tei.xml' | wc -l)
  [ "$tei_docs" -eq "$mid" ] || fail "$mid texts gave $tei_docs TEI files"
  summary=$("$archtei" validate "$work/$mid/tei" 2>&1) || fail "archtei validate $work/$mid/tei failed: $summary"
  [ "$(valid_count "$summary")" = "$tei_docs" ] || fail "archtei validate: $summary"
  hyperfine --runs "$runs" --warmup "${WARMUP:-1}" --export-json "$work/validate-$mid.json" --style none \
            "$archtei validate $work/$mid/tei" > /dev/null
  timing_row "$work/validate-$mid.json" "validation alone (TEI in)" "$tei_docs" \
    "$(find "$work/$mid/tei" -name '*.xml' -printf '%s\n' | awk '{s+=$1} END {print s}')" "$archtei validate $work/$mid/tei"
  echo
  # 2,000 distinct generated TEI files against tei_all.rng: archtei (Schematron on), jing and
  # xmllint (RelaxNG only), in one hyperfine run, each checked first to have found every file
  # valid.
  tei_all=${ARCHTEI_SHARED_DIR:-$root/../shared}/tei/tei_all.rng
  [ -f "$tei_all" ] || fail "no $tei_all"
  command -v jing > /dev/null && command -v xmllint > /dev/null || fail "jing and xmllint are needed"
  rm -rf "$work/two-thousand" && mkdir -p "$work/two-thousand"
  # (awk, not head: head would stop reading early, and pipefail would take that as a failure)
  find "$work/$mid/tei" -name '*.tei.xml' | sort | awk 'NR <= 2000' > "$work/tei-files"
  i=0
  while read -r f; do
    cp "$f" "$work/two-thousand/$(printf %04d $i).xml"
    i=$((i + 1))
  done < "$work/tei-files"
  [ "$i" -eq 2000 ] || fail "only $i TEI files for the 2,000-file comparison"
  duplicates=$(sha256sum "$work"/two-thousand/*.xml | cut -c1-64 | sort | uniq -d | wc -l)
  [ "$duplicates" -eq 0 ] || fail "the 2,000 files are not distinct ($duplicates repeated)"
  summary=$("$archtei" validate --schema "$tei_all" "$work/two-thousand" 2>&1) || fail "archtei: $summary"
  [ "$(valid_count "$summary")" = 2000 ] || fail "archtei validate: $summary"
  jing "$tei_all" "$work"/two-thousand/*.xml > "$work/jing.out" 2> "$work/jing.err" ||
    fail "jing: $(head -c 2000 "$work/jing.out" "$work/jing.err")"
  # (The Debian launcher's notices about optional jars are all it may print.)
  [ ! -s "$work/jing.out" ] && ! grep -qv 'Unable to locate' "$work/jing.err" || fail "jing printed problems"
  validates=$(xmllint --noout --relaxng "$tei_all" "$work"/two-thousand/*.xml 2>&1 | grep -c ' validates$') || true
  [ "$validates" -eq 2000 ] || fail "xmllint validated $validates of 2,000 files"
  hyperfine --runs 3 --warmup "${WARMUP:-1}" --export-json "$work/peers.json" --style none \
    -n "archtei validate --schema tei_all.rng (Schematron on)" "$archtei validate --schema $tei_all $work/two-thousand" \
    -n "jing tei_all.rng (RelaxNG only)" "jing $tei_all $work/two-thousand/*.xml" \
    -n "xmllint --relaxng tei_all.rng" "xmllint --noout --relaxng $tei_all $work/two-thousand/*.xml" > /dev/null 2>&1 ||
    fail "a validator failed while timed"
  echo "Validation of the same 2,000 distinct generated TEI files (no two alike; each validator checked"
  echo "first to find all 2,000 valid) against \`tei_all.rng\` (hyperfine, 3 runs after ${WARMUP:-1} warm-up run(s)):"
  echo
  echo "| validator | median | spread | user CPU | sys CPU | vs archtei |"
  echo "|---|---|---|---|---|---|"
  python3 - "$work/peers.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
meds = [statistics.median(r["times"]) for r in results]
for r, med in zip(results, meds):
    t = r["times"]
    print(f"| {r['command']} | {med:.2f} s | {min(t):.2f}–{max(t):.2f} s | {r['user']:.2f} s | "
          f"{r['system']:.2f} s | {med / meds[0]:.1f}× |")
PY
  echo
  echo "Peak RSS (\`/usr/bin/time -v\`, one run each):"
  echo
  echo "| run | docs | peak RSS |"
  echo "|---|---|---|"
  for n in $sizes; do
    echo "| text → TEI + JSON-LD, -j2 | ${n} | $(peak_rss "$archtei convert $work/$n/in -q -j2 --to tei,jsonld") MB |"
  done
  echo "| text → TEI + JSON-LD + validation, -j2 | ${mid} | $(peak_rss "$conv -j2 --to tei,jsonld --validate") MB |"
  echo
  echo "Micro-benchmarks (Google Benchmark, per iteration over the five seed pages; \`$build/bench/archtei_micro_bench\`):"
  echo
  echo '```'
  "$build/bench/archtei_micro_bench" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    > "$work/micro.txt" 2>/dev/null || fail "the micro-benchmarks failed"
  grep -E '^(BM_|-|Benchmark)' "$work/micro.txt"
  echo '```'
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "<!-- batch:end -->"
} > "$section"

# Replaces the Batch section between its markers, or appends it.
python3 - "$results" "$section" <<'PY'
import os, re, sys
path, section = sys.argv[1], open(sys.argv[2]).read()
text = open(path).read() if os.path.exists(path) else "# Benchmark results\n\n"
pattern = re.compile(r"<!-- batch:begin.*?<!-- batch:end -->\n?", re.S)
text = pattern.sub(lambda m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
PY
rm -f "$section"
rm -rf "$runs_dir"
echo "wrote the Batch section of $results"
