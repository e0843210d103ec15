#!/usr/bin/env bash
# Validation benchmark: archtei against `jing` and `xmllint --relaxng`, all on tei_all.rng,
# the same files in the same run: one file; 2,000 files that are copies of the third-party
# corpus' valid documents (45 documents, each many times: archtei's validator memoizes across
# documents, jing and xmllint do not); and 2,000 distinct generated TEI files (text pages from
# archtei_generate_corpus converted by archtei; no two alike). archtei runs with Schematron
# on (tei_all's embedded rules); jing and xmllint run RelaxNG only (archtei is also timed with
# --no-schematron, like for like). Before anything is timed, each validator is run once on
# each set and must report every file valid; a run that fails while timed stops the script.
# Prints the commands and a Markdown table per case (mean ± σ, median, user and system CPU).
#
# Usage: bench/validate/run.sh [BUILD_DIR]
#   BUILD_DIR (default: build-bench) holds archtei and bench/archtei_generate_corpus
#   (cmake -DARCHTEI_BUILD_BENCH=ON); needs hyperfine, jing, xmllint.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-bench}
archtei=$build/archtei
generator=$build/bench/archtei_generate_corpus
shared=${ARCHTEI_SHARED_DIR:-$root/../shared}
schema=$shared/tei/tei_all.rng
corpus=$shared/tei-corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "bench: $*" >&2
  exit 1
}

[ -x "$archtei" ] || fail "no archtei binary at $archtei"
[ -x "$generator" ] || fail "no $generator (configure with -DARCHTEI_BUILD_BENCH=ON)"
[ -f "$schema" ] || fail "no $schema"
for tool in hyperfine jing xmllint; do command -v "$tool" > /dev/null || fail "$tool is not installed"; done

# The corpus' valid documents without XInclude (xmllint would need --xinclude for the rest).
awk -F'\t' 'NR > 1 && $6 == "PASS" { print $1 }' "$corpus/MANIFEST.tsv" |
  while read -r f; do grep -q 'xi:include' "$corpus/$f" || echo "$corpus/$f"; done > "$work/sources"
[ -s "$work/sources" ] || fail "no corpus documents in $corpus"
one=$(head -n 1 "$work/sources")
mkdir -p "$work/copies"
i=0
while [ $i -lt 2000 ]; do
  while read -r f; do
    [ $i -lt 2000 ] || break
    cp "$f" "$work/copies/$(printf %04d $i).xml"
    i=$((i + 1))
  done < "$work/sources"
done

# 2,000 distinct documents: generated pages, converted to TEI, flattened into one folder.
"$generator" --count 2000 --seed 7 --out "$work/texts" > /dev/null
"$archtei" convert "$work/texts" -o "$work/generated" -q -j2 > /dev/null 2>&1 || fail "converting the generated texts failed"
mkdir -p "$work/distinct"
i=0
while read -r f; do
  cp "$f" "$work/distinct/$(printf %04d $i).xml"
  i=$((i + 1))
