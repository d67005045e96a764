#!/usr/bin/env bash
# Backward vs forward on the CPU (issue 16): dense, causal, sliding window
# and document mask at B=1 H=8 L=4096 D=128 f32, the forward saving o and
# lse (bench/specs/bwd_*.attn.json, examples/causal.attn.json). Prints one
# Markdown row per spec and run; the machine is shared, so run it several
# times and report ranges. Usage: bench/backward.sh [BUILD_DIR] [RUNS] [L]
set -eu -o pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-3}
L=${3:-4096}
attc=$build/tools/attc/attc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 8 documents of unequal length, as bench/sparsity.sh.
lens=""
for i in 1 3 2 1 3 2 2 2; do lens+="$((L * i / 16)),"; done
python3 test/e2e/Inputs/make_docs.py "$work/doc.npy" "$L" "${lens%,}"
echo "| spec | run | forward ms | backward ms | ratio |"
echo "|---|---|---|---|---|"
for run in $(seq "$runs"); do
  for spec in bench/specs/bwd_dense examples/causal bench/specs/bwd_window256 \
    bench/specs/bwd_document8; do
    args=("$spec.attn.json" --dim B=1 --dim Lq="$L" --dim Lk="$L" --grad
      --repeats 5)
    case $spec in *document8) args+=(--input "doc=$work/doc.npy") ;; esac
    out=$("$attc" bench "${args[@]}")
    fwd=$(echo "$out" | sed -n 's/^  median \([0-9.]*\) ms.*/\1/p')
    bwd=$(echo "$out" | sed -n 's/^  backward median \([0-9.]*\) ms.*/\1/p')
    awk -v s="${spec##*/}" -v r="$run" -v f="$fwd" -v b="$bwd" \
      'BEGIN { printf "| %s | %d | %.1f | %.1f | %.2fx |\n", s, r, f, b, b / f }'
  done
done
