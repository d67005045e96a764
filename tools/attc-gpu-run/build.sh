#!/bin/sh
# build.sh [--hip] [OUT_DIR]: builds the launch runtimes (.a and .so) and
# attc-gpu-run from this source tree with one compiler: no LLVM, no CMake.
# The drivers are opened at run time.
#   default  libattc_cuda_rt and libattc_hip_rt with nvcc (or CXX=g++); only
#            cuda.h is needed ($CUDA_HOME/include, default /usr/local/cuda)
#   --hip    libattc_hip_rt alone with hipcc (or CXX=g++), for AMD hosts:
#            no CUDA and no ROCm headers (it declares the HIP API it uses)
# The runner then runs the bundles of every runtime it was built with.
set -e
hip=
if [ "$1" = --hip ]; then
  hip=1
  shift
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build-gpu}
flags="-std=c++17 -O2 -I$root/include -I$root/templates/common \
  -I$root/templates/cuda -I$root/templates/hip"
meta="lib/Runtime/Cuda/CudaKernelMeta.cpp lib/Runtime/TensorChecks.cpp
  lib/Support/DType.cpp"
if [ -n "$hip" ]; then
  rocm=${ROCM_PATH:-/opt/rocm}
  cxx=${CXX:-$rocm/bin/hipcc}
  [ -x "$cxx" ] || cxx=$(command -v "$cxx" || command -v hipcc || true)
  [ -n "$cxx" ] || { echo "build.sh: no hipcc (set CXX or ROCM_PATH)" >&2; exit 2; }
  # hipcc would compile .cpp files as HIP: these are plain host C++.
  export HIP_COMPILE_CXX_AS_HIP=0
  libs="hip"
  defs="-DATTC_HAVE_HIP_RT=1"
else
  cuda=${CUDA_HOME:-/usr/local/cuda}
  cxx=${CXX:-$cuda/bin/nvcc}
  [ -x "$cxx" ] || cxx=$(command -v "$cxx" || command -v nvcc || true)
  [ -n "$cxx" ] || { echo "build.sh: no nvcc (set CXX or CUDA_HOME)" >&2; exit 2; }
  flags="$flags -I$cuda/include"
  libs="cuda hip"
  defs="-DATTC_HAVE_CUDA_RT=1 -DATTC_HAVE_HIP_RT=1"
fi
case $(basename "$cxx") in
  nvcc*) pic="-Xcompiler -fPIC" ;;
  *) pic=-fPIC ;;
esac
mkdir -p "$out/obj"
obj() { echo "$out/obj/$(basename "$1" .cpp).o"; }
# What the runtimes share (the metadata, the view checks) and the runner's
# .npy support.
shared=
for src in $meta lib/Support/HostArray.cpp lib/Support/Npy.cpp; do
  # shellcheck disable=SC2086
  "$cxx" $flags $pic -c "$root/$src" -o "$(obj "$src")"
done
for src in $meta; do
  shared="$shared $(obj "$src")"
done
built=
runtimes=
for lib in $libs; do
  case $lib in
    cuda) src=lib/Runtime/Cuda/CudaRuntime.cpp ;;
    hip) src=lib/Runtime/Hip/HipRuntime.cpp ;;
  esac
  # shellcheck disable=SC2086
  "$cxx" $flags $pic -c "$root/$src" -o "$(obj "$src")"
  rm -f "$out/libattc_${lib}_rt.a"
  # shellcheck disable=SC2086
  ar rcs "$out/libattc_${lib}_rt.a" "$(obj "$src")" $shared
  # shellcheck disable=SC2086
  "$cxx" -shared "$(obj "$src")" $shared -o "$out/libattc_${lib}_rt.so" -ldl
  built="$built $out/libattc_${lib}_rt.a $out/libattc_${lib}_rt.so"
  runtimes="$runtimes $(obj "$src")"
done
# shellcheck disable=SC2086
"$cxx" $flags $defs "$root/tools/attc-gpu-run/attc-gpu-run.cpp" \
  "$(obj HostArray.cpp)" "$(obj Npy.cpp)" $runtimes $shared \
  -o "$out/attc-gpu-run" -ldl
echo "built$built $out/attc-gpu-run"
