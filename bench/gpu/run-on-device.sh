#!/bin/bash
# run-on-device.sh [BUNDLES] [REPEATS]: on a GPU host that has only nvcc and
# the driver, builds libattc_cuda_rt and attc-gpu-run from this tree
# (tools/attc-gpu-run/build.sh), runs every bundle of BUNDLES (default
# bench/gpu/bundles, from export-bundles.sh) with REPEATS timed runs
# (default 20), and leaves under $OUT (default ./gpu-out): outputs/ (the
# .npy outputs per bundle and case, timings.csv), device.txt, build.log,
# run.log. Back on a machine with attc: check-outputs.sh BUNDLES $OUT/outputs.
# TARGET=hip: on an AMD host with hipcc (build.sh --hip) and rocm-smi.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
bundles=${1:-$here/bundles}
repeats=${2:-20}
out=${OUT:-$PWD/gpu-out}
mkdir -p "$out"
hip=
if [ "${TARGET:-cuda}" = hip ]; then
  hip=--hip
  { rocm-smi --showproductname 2>&1 || true; } > "$out/device.txt"
else
  { nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm \
      --format=csv 2>&1 || true; nvcc --version 2>&1 | tail -1; } \
    > "$out/device.txt"
fi
build=$(mktemp -d)
if ! sh "$root/tools/attc-gpu-run/build.sh" $hip "$build" > "$out/build.log" 2>&1
then
  echo "run-on-device: build failed (see $out/build.log)" >&2
  tail -5 "$out/build.log" >&2
  exit 2
fi
"$build/attc-gpu-run" "$bundles" --out "$out/outputs" --bench "$repeats" \
  2>&1 | tee "$out/run.log"
status=${PIPESTATUS[0]}
rm -rf "$build"
echo "run-on-device: exit $status; outputs and timings in $out"
exit "$status"
