#!/usr/bin/env bash
# Whole-process batch benchmarks: builds archtei in Release, generates seeded corpora of
# 1,000 / 10,000 / 100,000 documents, times convert and validate with hyperfine, measures
# peak RSS with /usr/bin/time -v, runs the micro-benchmarks, and writes the "Batch" section
# of bench/RESULTS.md (between its markers; other sections are left as they are).
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

# hyperfine NAME N COMMAND: several runs, each into a new output folder; prints a table row.
measure() {
  local name=$1 n=$2 cmd=$3
  local json
  json=$work/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-')-$n.json
  # -i: a run that reports invalid or failed inputs exits 1 and is still a valid timing.
  hyperfine -i --runs "$runs" --warmup "${WARMUP:-1}" --export-json "$json" \
            --style none "$cmd -o $fresh" > /dev/null
  python3 - "$json" "$n" "$(bytes "$work/$n/in")" "$name" "$cmd -o NEW_FOLDER" <<'PY'
import json, statistics, sys
data = json.load(open(sys.argv[1]))["results"][0]
n, size, name, cmd = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
times = data["times"]
med = statistics.median(times)
print(f"| {name} | {n:,} | {med:.2f} s | {min(times):.2f}–{max(times):.2f} s | "
      f"{n / med:,.0f} | {size / med / 1e6:.1f} | `{cmd}` |")
PY
}

# peak_rss COMMAND: peak resident set size in MB of one run into a new output folder.
peak_rss() {
  local cmd=$1
  /usr/bin/time -v sh -c "$cmd -o $fresh" 2> "$work/time.txt" > /dev/null || true
  awk -F: '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time.txt"
}

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
  echo "into a new output folder. Times are medians with min–max; docs/s and MB/s from the median."
  echo
  echo "| run | docs | median | spread | docs/s | MB/s | command |"
  echo "|---|---|---|---|---|---|---|"
  measure "text → TEI, -j2" "$mid" "$conv -j2"
  measure "text → TEI + JSON-LD + validation, -j2" "$mid" "$conv -j2 --to tei,jsonld --validate"
  measure "text → TEI + JSON-LD, -j1" "$mid" "$conv -j1 --to tei,jsonld"
  measure "text → TEI + JSON-LD, -j2" "$mid" "$conv -j2 --to tei,jsonld"
  # Validation alone, over the TEI of the same documents.
  rm -rf "$work/$mid/tei" && "$archtei" convert "$work/$mid/in" -o "$work/$mid/tei" -q -j2 > /dev/null 2>&1 || true
  rm -f "$work/$mid/tei/manifest.jsonl"
  hyperfine -i --runs "$runs" --warmup "${WARMUP:-1}" --export-json "$work/validate-$mid.json" --style none \
            "$archtei validate $work/$mid/tei" > /dev/null || true
  python3 - "$work/validate-$mid.json" "$mid" "$(find "$work/$mid/tei" -name '*.xml' -printf '%s\n' | awk '{s+=$1} END {print s}')" "$archtei validate $work/$mid/tei" <<'PY'
import json, statistics, sys
data = json.load(open(sys.argv[1]))["results"][0]
n, size, cmd = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
t = data["times"]; med = statistics.median(t)
print(f"| validation alone (TEI in) | {n:,} | {med:.2f} s | {min(t):.2f}–{max(t):.2f} s | {n/med:,.0f} | {size/med/1e6:.1f} | `{cmd}` |")
PY
  echo
  # The same 2,000 generated TEI files against tei_all.rng: archtei (Schematron on), jing and
  # xmllint (RelaxNG only), in one hyperfine run.
  tei_all=${ARCHTEI_SHARED_DIR:-$root/../shared}/tei/tei_all.rng
  if command -v jing > /dev/null && command -v xmllint > /dev/null && [ -f "$tei_all" ]; then
    rm -rf "$work/two-thousand" && mkdir -p "$work/two-thousand"
    find "$work/$mid/tei" -name '*.xml' | sort > "$work/tei-files"
    i=0
    while read -r f && [ $i -lt 2000 ]; do
      cp "$f" "$work/two-thousand/$(printf %04d $i).xml"
      i=$((i + 1))
    done < "$work/tei-files"
    hyperfine -i --runs 3 --warmup 1 --export-json "$work/peers.json" --style none \
      -n "archtei validate --schema tei_all.rng (Schematron on)" "$archtei validate --schema $tei_all $work/two-thousand" \
      -n "jing tei_all.rng (RelaxNG only)" "jing $tei_all $work/two-thousand/*.xml" \
      -n "xmllint --relaxng tei_all.rng" "xmllint --noout --relaxng $tei_all $work/two-thousand/*.xml" > /dev/null 2>&1
    echo "Validation of the same 2,000 generated TEI files against \`tei_all.rng\` (hyperfine, 3 runs, median):"
    echo
    echo "| validator | median | spread | vs archtei |"
    echo "|---|---|---|---|"
    python3 - "$work/peers.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
meds = [statistics.median(r["times"]) for r in results]
for r, med in zip(results, meds):
    t = r["times"]
    print(f"| {r['command']} | {med:.2f} s | {min(t):.2f}–{max(t):.2f} s | {med / meds[0]:.1f}× |")
PY
    echo
  fi
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
  "$build/bench/archtei_micro_bench" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true 2>/dev/null |
    grep -E '^(BM_|-|Benchmark)' || true
  echo '```'
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
