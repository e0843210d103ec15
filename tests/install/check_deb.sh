#!/usr/bin/env bash
# The .deb `cpack -G DEB` makes of an already built tree: its control data and contents, that
# its Depends name the package of every library its programs need, and that its archtei
# runs (--version, and a fixture converted to the golden TEI).
#
# What proves "installs cleanly on Debian 12 and runs" without a second machine: the
# package's files are unpacked with `dpkg -x` into a scratch folder and run from there,
# using only this system's libraries; every library they need (NEEDED) either is in the
# package or belongs to a Debian package its Depends names, so apt installs all of them on
# a fresh machine. As root, `dpkg --dry-run -i` also checks the Depends against this
# system's packages and the files against theirs, changing nothing. Installing it for
# real, even with `dpkg --root`, would run its triggers (ldconfig) or need a whole chroot.
#   check_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fixture=$src/fixtures/bracket-kinds-all

fail() { echo "check_deb: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/pkg" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/pkg/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single .deb: ${debs[*]}"
deb=${debs[0]}
version=$(sed -n 's/.*kVersion = "\(.*\)";/\1/p' "$build/generated/archtei/version.h")

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = archtei ] || fail "Package is not archtei"
[ "$(field Version)" = "$version" ] || fail "Version $(field Version) is not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "wrong Architecture"
depends=$(field Depends)
[ -n "$depends" ] || fail "no Depends"
dpkg-deb --info "$deb" > /dev/null || fail "dpkg-deb --info failed"

# The paths a user and a consumer expect under /usr.
dpkg-deb --contents "$deb" | awk '{print $6}' > "$work/contents"
for f in ./usr/bin/archtei ./usr/include/archtei/archtei.h ./usr/include/archtei/version.h \
         ./usr/share/archtei/schemas/archtei.rng ./usr/lib/pkgconfig/archtei.pc \
         ./usr/lib/cmake/archtei/archteiConfig.cmake ./usr/lib/cmake/archtei/archteiTargets.cmake; do
  grep -qx -- "$f" "$work/contents" || fail "not in the package: $f"
done
grep -qE '^\./usr/lib/libarchtei\.so\.[0-9]' "$work/contents" || fail "libarchtei.so.N is not in the package"
if grep -E -v '^\./usr(/|$)' "$work/contents"; then fail "files outside /usr"; fi

# Unpacked, archtei runs and converts.
root=$work/root
dpkg-deb -x "$deb" "$root"
[ "$("$root/usr/bin/archtei" --version)" = "archtei $version" ] || fail "the packaged archtei --version is wrong"
mkdir -p "$work/in" && cp "$fixture/input.txt" "$work/in/page.txt"
"$root/usr/bin/archtei" convert --quiet "$work/in/page.txt" -o "$work/out" > /dev/null || fail "the packaged archtei cannot convert"
cmp "$work/out/page.tei.xml" "$fixture/expected.tei.xml" || fail "the packaged archtei's TEI differs from the golden file"

# The Python module, when the package holds one, imports from the unpacked tree with the
# interpreter its Recommends name, and converts.
module=$(cd "$root" && find usr/lib -name 'archtei.cpython-*.so' | head -n 1)
if [ -n "$module" ]; then
  python=python$(field Recommends | sed -n 's/^python3 (>= \([0-9.]*\)).*/\1/p')
  [ "$python" != python ] || fail "the package holds a Python module but Recommends no python3 version: $(field Recommends)"
  PYTHONPATH=$root/$(dirname "$module") "$python" -c '
import sys, archtei
assert archtei.__file__.startswith(sys.argv[1]), archtei.__file__
assert archtei.convert(open(sys.argv[2], encoding="utf-8").read()) == open(sys.argv[3], encoding="utf-8").read()
' "$root" "$fixture/input.txt" "$fixture/expected.tei.xml" || fail "the packaged Python module does not work"
fi

# Every library each ELF file needs (its NEEDED entries; theirs are their packages' business):
# in the package, or from a package named in Depends.
dep_names=$(echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/[ (].*//; s/:.*//' | sort -u)
owner() {  # the Debian package holding a library path (merged /usr: try both spellings)
  local p
  for p in "$1" "${1#/usr}" "/usr$1"; do
    dpkg -S "$p" 2>/dev/null | head -n 1 | cut -d: -f1 && return 0
  done
  return 1
}
checked=0
while IFS= read -r -d '' f; do
  head -c 4 "$f" | grep -q $'^\x7fELF' || continue
  checked=$((checked + 1))
  resolved=$(LD_LIBRARY_PATH=$root/usr/lib ldd "$f")
  for soname in $(readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    # "soname => path", or the dynamic loader's "path (address)".
    path=$(echo "$resolved" | awk -v s="$soname" '$1 == s && $2 == "=>" {print $3}
                                                   {n = split($1, p, "/")} n > 1 && p[n] == s {print $1}')
    [ -n "$path" ] || fail "$f needs $soname, which is not found"
    case $path in "$root"/*) continue ;; esac
    pkg=$(owner "$(readlink -f "$path")") || pkg=$(owner "$path") || fail "$f needs $path, which no package owns"
    echo "$dep_names" | grep -qx "$pkg" || fail "$f needs $path from $pkg, which Depends ($depends) does not name"
  done
done < <(find "$root" -type f -print0)
[ $checked -ge 2 ] || fail "found $checked ELF files in the package"

if [ "$(id -u)" -eq 0 ]; then
  dpkg --dry-run -i "$deb" > "$work/dry-run.log" 2>&1 || { cat "$work/dry-run.log" >&2; fail "dpkg --dry-run -i failed"; }
fi
echo "check_deb: ok ($deb; Depends: $depends; Python module: ${module:-none})"
