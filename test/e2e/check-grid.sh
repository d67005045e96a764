#!/usr/bin/env bash
# Runs `attc check` for one spec over the storage dtypes, both layouts and
# odd shapes (Lq=1, Lk=1, Lq != Lk, lengths that are not a multiple of any
# tile). Extra arguments are added to every call. Exits non-zero on the
# first failure, after printing the failing command.
set -u
spec=$1
shift
shapes=("B=1 Lq=1 Lk=1" "B=2 Lq=67 Lk=131" "B=1 Lq=1 Lk=200"
        "B=1 Lq=130 Lk=97")
configs=("--dtype=f32 --layout=bhsd" "--dtype=f32 --layout=bshd"
         "--dtype=f16 --layout=bhsd" "--dtype=bf16 --layout=bshd")
# GRID=zip pairs shape i with config i (each shape and config once, for
# slow targets) instead of running every pair.
runs=()
for ((c = 0; c < ${#configs[@]}; ++c)); do
  for ((s = 0; s < ${#shapes[@]}; ++s)); do
    [ "${GRID:-}" = zip ] && [ "$c" -ne "$s" ] && continue
    runs+=("$c $s")
  done
done
seed=1
for run in "${runs[@]}"; do
  read -r c s <<<"$run"
  config=${configs[$c]} shape=${shapes[$s]}
  dims=()
  for d in $shape; do dims+=(--dim "$d"); done
  # shellcheck disable=SC2086
  if ! out=$(attc check "$spec" $config "${dims[@]}" --seed "$seed" "$@" 2>&1); then
    echo "FAILED: attc check $spec $config ${dims[*]} --seed $seed $*"
    echo "$out"
    exit 1
  fi
  echo "$out" | head -1
  seed=$((seed + 1))
done
echo "grid passed: $spec"
