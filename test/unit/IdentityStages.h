//===- IdentityStages.h - a Variant whose stages change nothing -*- C++ -*-===//
//
// The stage hooks of templates/cpu/attention.h as the identity (1/sqrt(D)
// scale, no mask, no sink, no epilogue): hand-written variants in the
// template's tests and benchmark derive from it and override what they test.
// Requires attc_abi.h first.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_TEST_UNIT_IDENTITYSTAGES_H
#define ATTC_TEST_UNIT_IDENTITYSTAGES_H

#include <cmath>
#include <cstdint>

struct IdentityStages {
  static constexpr bool kHasMask = false;
  static constexpr bool kHasSink = false;
  static constexpr bool kHasEpilogue = false;
  static float scale(const attc_launch &L) {
    return 1.0f / std::sqrt(float(L.D));
  }
  static float score(const attc_launch &, float s, int64_t, int64_t, int64_t,
                     int64_t, int64_t) {
    return s;
  }
  static bool mask(const attc_launch &, int64_t, int64_t, int64_t, int64_t,
                   int64_t) {
    return true;
  }
  static float sink(const attc_launch &, int64_t, int64_t, int64_t, int64_t) {
    return 0.0f;
  }
  static float weight(const attc_launch &, float sp, int64_t, int64_t, int64_t,
                      int64_t, int64_t) {
    return sp;
  }
  static float epilogue(const attc_launch &, float o, int64_t, int64_t, int64_t,
                        int64_t, int64_t) {
    return o;
  }
};

#endif // ATTC_TEST_UNIT_IDENTITYSTAGES_H
