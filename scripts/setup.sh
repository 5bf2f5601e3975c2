#!/usr/bin/env bash
# Shared set-up for run.sh, test.sh and bench.sh: installs the Debian packages
# that are missing, then configures and builds a Release build in build/.
# Source it from another script; it sets CCSIM_ROOT and CCSIM_BUILD.
set -euo pipefail

CCSIM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CCSIM_BUILD="$CCSIM_ROOT/build"

# Each package and why:
#   build-essential cmake pkg-config  the toolchain
#   libsimgrid-dev                    the discrete-event engine (SimGrid 3.32)
#   libyaml-cpp-dev                   scenario files
#   libboost-program-options-dev      the command line
#   libboost-math-dev                 Student-t quantiles for confidence intervals
#   librandom123-dev                  counter-based random streams (Philox)
#   nlohmann-json3-dev libfmt-dev     summary.json and formatted tables
#   catch2                            the test framework (v2)
#   libgoogle-perftools-dev           tcmalloc (faster allocation inside SimGrid)
#   libglpk-dev                       GLPK, the integer-program solver behind ccsim staff --shifts
#   libcpp-httplib-dev                the HTTP server of the live room (ccsim serve)
#   python3 python3-simpy3            the SimPy twin of the benchmark; python3 also checks report.html
CCSIM_PACKAGES=(build-essential cmake pkg-config libsimgrid-dev libyaml-cpp-dev
  libboost-program-options-dev libboost-math-dev librandom123-dev nlohmann-json3-dev
  libfmt-dev catch2 libgoogle-perftools-dev libglpk-dev libcpp-httplib-dev python3 python3-simpy3)

# test.sh adds what only the tests need (CCSIM_TEST_PACKAGES).
ccsim_install_packages() {
  local missing=()
  for p in "${CCSIM_PACKAGES[@]}" ${CCSIM_TEST_PACKAGES[@]+"${CCSIM_TEST_PACKAGES[@]}"}; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "ccsim: installing missing Debian packages: ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

ccsim_build() {
  cmake -S "$CCSIM_ROOT" -B "$CCSIM_BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$CCSIM_BUILD" -j "$(nproc)" >&2
}

ccsim_install_packages
# `source setup.sh --no-build`: the packages only (the fuzz and sanitizer builds have their own folders).
[ "${1:-}" = "--no-build" ] || ccsim_build
