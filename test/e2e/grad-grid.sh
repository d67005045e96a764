#!/usr/bin/env bash
# Runs `attc check --grad` (the backward: dq, dk, dv and every float input's
# gradient against the float64 reference backward) for one spec over odd
# shapes (Lq=1, Lk=1, lengths that are not a multiple of any tile, Lq > Lk,
# whose bottom-right masks leave fully masked rows), both layouts and the
# 16-bit dtypes (FlashAttention's rule: at most twice the error of the
# naive backward in the same precision). Specs that output lse also get a
# random dlse. Exits non-zero on the first failure.
set -u
spec=$1
shift
runs=("--dtype=f32 --layout=bhsd --dim B=1 --dim Lq=1 --dim Lk=1"
      "--dtype=f32 --layout=bhsd --dim B=2 --dim Lq=67 --dim Lk=131"
      "--dtype=f32 --layout=bhsd --dim B=1 --dim Lq=130 --dim Lk=97"
      "--dtype=f32 --layout=bshd --dim B=1 --dim Lq=1 --dim Lk=200"
      "--dtype=bf16 --layout=bhsd --dim B=1 --dim Lq=67 --dim Lk=131"
      "--dtype=f16 --layout=bshd --dim B=1 --dim Lq=130 --dim Lk=97")
seed=1
for run in "${runs[@]}"; do
  # shellcheck disable=SC2086
  if ! out=$(attc check "$spec" --grad $run --seed "$seed" "$@" 2>&1); then
    echo "FAILED: attc check $spec --grad $run --seed $seed $*"
    echo "$out"
    exit 1
  fi
  echo "$out" | head -1
  seed=$((seed + 1))
done
echo "grad grid passed: $spec"
