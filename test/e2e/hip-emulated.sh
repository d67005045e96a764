#!/usr/bin/env bash
# Runs check-grid.sh with --target=hip --arch=emulated for every example,
# each shape and each dtype/layout once (GRID=zip: the emulator runs a lane
# at a time); exits non-zero on the first failure.
set -u
here=$(dirname "$0")
for spec in "$here"/../../examples/*.attn.json; do
  GRID=zip bash "$here/check-grid.sh" "$spec" --target=hip --arch=emulated ||
    exit 1
done
echo "hip emulated: every example passed"
