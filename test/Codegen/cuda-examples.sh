#!/bin/bash
# cuda-examples.sh PTXAS DIR [CUOBJDUMP]: compiles every example to PTX for
# sm_80 and sm_90a with attc, assembles it with `ptxas -v` and prints one
# line per kernel: name, arch, spill and stack bytes, and (with cuobjdump)
# whether the SASS has tensor-core HMMA instructions.
set -e
ptxas=$1 dir=$2 cuobjdump=$3
examples=$(dirname "$0")/../../examples
mkdir -p "$dir"
for spec in "$examples"/*.attn.json; do
  name=$(basename "$spec" .attn.json)
  for arch in sm_80 sm_90a; do
    attc compile "$spec" --target=cuda --arch=$arch --emit=ptx \
      -o "$dir/$name.$arch.ptx"
    "$ptxas" -arch=$arch -v "$dir/$name.$arch.ptx" -o "$dir/$name.$arch.cubin" \
      > "$dir/$name.$arch.log" 2>&1
    # Every kernel of the unit (one per head-dim bucket) must be clean.
    bad=$(grep -cE '[1-9][0-9]* bytes (stack frame|spill)' \
      "$dir/$name.$arch.log" || true)
    hmma=
    if [ -n "$cuobjdump" ]; then
      n=$("$cuobjdump" -sass "$dir/$name.$arch.cubin" | grep -c HMMA || true)
      hmma=" hmma=$([ "$n" -gt 0 ] && echo yes || echo no)"
    fi
    echo "kernel $name $arch spilling=$bad$hmma"
  done
done
