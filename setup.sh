#!/usr/bin/env bash
# Installs what attc needs from Debian's packages (quietly, only what is
# missing), configures and builds, then runs one job:
#   ./setup.sh demo   compile an example for the CPU, run it, check it
#                     against the float64 reference and time it
#   ./setup.sh test   the whole test suite (lit + GoogleTest + end to end)
#   ./setup.sh build  only set up and build
set -euo pipefail
cd "$(dirname "$0")"
job=${1:-build}
build_dir=${ATTC_BUILD_DIR:-build}

packages=(cmake ninja-build g++ ccache llvm-22-dev libmlir-22-dev mlir-22-tools
          llvm-22-tools clang-22 nlohmann-json3-dev libgtest-dev
          libbenchmark-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit >/dev/null
fi
jobs=$(nproc)
ninja -C "$build_dir" -j "$jobs" attc attc-opt attc-unittests >/dev/null ||
  ninja -C "$build_dir" -j 1 attc attc-opt attc-unittests

case "$job" in
build) ;;
demo)
  spec=${2:-examples/causal.attn.json}
  echo "== attc compile $spec --target=cpu --emit=source (first lines)"
  "$build_dir/tools/attc/attc" compile "$spec" --target=cpu --emit=source |
    grep -n "attc_kernel_entry" | head -3
  echo "== attc check $spec (generated kernel vs float64 reference)"
  "$build_dir/tools/attc/attc" check "$spec" --dim B=2 --dim Lq=1000 \
    --dim Lk=1000
  echo "== attc bench $spec"
  "$build_dir/tools/attc/attc" bench "$spec" --dim B=1 --dim Lq=2048 \
    --dim Lk=2048
  ;;
test)
  log=$(mktemp)
  status=0
  /usr/lib/llvm-22/bin/lit -v "$build_dir/test" 2>&1 | tee "$log" ||
    status=$?
  passed=$(grep -c '^PASS: ' "$log" || true)
  failed=$(grep -cE '^(FAIL|XPASS|UNRESOLVED|TIMEOUT): ' "$log" || true)
  skipped=$(grep -cE '^(UNSUPPORTED|XFAIL): ' "$log" || true)
  rm -f "$log"
  echo "$passed passed, $failed failed, $skipped skipped"
  exit "$status"
  ;;
*)
  echo "setup.sh: unknown job '$job' (expected build, demo or test)" >&2
  exit 2
  ;;
esac
