#!/usr/bin/env bash
# The HTML report at 10,000 documents: generates a seeded corpus, converts it with
# --report, then times in Debian's chromium (bench/report_bench.mjs) the index's first
# render and one filter keystroke. Prints the figures; bench/RESULTS.md keeps them.
#
#   bench/report_bench.sh [BUILD_DIR]      env: COUNT=10000 SEED=1 BENCH_WORK=/tmp/archtei-report-bench RUNS=5
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build-bench}" 2>/dev/null && pwd || echo "${1:-$root/build-bench}")
count=${COUNT:-10000}
work=${BENCH_WORK:-/tmp/archtei-report-bench}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DARCHTEI_BUILD_BENCH=ON > /dev/null
cmake --build "$build" --target archtei archtei_generate_corpus -j2 > /dev/null
build=$(cd "$build" && pwd)
rm -rf "$work" && mkdir -p "$work"
"$build/bench/archtei_generate_corpus" --count "$count" --seed "${SEED:-1}" --out "$work/in" > /dev/null
cd "$work"
start=$(date +%s.%N)
"$build/archtei" convert in -o out --to tei -q -j 2 --report report
end=$(date +%s.%N)
echo "convert + report of $count documents: $(echo "$end - $start" | bc) s (2 threads for convert; the report is one thread)"
start=$(date +%s.%N)
"$build/archtei" report out -o report2 2> /dev/null
end=$(date +%s.%N)
echo "archtei report alone: $(echo "$end - $start" | bc) s"
node "$root/bench/report_bench.mjs" "$work/report/index.html" "${RUNS:-5}"
