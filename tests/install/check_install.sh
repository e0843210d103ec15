#!/usr/bin/env bash
# `cmake --install` of an already built tree into a scratch prefix, then what a user does
# with it: run the installed archtei, build a program against it with find_package(archtei)
# and another with pkg-config, run both on a fixture (TEI identical to the golden file,
# valid, the record the fixture's), and import the installed Python module.
#   check_install.sh BUILD_DIR SOURCE_DIR LIBDIR [PYTHON_DIR PYTHON]
# LIBDIR and PYTHON_DIR (where the Python module goes; none when it is not built) are
# relative to the prefix; PYTHON is the interpreter the module was built for.
set -euo pipefail
build=$1 src=$2 libdir_rel=$3 python_dir=${4:-} python=${5:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
fixture=$src/fixtures/bracket-kinds-all

fail() { echo "check_install: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" > "$work/install.log" || { cat "$work/install.log" >&2; fail "cmake --install failed"; }
version=$(sed -n 's/.*kVersion = "\(.*\)";/\1/p' "$build/generated/archtei/version.h")
[ -n "$version" ] || fail "no version in $build/generated/archtei/version.h"

# The executable runs from the prefix, and converts like the build tree's.
[ "$("$prefix/bin/archtei" --version)" = "archtei $version" ] || fail "installed archtei --version is wrong"
for f in include/archtei/archtei.h include/archtei/document.h include/archtei/validator.h \
         include/archtei/diagnostic.h include/archtei/version.h share/archtei/schemas/archtei.rng \
         $libdir_rel/cmake/archtei/archteiConfig.cmake $libdir_rel/cmake/archtei/archteiConfigVersion.cmake \
         $libdir_rel/pkgconfig/archtei.pc; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done
lib=$(ls "$prefix/$libdir_rel"/libarchtei.so.* 2>/dev/null | head -n 1)
[ -n "$lib" ] || fail "libarchtei.so.* not installed"

# The public headers name no third-party library, and libarchtei exports the API alone.
if grep -rnE '#include *[<"](pugixml|nlohmann|libxml|CLI)' "$prefix/include/archtei"; then
  fail "a public header includes a third-party header"
fi


# check_consumer NAME BINARY: runs a consumer on the fixture and checks what it gives.
check_consumer() {
  local name=$1 binary=$2 out=$work/$1
  mkdir -p "$out"
  cp "$fixture/input.txt" "$out/input.txt"
  (cd "$out" && "$binary" input.txt page.tei.xml > record.json 2> stderr.txt) ||
    { cat "$out/stderr.txt" >&2; fail "$name consumer failed"; }
  cmp "$out/page.tei.xml" "$fixture/expected.tei.xml" || fail "$name consumer's TEI differs from the golden file"
  grep -qx "archtei $version: valid" "$out/stderr.txt" || fail "$name consumer: $(cat "$out/stderr.txt")"
  "$python" - "$out/record.json" "$fixture/expected.record.json" <<'PY' || fail "$name consumer's record differs"
import json, sys
got, want = (json.load(open(p)) for p in sys.argv[1:])
sys.exit(0 if got == want else 1)
PY
}

# find_package(archtei), against the scratch prefix only.
cmake -S "$src/tests/install/consumer" -B "$work/cmake-consumer" -DCMAKE_PREFIX_PATH="$prefix" \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON > "$work/consumer.log" 2>&1 ||
  { cat "$work/consumer.log" >&2; fail "configuring the find_package consumer failed"; }
grep -q "archtei_DIR:PATH=$prefix/$libdir_rel/cmake/archtei" "$work/cmake-consumer/CMakeCache.txt" ||
  fail "find_package(archtei) did not find the scratch prefix's package"
cmake --build "$work/cmake-consumer" > "$work/consumer.log" 2>&1 ||
  { cat "$work/consumer.log" >&2; fail "building the find_package consumer failed"; }
check_consumer cmake "$work/cmake-consumer/archtei_consumer"

# pkg-config, with the same program.
export PKG_CONFIG_PATH=$prefix/$libdir_rel/pkgconfig
[ "$(pkg-config --modversion archtei)" = "$version" ] || fail "pkg-config --modversion archtei is wrong"
libdir=$(pkg-config --variable=libdir archtei)
# shellcheck disable=SC2046
c++ -std=c++17 -O1 -o "$work/pc-consumer" "$src/tests/install/consumer/main.cpp" \
    $(pkg-config --cflags --libs archtei) -Wl,-rpath,"$libdir" || fail "building the pkg-config consumer failed"
check_consumer pkg-config "$work/pc-consumer"

# The Python module from the prefix, finding the prefix's libarchtei.
if [ -n "$python_dir" ]; then
  PYTHONPATH=$prefix/$python_dir "$python" - "$prefix" "$fixture" <<'PY' || fail "the installed Python module failed"
import json, os, sys
import archtei
prefix, fixture = sys.argv[1:]
assert os.path.realpath(archtei.__file__).startswith(os.path.realpath(prefix)), archtei.__file__
maps = open("/proc/self/maps").read()
lib = [line.split()[-1] for line in maps.splitlines() if "libarchtei.so" in line]
assert lib and all(os.path.realpath(p).startswith(os.path.realpath(prefix)) for p in lib), lib
text = open(os.path.join(fixture, "input.txt"), encoding="utf-8").read()
assert archtei.convert(text) == open(os.path.join(fixture, "expected.tei.xml"), encoding="utf-8").read()
PY
fi
echo "check_install: ok ($prefix)"
