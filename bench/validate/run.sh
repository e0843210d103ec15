#!/bin/sh
# Validation benchmark: archtei against `jing` and `xmllint --relaxng`, all on tei_all.rng,
# the same files in the same run: one file, then 2,000 files (copies of the third-party
# corpus' valid documents). archtei runs with Schematron on (tei_all's embedded rules);
# jing and xmllint run RelaxNG only (archtei is also timed with --no-schematron, like for
# like). Prints the commands and a Markdown table per case.
#
# Usage: bench/validate/run.sh [BUILD_DIR]   (default: build; needs hyperfine, jing, xmllint)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
archtei=$build/archtei
shared=${ARCHTEI_SHARED_DIR:-$root/../shared}
schema=$shared/tei/tei_all.rng
corpus=$shared/tei-corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x "$archtei" ] || { echo "no archtei binary at $archtei" >&2; exit 2; }

# The corpus' valid documents without XInclude (xmllint would need --xinclude for the rest).
awk -F'\t' 'NR > 1 && $6 == "PASS" { print $1 }' "$corpus/MANIFEST.tsv" |
  while read -r f; do grep -q 'xi:include' "$corpus/$f" || echo "$corpus/$f"; done > "$work/sources"
one=$(head -n 1 "$work/sources")
mkdir -p "$work/many"
i=0
while [ $i -lt 2000 ]; do
  while read -r f; do
    [ $i -lt 2000 ] || break
    cp "$f" "$work/many/$(printf %04d $i).xml"
    i=$((i + 1))
  done < "$work/sources"
done

echo "archtei: $("$archtei" --version)"
echo "one file: $one ($(wc -c < "$one") bytes)"
echo "2,000 files: copies of $(wc -l < "$work/sources") corpus documents, $(du -sk "$work/many" | cut -f1) KB"
echo "machine: $(nproc) cores; $(uname -sr)"
echo

# Cold: an empty schema-slice cache, as on a first run; warm: the cache a first run leaves.
export XDG_CACHE_HOME="$work/cache"

echo "## One file"
hyperfine --style basic --export-markdown "$work/one.md" --runs 5 \
  --prepare "rm -rf '$work/cache'" \
  -n "archtei validate (cold cache)" "'$archtei' validate --schema '$schema' '$one'" 
hyperfine --style basic --export-markdown "$work/one-warm.md" --warmup 1 --runs 10 \
  -n "archtei validate (warm cache)" "'$archtei' validate --schema '$schema' '$one'" \
  -n "jing (RelaxNG only)" "jing '$schema' '$one'"
hyperfine --style basic --export-markdown "$work/one-xmllint.md" --runs 3 \
  -n "xmllint --relaxng" "xmllint --noout --relaxng '$schema' '$one'"
cat "$work/one.md" "$work/one-warm.md" "$work/one-xmllint.md"

echo
echo "## 2,000 files"
hyperfine --style basic --export-markdown "$work/many.md" --runs 3 \
  --prepare "rm -rf '$work/cache'" \
  -n "archtei validate (cold cache)" "'$archtei' validate --schema '$schema' '$work/many' > /dev/null" \
  -n "archtei validate --no-schematron" "'$archtei' validate --no-schematron --schema '$schema' '$work/many' > /dev/null" \
  -n "jing (RelaxNG only)" "jing '$schema' $work/many/*.xml" \
  -n "xmllint --relaxng" "xmllint --noout --relaxng '$schema' $work/many/*.xml 2> /dev/null"
cat "$work/many.md"
