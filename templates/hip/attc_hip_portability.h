//===- attc_hip_portability.h - CUDA's device names on AMD GPUs -----------===//
//
// Generated HIP units are compiled by clang alone (clang++ -x hip
// -nogpuinc -nogpulib --cuda-device-only), without ROCm's headers or device
// libraries: this header gives the common headers and the shared GPU
// skeleton the few CUDA spellings they use (__device__, __shared__,
// __syncthreads, __float_as_uint, expf, ...) in clang builtins, plus what
// differs on AMD (wave64, ds_bpermute for shuffles, the dispatch packet's
// grid size). Included first in a HIP unit; under hipcc (which defines the
// same names in its own headers) it defines only what hipcc lacks.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_HIP_PORTABILITY_H
#define ATTC_HIP_PORTABILITY_H

// The host emulator (attc_hip_emulation.h, before this) defines all of it.
#if !defined(ATTC_HIP_EMULATION)
#if !defined(__HIP__)
#error "attc_hip_portability.h is for HIP device code (clang -x hip)"
#endif

// hipcc's headers define these as macros; clang alone has the attributes.
#ifndef __HIP_INCLUDE_HIP_HIP_RUNTIME_H
#define ATTC_HIP_BARE 1
#define __host__ __attribute__((host))
#define __device__ __attribute__((device))
#define __global__ __attribute__((global))
#define __shared__ __attribute__((shared))
#define __forceinline__ inline __attribute__((always_inline))
#endif

// The exact work-group size lets the compiler give each wave all of a
// SIMD's registers the group's waves leave (no scratch).
#define ATTC_HIP_WORK_GROUP_SIZE(...)                                          \
  __attribute__((amdgpu_flat_work_group_size(__VA_ARGS__, __VA_ARGS__)))

#include <stdint.h>
#include <type_traits>
#include <utility>

// The device functions the common headers call under CUDA's names (their
// device branches are written for nvcc and NVRTC).
#if defined(__HIP_DEVICE_COMPILE__) && defined(ATTC_HIP_BARE)
static __device__ __forceinline__ unsigned __float_as_uint(float f) {
  return __builtin_bit_cast(unsigned, f);
}
static __device__ __forceinline__ float __uint_as_float(unsigned u) {
  return __builtin_bit_cast(float, u);
}
static __device__ __forceinline__ float __int_as_float(int i) {
  return __builtin_bit_cast(float, i);
}
static __device__ __forceinline__ int64_t __mul64hi(int64_t a, int64_t b) {
  return int64_t((__int128(a) * __int128(b)) >> 64);
}
// llvm.exp/log/sqrt.f32: AMDGPU lowers them to v_exp/v_log/v_sqrt with
// range reduction (no libm on the device).
static __device__ __forceinline__ float expf(float x) {
  return __builtin_expf(x);
}
static __device__ __forceinline__ float logf(float x) {
  return __builtin_logf(x);
}
static __device__ __forceinline__ float sqrtf(float x) {
  return __builtin_sqrtf(x);
}
#endif

namespace attc {
namespace hip {

// A wavefront of gfx9 (CDNA) is 64 lanes.
constexpr int kWave = 64;

#if defined(__HIP_DEVICE_COMPILE__)
__device__ __forceinline__ int thread_x() {
  return int(__builtin_amdgcn_workitem_id_x());
}
__device__ __forceinline__ int block_x() {
  return int(__builtin_amdgcn_workgroup_id_x());
}
__device__ __forceinline__ int block_y() {
  return int(__builtin_amdgcn_workgroup_id_y());
}
__device__ __forceinline__ int block_z() {
  return int(__builtin_amdgcn_workgroup_id_z());
}
// Work-groups along x: HSA's dispatch packet has the grid in work-items
// (workgroup_size_x at byte 4, grid_size_x at byte 12).
__device__ __forceinline__ int blocks_x() {
  const char *p = static_cast<const char *>(__builtin_amdgcn_dispatch_ptr());
  const unsigned wg = *reinterpret_cast<const uint16_t *>(p + 4);
  const unsigned grid = *reinterpret_cast<const uint32_t *>(p + 12);
  return int((grid + wg - 1) / wg);
}
// __syncthreads: LDS writes before it are visible to the work-group after.
__device__ __forceinline__ void barrier() {
  __builtin_amdgcn_fence(__ATOMIC_RELEASE, "workgroup");
  __builtin_amdgcn_s_barrier();
  __builtin_amdgcn_fence(__ATOMIC_ACQUIRE, "workgroup");
}
// x of lane (lane ^ mask) of the wave; ds_bpermute addresses lanes in
// bytes and crosses the 32-lane halves (DPP row ops do not).
__device__ __forceinline__ float shfl_xor(float x, int mask) {
  const int lane = thread_x() % kWave;
  return __builtin_bit_cast(
      float, __builtin_amdgcn_ds_bpermute((lane ^ mask) << 2,
                                          __builtin_bit_cast(int, x)));
}
#endif

} // namespace hip
} // namespace attc

#endif // !ATTC_HIP_EMULATION
#endif // ATTC_HIP_PORTABILITY_H
