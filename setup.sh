#!/usr/bin/env bash
# Installs what attc needs from Debian's packages (quietly, only what is
# missing), configures and builds, then runs one job:
#   ./setup.sh demo   compile an example for the CPU, run it, check it
#                     against the float64 reference and time it
#   ./setup.sh test   the whole test suite (lit + GoogleTest + end to end),
#                     then `python`, `fuzz` and `asan` below
#   ./setup.sh build  only set up and build
#   ./setup.sh fuzz [SECONDS]  build the libFuzzer targets (clang) in
#                     build-fuzz/, replay fuzz/regressions/, fuzz each target
#                     for SECONDS (default 50)
#   ./setup.sh asan   build with ASan+UBSan in build-asan/ and run lit there
#   ./setup.sh python build the Python package (python/) into the virtual
#                     environment build-py-venv/ (PyTorch, NumPy, pytest from
#                     PyPI, pip's downloads cached) and run test/Python
#   ./setup.sh peer [ARGS]  the same environment, then bench/peer_cpu.py:
#                     attc vs PyTorch SDPA and FlexAttention on this CPU
set -euo pipefail
cd "$(dirname "$0")"
job=${1:-build}
build_dir=${ATTC_BUILD_DIR:-build}

packages=(cmake ninja-build g++ ccache llvm-22-dev libmlir-22-dev mlir-22-tools
          llvm-22-tools clang-22 lld-22 libclang-rt-22-dev nlohmann-json3-dev
          libgtest-dev libsleef-dev
          libbenchmark-dev python3-dev python3-venv gnuplot-nox)
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
# What lit runs: the tools, the C library, and the GPU bundle runner where
# CMake found cuda.h to build it.
build_targets() {
  local targets=(attc attc-opt attc-unittests attc_c)
  # (grep reads all of ninja's output: with -q it could exit first, and
  # under pipefail ninja's SIGPIPE would fail the test.)
  ninja -C "$1" -t targets all | grep '^attc-gpu-run:' >/dev/null &&
    targets+=(attc-gpu-run)
  ninja -C "$1" -j "$jobs" "${targets[@]}" >/dev/null ||
    ninja -C "$1" -j 1 "${targets[@]}"
}
build_targets "$build_dir"

# cuobjdump and nvdisasm, which the SASS checks (HMMA, HGMMA, UTMALDG) need,
# where the CUDA toolkit leaves them out: NVIDIA's wheels from PyPI, into
# build-cuda-tools/ (pip's downloads cached).
if [ -x /usr/local/cuda/bin/nvcc ] && [ ! -x /usr/local/cuda/bin/cuobjdump ] &&
  ! command -v cuobjdump >/dev/null; then
  cuda_tools=$PWD/build-cuda-tools
  find_cuobjdump() { find "$cuda_tools" -name cuobjdump -type f 2>/dev/null | head -1; }
  if [ -z "$(find_cuobjdump)" ]; then
    python3 -m pip install -q --disable-pip-version-check \
      --cache-dir "${PIP_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pip}" \
      --target "$cuda_tools" "nvidia-cuda-cuobjdump==13.*" \
      "nvidia-cuda-nvdisasm==13.*" >/dev/null ||
      echo "setup: could not install cuobjdump from PyPI; SASS checks skip" >&2
  fi
  if [ -n "$(find_cuobjdump)" ]; then
    ATTC_CUOBJDUMP=$(find_cuobjdump)
    export ATTC_CUOBJDUMP PATH="$(dirname "$ATTC_CUOBJDUMP"):$PATH"
  fi
fi

