//===- attc_portability.h - one source for host C++, nvcc, NVRTC, hipcc ---===//
//
// The common headers are compiled as host C++ (the CPU backend), as CUDA or
// HIP device code (nvcc, hipcc) and by NVRTC, which has no C++ standard
// library: there the few std:: names they use come from libcu++
// (cuda/std, in the toolkit's include/cccl). ATTC_HD marks what both host
// and device code call; attc::inf()/attc::nan() replace numeric_limits,
// whose constexpr members device code may not call without
// --expt-relaxed-constexpr.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_PORTABILITY_H
#define ATTC_PORTABILITY_H

#if defined(__CUDACC_RTC__)
#include <cuda/std/cstdint>
#include <cuda/std/type_traits>
#include <cuda/std/utility>
// The headers spell std::; NVRTC has no std of its own to clash with.
namespace std {
using namespace cuda::std;
} // namespace std
using cuda::std::int32_t;
using cuda::std::int64_t;
using cuda::std::uint16_t;
using cuda::std::uint32_t;
using cuda::std::uint64_t;
using cuda::std::uint8_t;
using cuda::std::uintptr_t;
#else
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>
#endif

#if defined(__CUDACC__) || defined(__HIPCC__)
#define ATTC_HD __host__ __device__ __forceinline__
#define ATTC_DEVICE_CODE 1
#else
#define ATTC_HD inline
#endif

// Full unrolling where device code would otherwise index a register array
// (or kernel parameters) dynamically and put it in local memory.
#if defined(__CUDACC__) || defined(__HIPCC__)
#define ATTC_UNROLL _Pragma("unroll")
#else
#define ATTC_UNROLL
#endif

namespace attc {
#ifdef __CUDACC_RTC__
ATTC_HD float inf() { return __int_as_float(0x7f800000); }
ATTC_HD float nan() { return __int_as_float(0x7fc00000); }
#else
ATTC_HD constexpr float inf() { return __builtin_huge_valf(); }
ATTC_HD constexpr float nan() { return __builtin_nanf(""); }
#endif

// Checked i64 arithmetic: true when the exact result does not fit. Device
// compilers lack the GCC builtins.
#if defined(__CUDA_ARCH__) || defined(__HIP_DEVICE_COMPILE__)
ATTC_HD bool add_overflow(int64_t a, int64_t b, int64_t *r) {
  *r = int64_t(uint64_t(a) + uint64_t(b));
  return ((a ^ *r) & (b ^ *r)) < 0;
}
ATTC_HD bool sub_overflow(int64_t a, int64_t b, int64_t *r) {
  *r = int64_t(uint64_t(a) - uint64_t(b));
  return ((a ^ b) & (a ^ *r)) < 0;
}
ATTC_HD bool mul_overflow(int64_t a, int64_t b, int64_t *r) {
  *r = int64_t(uint64_t(a) * uint64_t(b));
  return __mul64hi(a, b) != (*r >> 63);
}
#else
ATTC_HD bool add_overflow(int64_t a, int64_t b, int64_t *r) {
  return __builtin_add_overflow(a, b, r);
}
ATTC_HD bool sub_overflow(int64_t a, int64_t b, int64_t *r) {
  return __builtin_sub_overflow(a, b, r);
}
ATTC_HD bool mul_overflow(int64_t a, int64_t b, int64_t *r) {
  return __builtin_mul_overflow(a, b, r);
}
#endif

// f32 functions that are std:: on the host and the target's own in device
// code (where <cmath> may be missing, as under NVRTC).
#if defined(__CUDA_ARCH__) || defined(__HIP_DEVICE_COMPILE__)
ATTC_HD float fexp(float x) { return expf(x); }
ATTC_HD float flog(float x) { return logf(x); }
ATTC_HD float fsqrt(float x) { return sqrtf(x); }
#else
inline float fexp(float x) { return std::exp(x); }
inline float flog(float x) { return std::log(x); }
inline float fsqrt(float x) { return std::sqrt(x); }
#endif
} // namespace attc

#endif // ATTC_PORTABILITY_H
