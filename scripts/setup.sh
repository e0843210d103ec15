# Shared set-up for scripts/run and scripts/test (sourced, not run): makes sure the Debian
# packages archtei needs are there, installing missing ones when run as root, then
# configures and builds a Release tree in build/.
set -euo pipefail

ARCHTEI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ARCHTEI_BUILD=${ARCHTEI_BUILD:-$ARCHTEI_ROOT/build}

# Build and test dependencies, all from Debian 12.
ARCHTEI_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libpugixml-dev libxml2-dev libxml2-utils libcli11-dev nlohmann-json3-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  help2man
  jing libsaxonhe-java
  python3-dev pybind11-dev python3-pybind11 python3-lxml file
)

archtei_install_packages() {
  local missing=() p
  for p in "${ARCHTEI_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "archtei: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "archtei: missing Debian packages: ${missing[*]}" >&2
    echo "archtei: run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
}

archtei_build() {
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  # The generator is fixed when build/ is first made; the options are set on every run, so
  # scripts/run (tests off) and scripts/test (tests on) can share one build tree.
  [ -f "$ARCHTEI_BUILD/CMakeCache.txt" ] && generator=()
  cmake -S "$ARCHTEI_ROOT" -B "$ARCHTEI_BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$ARCHTEI_BUILD" -j "$(nproc)"
}