# Prints one lit-style PASS:/FAIL: line per fuzz target (regressions
# replayed, then fuzzed for $1 seconds); returns 1 if any failed.
run_fuzzers() {
  local secs=${1:-50} dir=build-fuzz status=0 t bin log regs
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
      -DATTC_FUZZ=ON -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir >/dev/null
  fi
  ninja -C "$dir" -j "$jobs" attc-fuzzers >/dev/null ||
    ninja -C "$dir" -j 1 attc-fuzzers
  for t in expr npy spec-json spec-mlir; do
    bin=$dir/fuzz/fuzz-$t
    log=$dir/fuzz-$t.log
    : >"$log"
    rm -rf "$dir/corpus/$t" "$dir/artifacts/$t"
    mkdir -p "$dir/corpus/$t" "$dir/artifacts/$t"
    regs=()
    [ -d "fuzz/regressions/$t" ] &&
      mapfile -t regs < <(find "fuzz/regressions/$t" -type f | sort)
    if ((${#regs[@]})) && ! "$bin" "${regs[@]}" >"$log" 2>&1; then
      echo "FAIL: fuzz :: $t (a regression input crashes; see $log)"
      status=1
      continue
    fi
    local dict=()
    [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
    if "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 "${dict[@]}" \
      -artifact_prefix="$dir/artifacts/$t/" "$dir/corpus/$t" \
      "fuzz/corpus/$t" >>"$log" 2>&1; then
      echo "PASS: fuzz :: $t (${#regs[@]} regressions," \
        "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log") runs" \
        "in ${secs} s)"
    else
      echo "FAIL: fuzz :: $t (crash input in $dir/artifacts/$t/; see $log)"
      tail -n 30 "$log"
      status=1
    fi
  done
  return "$status"
}

# Builds build-asan/ (attc's code with ASan+UBSan; the JIT's kernels are
# compiled at run time without them) and runs lit on it. The kernels do not
# depend on the sanitizers, so the JIT cache of $build_dir's lit run (keyed
# by source and compiler) seeds this one's: the run checks attc's code, not
# g++ again. Tests of the cache itself use caches of their own.
run_asan() {
  local dir=build-asan
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DATTC_SANITIZE=ON -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
      -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit >/dev/null
  fi
  build_targets "$dir"
  if [ -d "$build_dir/test/jit-cache" ]; then
    rm -rf "$dir/test/jit-cache"
    cp -a "$build_dir/test/jit-cache" "$dir/test/jit-cache"
  fi
  /usr/lib/llvm-22/bin/lit -v "$dir/test"
}

# Builds the Python package against this build's libattc_c.so into its own
# virtual environment and runs the pytest suite (test/Python), printing one
# lit-style PASS:/FAIL:/UNSUPPORTED: line per test; returns pytest's status.
# Makes $venv (PyTorch, NumPy, pytest, nanobind, scikit-build-core from
# PyPI) and installs the package built against $build_dir into it.
venv=${ATTC_PY_VENV:-build-py-venv}
install_python() {
  local pip_cache=${PIP_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pip}
  ninja -C "$build_dir" -j "$jobs" attc_c >/dev/null ||
    ninja -C "$build_dir" -j 1 attc_c
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  if ! "$venv/bin/python" -c "import torch, numpy, pytest, nanobind, \
scikit_build_core" 2>/dev/null; then
    echo "setup: installing PyTorch, NumPy, pytest, nanobind and" \
      "scikit-build-core into $venv" >&2
    "$venv/bin/pip" install -q --cache-dir "$pip_cache" scikit-build-core \
      nanobind numpy pytest torch
  fi
  ATTC_BUILD_DIR="$build_dir" "$venv/bin/pip" install -q \
    --cache-dir "$pip_cache" --no-build-isolation ./python
}

run_python() {
  local build_abs=$build_dir
  [[ $build_abs == /* ]] || build_abs=$PWD/$build_dir
  install_python
  ATTC_CACHE_DIR="$build_abs/test/python-jit-cache" \
    "$venv/bin/python" -m pytest -v -p no:cacheprovider test/Python |
    sed -E 's/^([^ ]+::[^ ]+) PASSED.*/PASS: python :: \1/;
            s/^([^ ]+::[^ ]+) (FAILED|ERROR).*/FAIL: python :: \1/;
            s/^([^ ]+::[^ ]+) SKIPPED.*/UNSUPPORTED: python :: \1/;
            s/^([^ ]+::[^ ]+) (XFAIL|XPASS).*/\2: python :: \1/'
}

case "$job" in
build) ;;
fuzz)
  run_fuzzers "${2:-50}"
  ;;
asan)
  run_asan
  ;;
python)
  run_python
  ;;
peer)
  # attc vs PyTorch SDPA and FlexAttention on this CPU (bench/peer_cpu.py).
  install_python
  shift
  "$venv/bin/python" bench/peer_cpu.py "$@"
  ;;
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
  run_python 2>&1 | tee -a "$log" || status=1
  run_fuzzers "${ATTC_FUZZ_SECONDS:-50}" 2>&1 | tee -a "$log" || status=1
  run_asan 2>&1 | tee -a "$log" || status=1
  passed=$(grep -c '^PASS: ' "$log" || true)
  failed=$(grep -cE '^(FAIL|XPASS|UNRESOLVED|TIMEOUT): ' "$log" || true)
  skipped=$(grep -cE '^(UNSUPPORTED|XFAIL): ' "$log" || true)
  rm -f "$log"
  echo "$passed passed, $failed failed, $skipped skipped"
  exit "$status"
  ;;
*)
  echo "setup.sh: unknown job '$job' (expected build, demo, test, fuzz," \
    "asan, python or peer)" >&2
  exit 2
  ;;
esac
