//===- attc_hip_math.h - the f32 functions HIP stage code calls -----------===//
//
// Without ROCm's device libraries (attc compiles HIP with -nogpulib) the
// functions LLVM's AMDGPU backend does not lower natively are written here
// over the ones it does (llvm.exp/log/exp2/log2/sqrt/sin/cos.f32): tanh,
// erf, expm1, log1p and pow. Plain clang builtins, so the host unit test
// (test/unit/HipMathTest.cpp) checks the same code against libm.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_HIP_MATH_H
#define ATTC_HIP_MATH_H

#include "attc_portability.h"

namespace attc {
namespace hipm {

// tanh(x) = sign(x) (1 - 2 / (e^2|x| + 1)); below 0.625 a Cephes odd
// polynomial keeps the relative error small where the difference cancels.
ATTC_HD float tanh(float x) {
  const float a = __builtin_fabsf(x);
  if (a < 0.625f) {
    const float z = x * x;
    float p = -5.70498872745e-3f;
    p = p * z + 2.06390887954e-2f;
    p = p * z - 5.37397155531e-2f;
    p = p * z + 1.33314422036e-1f;
    p = p * z - 3.33332819422e-1f;
    return p * z * x + x;
  }
  if (a > 9.0f) // 1 in f32; also +-inf
    return __builtin_copysignf(1.0f, x);
  const float r = 1.0f - 2.0f / (__builtin_expf(a + a) + 1.0f);
  return x != x ? x : __builtin_copysignf(r, x);
}

// e^x - 1 without the cancellation near 0 (Kahan: (u - 1) x / log u).
ATTC_HD float expm1(float x) {
  const float u = __builtin_expf(x);
  if (u == 1.0f)
    return x;
  const float um1 = u - 1.0f;
  if (um1 == -1.0f || u == __builtin_huge_valf())
    return um1; // -1, or +inf
  return um1 * x / __builtin_logf(u);
}

// log(1 + x) without losing x's low bits (log u * x / (u - 1)).
ATTC_HD float log1p(float x) {
  const float u = 1.0f + x;
  if (u == 1.0f)
    return x;
  if (u == __builtin_huge_valf() || !(u > 0.0f))
    return __builtin_logf(u);
  return __builtin_logf(u) * x / (u - 1.0f);
}

// erf: its Maclaurin series below 0.5 (no cancellation near 0), else
// Abramowitz-Stegun 7.1.26 (|error| <= 1.5e-7).
ATTC_HD float erf(float x) {
  const float a = __builtin_fabsf(x);
  if (a < 0.5f) {
    const float z = x * x;
    float p = -1.0f / 1320.0f;
    p = p * z + 1.0f / 216.0f;
    p = p * z - 1.0f / 42.0f;
    p = p * z + 1.0f / 10.0f;
    p = p * z - 1.0f / 3.0f;
    return 1.1283791670955126f * (p * z * x + x); // 2 / sqrt(pi)
  }
  const float t = 1.0f / (1.0f + 0.3275911f * a);
  float p = 1.061405429f;
  p = p * t - 1.453152027f;
  p = p * t + 1.421413741f;
  p = p * t - 0.284496736f;
  p = p * t + 0.254829592f;
  const float r = 1.0f - p * t * __builtin_expf(-a * a);
  return x != x ? x : __builtin_copysignf(r, x);
}

// x^y as C's powf for the cases attention scores meet: negative bases
// with integral exponents keep their sign, others are NaN.
ATTC_HD float pow(float x, float y) {
  if (y == 0.0f || x == 1.0f)
    return 1.0f;
  const float r = __builtin_exp2f(y * __builtin_log2f(__builtin_fabsf(x)));
  if (x >= 0.0f || x != x)
    return r;
  if (__builtin_floorf(y) != y)
    return __builtin_nanf("");
  const float half = y * 0.5f;
  return __builtin_floorf(half) != half ? -r : r; // odd y
}

} // namespace hipm
} // namespace attc

#endif // ATTC_HIP_MATH_H
