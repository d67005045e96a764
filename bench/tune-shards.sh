#!/usr/bin/env bash
# A sweep of 6 specs x 2 shapes tuned as 4 shards in parallel processes and
# merged, against the same sweep unsharded: prints both databases' choices
# side by side and how many agree (they may differ where two schedules time
# within noise of each other; the ratio column says by how much).
#   bench/tune-shards.sh [build/tools/attc/attc]
set -euo pipefail
cd "$(dirname "$0")/.."
attc=${1:-build/tools/attc/attc}
dir=$(mktemp -d)
specs=(examples/causal.attn.json examples/alibi.attn.json
       examples/softcap.attn.json examples/sliding_window.attn.json
       examples/document_mask.attn.json examples/sigmoid_attn.attn.json)
runs=""
for s in "${specs[@]}"; do
  for l in 256 512; do
    runs+="${runs:+, }{\"spec\": \"$PWD/$s\", \"dtype\": \"f32\", \"dims\": {\"B\": 1, \"Lq\": $l, \"Lk\": $l}}"
  done
done
echo "{\"runs\": [$runs]}" > "$dir/sweep.json"
start=$(date +%s)
for i in 0 1 2 3; do
  ATTC_TUNE_DB=$dir/shard$i.json "$attc" tune --sweep "$dir/sweep.json" \
    --shard $i/4 --repeats 5 --threads 1 > "$dir/shard$i.log" 2>&1 &
done
wait
ATTC_TUNE_DB=$dir/merged.json "$attc" tune --merge "$dir"/shard{0,1,2,3}.json \
  > /dev/null
sharded=$(($(date +%s) - start))
start=$(date +%s)
ATTC_TUNE_DB=$dir/whole.json "$attc" tune --sweep "$dir/sweep.json" \
  --repeats 5 --threads 1 > "$dir/whole.log" 2>&1
whole=$(($(date +%s) - start))
echo "4 shards in parallel: ${sharded} s; unsharded: ${whole} s"
ATTC_TUNE_DB=$dir/merged.json "$attc" tune --show | tail -n +3 |
  awk '{print $1, $3, $4, $5}' | sort > "$dir/merged.txt"
ATTC_TUNE_DB=$dir/whole.json "$attc" tune --show | tail -n +3 |
  awk '{print $1, $3, $4, $5}' | sort > "$dir/whole.txt"
join -j1 <(awk '{print $1"|"$2, $3, $4}' "$dir/merged.txt") \
  <(awk '{print $1"|"$2, $3, $4}' "$dir/whole.txt") |
  awk '{same += ($2 == $4); printf "%-60s sharded %-12s %8.3f ms  whole %-12s %8.3f ms\n", $1, $2, $3, $4, $5}
       END {print same " of " NR " choices agree"}'
rm -rf "$dir"
