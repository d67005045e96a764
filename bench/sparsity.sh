#!/usr/bin/env bash
# Block-sparsity benchmark: each sparse family at L = 4096 and 16384 (B=1,
# H=8, D=64, f32), timed with tile skipping and with --dense (the same
# kernel evaluating the mask on every pair), side by side in one run.
# Prints a Markdown table for bench/RESULTS.md. Usage:
#   bench/sparsity.sh [BUILD_DIR] [LENGTHS...]
set -eu -o pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
lengths=("${@:-4096 16384}")
attc=$build/tools/attc/attc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sed -n 's/.*median \([0-9.]*\) ms.*/\1/p'; }
echo "| family | L | kept density | visited tiles | sparse ms | dense ms |" \
  "time ratio | ratio / density |"
echo "|---|---|---|---|---|---|---|---|"
for L in ${lengths[*]}; do
  # 8 documents of unequal length (1/16 .. 3/16 of L).
  lens=""
  for i in 1 3 2 1 3 2 2 2; do lens+="$((L * i / 16)),"; done
  python3 test/e2e/Inputs/make_docs.py "$work/doc.npy" "$L" "${lens%,}"
  for family in window256 chunked512 document8 neighborhood2d; do
    args=(bench/specs/$family.attn.json --dim B=1 --dim Lq=$L --dim Lk=$L)
    [ "$family" = document8 ] && args+=(--input "doc=$work/doc.npy")
    # The sparse runs are short: more of them steady the median.
    sparse=$("$attc" bench "${args[@]}" --repeats 9)
    dense=$("$attc" bench "${args[@]}" --dense --repeats 3)
    ts=$(echo "$sparse" | median)
    td=$(echo "$dense" | median)
    density=$(echo "$sparse" | sed -n 's/.*(density \([0-9.]*\)).*/\1/p')
    visited=$(echo "$sparse" |
      sed -n 's/.*visited-tile density \([0-9.]*\)).*/\1/p')
    awk -v f="$family" -v L="$L" -v d="$density" -v v="$visited" \
      -v s="$ts" -v t="$td" 'BEGIN {
        r = s / t
        printf "| %s | %d | %.4f | %.4f | %.1f | %.1f | %.4f | %.2f |\n",
          f, L, d, v, s, t, r, r / d }'
  done
done
