#!/usr/bin/env bash
# Runs one spec with block sparsity (the default) and with --dense on the
# same random inputs and requires bit-identical outputs: skipping an empty
# tile adds exactly nothing and a full tile skips only the mask call. Then
# checks the dense path against the float64 reference too. Usage:
#   sparse-vs-dense.sh SPEC WORKDIR
set -eu -o pipefail
spec=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
shapes=("B=2 Lq=300 Lk=500 --tile-q 32 --tile-k 64"
        "B=1 Lq=130 Lk=97" "B=1 Lq=1 Lk=200" "B=1 Lq=200 Lk=1")
i=0
for shape in "${shapes[@]}"; do
  args=()
  for word in $shape; do
    case $word in
    *=*) args+=(--dim "$word") ;;
    *) args+=("$word") ;;
    esac
  done
  attc run "$spec" "${args[@]}" --seed "$i" --out "$work/sparse$i" >/dev/null
  attc run "$spec" "${args[@]}" --seed "$i" --dense \
    --out "$work/dense$i" >/dev/null
  for f in "$work/sparse$i"/*.npy; do
    if ! cmp -s "$f" "$work/dense$i/$(basename "$f")"; then
      echo "DIFFERENT: $(basename "$f") for $spec ${args[*]}"
      exit 1
    fi
  done
  attc check "$spec" "${args[@]}" --seed "$i" --dense >/dev/null
  i=$((i + 1))
done
echo "sparse == dense: $spec"
