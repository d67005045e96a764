//===- attc_vecmath.h - vector math for the CPU hooks' loops --------------===//
//
// The generated score, mask and weight hooks run inside loops over queries
// that GCC vectorizes; a libm call (expf, tanhf, erff, ...) would keep them
// scalar. With ATTC_VECMATH (the JIT defines it where SLEEF's vector-ABI
// library, libsleefgnuabi, is installed, and links it) the float functions
// below are declared with GCC's simd attribute, so the vectorizer calls
// their vector variants (_ZGVeN16v_expf for AVX-512, _ZGVdN8v_expf for
// AVX2, ...), SLEEF's 1-ulp implementations. Without it the calls stay
// scalar. tanh (soft-capping) is spelled attc::expr::tanh_f32 either way:
// inlined, it measured 10 % faster in the score loop than SLEEF's call.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_VECMATH_H
#define ATTC_VECMATH_H

#include <cmath>

#if defined(ATTC_VECMATH) && defined(__GNUC__) && !defined(__clang__) &&       \
    defined(__x86_64__)
#define ATTC_VECMATH_SIMD __attribute__((simd("notinbranch"), nothrow, const))
extern "C" {
ATTC_VECMATH_SIMD float expf(float);
ATTC_VECMATH_SIMD float exp2f(float);
ATTC_VECMATH_SIMD float expm1f(float);
ATTC_VECMATH_SIMD float logf(float);
ATTC_VECMATH_SIMD float log2f(float);
ATTC_VECMATH_SIMD float log1pf(float);
ATTC_VECMATH_SIMD float sinf(float);
ATTC_VECMATH_SIMD float cosf(float);
ATTC_VECMATH_SIMD float tanhf(float);
ATTC_VECMATH_SIMD float erff(float);
ATTC_VECMATH_SIMD float powf(float, float);
}
#undef ATTC_VECMATH_SIMD
#endif

#endif // ATTC_VECMATH_H
