#!/bin/bash
# hip-examples.sh OBJDUMP READELF DIR: compiles every example to HSA code
# objects for gfx90a and gfx942 with attc and prints one line per example
# and arch: its kernels, how many run v_mfma inside a loop, and the largest
# scratch (private segment) and VGPR spill count of their metadata.
set -e
objdump=$1 readelf=$2 dir=$3
here=$(dirname "$0")
examples=$here/../../examples
mkdir -p "$dir"
for spec in "$examples"/*.attn.json; do
  name=$(basename "$spec" .attn.json)
  for arch in gfx90a gfx942; do
    attc compile "$spec" --target=hip --arch=$arch --emit=object \
      -o "$dir/$name.$arch.co"
    echo "kernel $name $arch $(python3 "$here/hip-codeobj.py" "$objdump" \
      "$readelf" $arch "$dir/$name.$arch.co")"
  done
done