done < <(find "$work/generated" -name '*.tei.xml' | sort)
[ "$i" -eq 2000 ] || fail "2,000 generated texts gave $i TEI files"
duplicates=$(sha256sum "$work"/distinct/*.xml | cut -c1-64 | sort | uniq -d | wc -l)
[ "$duplicates" -eq 0 ] || fail "the generated files are not distinct ($duplicates repeated)"

# check_all_valid DIR N: each validator, run once, finds all N files of DIR valid.
check_all_valid() {
  local dir=$1 n=$2 out
  out=$("$archtei" validate --schema "$schema" "$dir" 2>&1) || fail "archtei validate $dir: $out"
  grep -Eq "^$n files?: $n valid" <<<"$out" || fail "archtei validate $dir: $out"
  jing "$schema" "$dir"/*.xml > "$work/jing.out" 2> "$work/jing.err" || fail "jing on $dir: $(head -c 2000 "$work/jing.out" "$work/jing.err")"
  # (The Debian launcher's notices about optional jars are all it may print.)
  [ ! -s "$work/jing.out" ] && ! grep -qv 'Unable to locate' "$work/jing.err" || fail "jing printed problems on $dir"
  out=$(xmllint --noout --relaxng "$schema" "$dir"/*.xml 2>&1) || fail "xmllint on $dir failed"
  [ "$(grep -c ' validates$' <<<"$out")" -eq "$n" ] || fail "xmllint did not validate all $n files of $dir"
}
mkdir -p "$work/one"
cp "$one" "$work/one/"
check_all_valid "$work/one" 1
check_all_valid "$work/copies" 2000
check_all_valid "$work/distinct" 2000

# table JSON REFERENCE: hyperfine's results as a Markdown table, with each command's time
# relative to the command named REFERENCE.
table() {
  python3 - "$@" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
ref = next(r for r in results if r["command"] == sys.argv[2])
print("| command | mean ± σ | median | user CPU | sys CPU | vs " + sys.argv[2] + " |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for r in results:
    ratio = r["mean"] / ref["mean"]
    rel = f"{ratio:.2f}× the time" if r is not ref else "1"
    print(f"| {r['command']} | {r['mean']:.3f} s ± {r['stddev'] or 0:.3f} | {statistics.median(r['times']):.3f} s | "
          f"{r['user']:.2f} s | {r['system']:.2f} s | {rel} |")
PY
}

echo "archtei: $("$archtei" --version)"
echo "one file: $one ($(wc -c < "$one") bytes)"
echo "2,000 copies: $(wc -l < "$work/sources") corpus documents repeated, $(du -sk "$work/copies" | cut -f1) KB"
echo "2,000 distinct: archtei_generate_corpus --count 2000 --seed 7, converted by archtei, $(du -sk "$work/distinct" | cut -f1) KB"
echo "machine: $(nproc) cores; $(uname -sr); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# Cold: an empty schema-slice cache, as on a first run; warm: the cache a first run leaves.
export XDG_CACHE_HOME="$work/cache"

echo "## One file"
hyperfine --style basic --export-json "$work/one-cold.json" --runs 5 \
  --prepare "rm -rf '$work/cache'" \
  -n "archtei validate (cold cache)" "'$archtei' validate --schema '$schema' '$one'" > /dev/null
hyperfine --style basic --export-json "$work/one-warm.json" --warmup 1 --runs 10 \
  -n "archtei validate (warm cache)" "'$archtei' validate --schema '$schema' '$one'" \
  -n "jing (RelaxNG only)" "jing '$schema' '$one'" > /dev/null
hyperfine --style basic --export-json "$work/one-xmllint.json" --runs 3 \
  -n "xmllint --relaxng" "xmllint --noout --relaxng '$schema' '$one'" > /dev/null
python3 - "$work/one-cold.json" "$work/one-warm.json" "$work/one-xmllint.json" > "$work/one.json" <<'PY'
import json, sys
print(json.dumps({"results": [r for f in sys.argv[1:] for r in json.load(open(f))["results"]]}))
PY
table "$work/one.json" "jing (RelaxNG only)"

for set in copies distinct; do
  echo
  echo "## 2,000 files: $set"
  hyperfine --style basic --export-json "$work/$set.json" --runs 3 \
    --prepare "rm -rf '$work/cache'" \
    -n "archtei validate (cold cache)" "'$archtei' validate --schema '$schema' '$work/$set' > /dev/null" \
    -n "archtei validate --no-schematron" "'$archtei' validate --no-schematron --schema '$schema' '$work/$set' > /dev/null" \
    -n "jing (RelaxNG only)" "jing '$schema' $work/$set/*.xml" \
    -n "xmllint --relaxng" "xmllint --noout --relaxng '$schema' $work/$set/*.xml 2> /dev/null" > /dev/null
  table "$work/$set.json" "archtei validate (cold cache)"
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
