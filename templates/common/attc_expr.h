//===- attc_expr.h - total versions of the expression operators ----------===//
//
// Generated stage code calls these where C++ leaves a case undefined:
// integer overflow wraps, division and remainder by zero give 0, shifts by
// a negative or too large amount give 0 (or the sign for >>). The float64
// reference (lib/Reference) defines the same results.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_EXPR_H
#define ATTC_EXPR_H

#include "attc_portability.h"

namespace attc {
namespace expr {
ATTC_HD int64_t add(int64_t a, int64_t b) {
  return int64_t(uint64_t(a) + uint64_t(b));
}
ATTC_HD int64_t sub(int64_t a, int64_t b) {
  return int64_t(uint64_t(a) - uint64_t(b));
}
ATTC_HD int64_t mul(int64_t a, int64_t b) {
  return int64_t(uint64_t(a) * uint64_t(b));
}
ATTC_HD int64_t div(int64_t a, int64_t b) {
  if (b == 0)
    return 0;
  if (b == -1)
    return sub(0, a);
  return a / b;
}
ATTC_HD int64_t rem(int64_t a, int64_t b) {
  if (b == 0 || b == -1)
    return 0;
  return a % b;
}
ATTC_HD int64_t shl(int64_t a, int64_t b) {
  return b < 0 || b > 63 ? 0 : int64_t(uint64_t(a) << b);
}
ATTC_HD int64_t shr(int64_t a, int64_t b) {
  return b < 0 || b > 63 ? (a < 0 ? -1 : 0) : a >> b;
}
ATTC_HD int64_t abs(int64_t a) { return a < 0 ? sub(0, a) : a; }
/// int64 -> f32 (arith.sitofp). x86 before AVX-512DQ has no vector
/// conversion from int64, and GCC then leaves a hook's loop over queries
/// scalar; through double, whose halves convert from int32, it vectorizes.
/// Exact below 2^53 in magnitude (any index arithmetic), within an ulp above.
ATTC_HD float to_f32(int64_t x) {
#if defined(__x86_64__) && !defined(__AVX512DQ__) &&                           \
    !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
  return float(double(int32_t(x >> 32)) * 4294967296.0 + double(uint32_t(x)));
#else
  return float(x);
#endif
}
/// NaN-propagating min/max (arith.minimumf / maximumf).
ATTC_HD float minimum(float a, float b) {
  return a != a || b != b ? attc::nan() : (a < b ? a : b);
}
ATTC_HD float maximum(float a, float b) {
  return a != a || b != b ? attc::nan() : (a > b ? a : b);
}
// The CPU's vectorizable spellings (cppTarget); device code has its own
// library, and NVRTC allows no host-only functions.
#ifndef __CUDACC_RTC__
// exp(x) for finite x, clamped to [-87.3, 88]: the Cephes expf polynomial
// written without branches so that loops of it vectorize.
inline float exp_clamped(float x) {
  x = x < -87.33654f ? -87.33654f : x;
  x = x > 88.0f ? 88.0f : x;
  const float magic = 12582912.0f; // 1.5 * 2^23: rounds to an integer
  const float t = x * 1.44269504088896341f + magic;
  const float n = t - magic;
  int32_t ti, mi;
  std::memcpy(&ti, &t, sizeof ti);
  std::memcpy(&mi, &magic, sizeof mi);
  float r = x - n * 0.693359375f;
  r = r - n * -2.12194440e-4f;
  float p = 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = p * (r * r) + r + 1.0f;
  const int32_t bits = (ti - mi + 127) << 23;
  float scale;
  std::memcpy(&scale, &bits, sizeof scale);
  return p * scale;
}

// tanh(x) within a few ulp (the Cephes tanhf split), branch-free so the
// score loops that call it vectorize; NaN stays NaN, +-inf give +-1.
inline float tanh_f32(float x) {
  const float a = std::fabs(x);
  const float z = x * x;
  float p = -5.70498872745e-3f;
  p = p * z + 2.06390887954e-2f;
  p = p * z - 5.37397155531e-2f;
  p = p * z + 1.33314422036e-1f;
  p = p * z - 3.33332819422e-1f;
  const float small = p * z * x + x;
  const float e = exp_clamped(a + a);
  const float large = std::copysign(1.0f - 2.0f / (e + 1.0f), x);
  return a < 0.625f ? small : (a != a ? x : large);
}

#endif // __CUDACC_RTC__
} // namespace expr
} // namespace attc

#endif // ATTC_EXPR_H
