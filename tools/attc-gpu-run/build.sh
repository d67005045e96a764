#!/bin/sh
# build.sh [OUT_DIR]: builds libattc_cuda_rt (.a and .so) and attc-gpu-run
# from this source tree with nvcc alone (or CXX=g++): no LLVM, no CMake. The
# CUDA driver is opened at run time, so only cuda.h is needed here
# ($CUDA_HOME/include, default /usr/local/cuda).
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build-gpu}
cuda=${CUDA_HOME:-/usr/local/cuda}
cxx=${CXX:-$cuda/bin/nvcc}
[ -x "$cxx" ] || cxx=$(command -v "$cxx" || command -v nvcc || true)
[ -n "$cxx" ] || { echo "build.sh: no nvcc (set CXX or CUDA_HOME)" >&2; exit 2; }
case $(basename "$cxx") in
  nvcc*) pic="-Xcompiler -fPIC" ;;
  *) pic=-fPIC ;;
esac
flags="-std=c++17 -O2 -I$root/include -I$root/templates/common \
  -I$root/templates/cuda -I$cuda/include"
mkdir -p "$out/obj"
rt="lib/Runtime/Cuda/CudaRuntime.cpp lib/Runtime/Cuda/CudaKernelMeta.cpp
  lib/Runtime/TensorChecks.cpp lib/Support/DType.cpp"
support="lib/Support/HostArray.cpp lib/Support/Npy.cpp"
for src in $rt $support; do
  # shellcheck disable=SC2086
  "$cxx" $flags $pic -c "$root/$src" -o "$out/obj/$(basename "$src" .cpp).o"
done
objs=
for src in $rt; do
  objs="$objs $out/obj/$(basename "$src" .cpp).o"
done
rm -f "$out/libattc_cuda_rt.a"
ar rcs "$out/libattc_cuda_rt.a" $objs
# shellcheck disable=SC2086
"$cxx" -shared $objs -o "$out/libattc_cuda_rt.so" -ldl
# shellcheck disable=SC2086
"$cxx" $flags "$root/tools/attc-gpu-run/attc-gpu-run.cpp" \
  "$out/obj/HostArray.o" "$out/obj/Npy.o" "$out/libattc_cuda_rt.a" \
  -o "$out/attc-gpu-run" -ldl
echo "built $out/libattc_cuda_rt.a $out/libattc_cuda_rt.so $out/attc-gpu-run"
