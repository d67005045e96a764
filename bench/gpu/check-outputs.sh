#!/bin/bash
# check-outputs.sh [BUNDLES] [OUTPUTS]: checks what run-on-device.sh brought
# back against the float64 reference, bundle by bundle (attc check --bundle
# --outputs), and prints one line per bundle and a summary. Exit 1 if any
# case failed or is missing. Logs go to $LOG (default ./gpu-check).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundles=${1:-$here/bundles}
outputs=${2:-$PWD/gpu-out/outputs}
attc=${ATTC:-$here/../../build/tools/attc/attc}
log=${LOG:-$PWD/gpu-check}
mkdir -p "$log"
pass=0 fail=0
for b in "$bundles"/*/; do
  name=$(basename "$b")
  if "$attc" check --bundle "$b" --outputs "$outputs/$name" \
      > "$log/$name.log" 2>&1; then
    pass=$((pass + 1)); echo "ok     $name"
  else
    fail=$((fail + 1)); echo "FAILED $name: $(tail -1 "$log/$name.log")"
  fi
done
echo "$pass bundles passed, $fail failed"
[ "$fail" = 0 ]
