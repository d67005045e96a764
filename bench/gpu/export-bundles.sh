#!/bin/bash
# export-bundles.sh [OUT_DIR] [ARCHS]: one GPU bundle per example and dtype
# (f16, bf16) for the GPU host, over a grid of odd sizes: Lq=1 and Lk=1,
# lengths that are not multiples of the 64-row tiles, more queries than
# keys (bottom-right masks leave rows fully masked), decode. Dims a spec
# fixes are left as the spec has them (GQA, D != Dv and bshd come from the
# examples themselves). Default OUT_DIR bench/gpu/bundles,
# ARCHS sm_90a (H100/H200; e.g. sm_80,sm_90a for both generations).
# TARGET=hip exports HIP bundles instead (ARCHS default gfx942, MI300).
# HOPPER=1 exports the cuda Hopper kernels (--hopper: TMA + wgmma, sm_90a
# only, unverified on hardware) as <example>-<dtype>-hopper; each bundle's
# spec.mlir (attn.note) says where an example stays on mma.sync.
# Then: run-on-device.sh on the GPU host, check-outputs.sh here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
out=${1:-$here/bundles}
target=${TARGET:-cuda}
if [ "$target" = hip ]; then archs=${2:-gfx942}; else archs=${2:-sm_90a}; fi
extra=() suffix=
if [ -n "${HOPPER:-}" ]; then extra=(--hopper) suffix=-hopper archs=sm_90a; fi
attc=${ATTC:-$root/build/tools/attc/attc}
# B=2 with single rows, a decode row over two key tiles (the last partial),
# and two query tiles over fewer keys (fully masked rows where masks align
# bottom-right). Small on purpose: every bundle travels to the GPU host
# (all 42 stay under 40 MiB).
shapes=("B=2,Lq=1,Lk=1" "B=1,Lq=1,Lk=70" "B=1,Lq=66,Lk=40")
mkdir -p "$out"
for spec in "$root"/examples/*.attn.json; do
  name=$(basename "$spec" .attn.json)
  # The shape flags without the dims this spec fixes (they would conflict).
  fixed=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])).get("dims",{}); print(" ".join(k for k,v in d.items() if v != "?"))' "$spec")
  flags=()
  seen=" "
  for s in "${shapes[@]}"; do
    kept=
    for kv in ${s//,/ }; do
      [[ " $fixed " == *" ${kv%%=*} "* ]] || kept=${kept:+$kept,}$kv
    done
    [ -n "$kept" ] || continue
    [[ "$seen" == *" $kept "* ]] && continue
    seen="$seen$kept "
    flags+=(--shape "$kept")
  done
  for dtype in f16 bf16; do
    dir=$out/$name-$dtype$suffix
    [ -e "$dir" ] && { echo "skip $dir (exists)"; continue; }
    "$attc" compile "$spec" --target="$target" --arch="$archs" --dtype=$dtype \
      --bundle "$dir" --seed 1 "${extra[@]}" "${flags[@]}"
  done
done
du -sh "$out"
