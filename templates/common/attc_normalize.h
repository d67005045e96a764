//===- attc_normalize.h - normalizers: row state, update, merge, finalize -===//
//
// The C++ side of the attn dialect's NormalizerOpInterface: the generated
// variant names one of these as `Norm`, and every skeleton drives it.
//
// Softmax keeps per query row an accumulator, a running max m and a running
// sum l. A key tile updates them online (begin_tile / weight / end_tile);
// two partial states over disjoint key sets merge with the LSE rule (what
// split-KV needs); finalize turns (m, l) and the sink into the output scale
// and the lse. The elementwise normalizers keep only the accumulator: their
// weights need no row statistics, partial states add, and finalize is 1.
//
// The online update is written over a value policy `Ops` (a float, or a
// vector of query lanes) so a skeleton can run it on whatever holds a row:
//   Ops::value, Ops::max(a, b), Ops::exp_neg(x) (exp for x <= 0, 0 at -inf),
//   Ops::zero_if_ninf(x) (x, or 0 where x is -inf).
// Requires attc_abi.h.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_NORMALIZE_H
#define ATTC_NORMALIZE_H

#include "attc_portability.h"

#pragma GCC visibility push(hidden)

namespace attc {
namespace norm {

// What finalize gives a row: o = acc * inv; lse (-inf where none).
struct Final {
  float inv, lse;
};

struct Softmax {
  static constexpr bool kRowStats = true; // max and sum per row
  static constexpr bool kHasLse = true;
  static constexpr float kParamDefault = 0.0f; // (the sink is its own hook)

  template <class Ops> struct Online {
    using V = typename Ops::value;
    // Starts a tile whose largest score is m_tile: the new running max, and
    // the offset scores are shifted by (0 while the row is all -inf, as
    // -inf - -inf is NaN).
    ATTC_HD static V begin_tile(V m_old, V m_tile, V &m_new) {
      m_new = Ops::max(m_old, m_tile);
      return Ops::zero_if_ninf(m_new);
    }
    ATTC_HD static V weight(V s, V offset) { return Ops::exp_neg(s - offset); }
    // Folds the tile's weight sum into the row; returns the factor the
    // accumulator is rescaled by.
    ATTC_HD static V end_tile(V &m, V &l, V m_new, V offset, V tile_sum) {
      const V alpha = Ops::exp_neg(m - offset);
      l = l * alpha + tile_sum;
      m = m_new;
      return alpha;
    }
  };

  // The sink logit joins the denominator only: o = acc e^(m-top) / total.
  template <bool HasSink>
  ATTC_HD static Final finalize(float m, float l, float sink) {
    float inv = 1.0f, top = m;
    if (HasSink) {
      top = sink > m ? sink : m;
      if (top != -attc::inf()) {
        const float a = attc::fexp(m - top);
        l = l * a + attc::fexp(sink - top);
        inv = a;
      }
    }
    if (l > 0.0f)
      return {inv / l, top + attc::flog(l)};
    return {0.0f, -attc::inf()};
  }

  // Merges the partial state (m2, l2, acc2[0..n)) of a disjoint key range
  // into (m, l, acc): the LSE merge of flash-decoding.
  ATTC_HD static void merge(float &m, float &l, float *acc, float m2, float l2,
                            const float *acc2, int64_t n) {
    const float mn = m2 > m ? m2 : m;
    if (mn == -attc::inf())
      return; // both empty
    const float a = attc::fexp(m - mn), b = attc::fexp(m2 - mn);
    for (int64_t i = 0; i < n; ++i)
      acc[i] = acc[i] * a + acc2[i] * b;
    l = l * a + l2 * b;
    m = mn;
  }
};

// Weights computed pair by pair; the state is the accumulator alone (and
// the row max of the raw scores when the spec asks for it).
struct Elementwise {
  static constexpr bool kRowStats = false;
  static constexpr bool kHasLse = false;
  template <bool HasSink>
  ATTC_HD static Final finalize(float, float, float) {
    return {1.0f, -attc::inf()};
  }
  ATTC_HD static void merge(float &m, float &, float *acc, float m2, float,
                            const float *acc2, int64_t n) {
    for (int64_t i = 0; i < n; ++i)
      acc[i] += acc2[i];
    m = m2 > m ? m2 : m;
  }
};

// p = sigmoid(s' + bias).
struct Sigmoid : Elementwise {
  static constexpr float kParamDefault = 0.0f;
  ATTC_HD static float weight(float sp, float bias) {
    return 1.0f / (1.0f + attc::fexp(-(sp + bias)));
  }
  // Backward: dp/ds' (returned) and dp/d(bias), from p = weight(sp, bias).
  ATTC_HD static float dweight(float, float, float p, float &dparam) {
    dparam = p * (1.0f - p);
    return dparam;
  }
};

// p = scale * max(s', 0)^Power.
template <int Power> struct Relu : Elementwise {
  static_assert(Power >= 1, "relu power must be positive");
  static constexpr float kParamDefault = 1.0f;
  ATTC_HD static float weight(float sp, float scale) {
    const float x = sp > 0.0f ? sp : 0.0f;
    float p = x;
    for (int i = 1; i < Power; ++i)
      p *= x;
    return scale * p;
  }
  ATTC_HD static float dweight(float sp, float scale, float, float &dparam) {
    const float x = sp > 0.0f ? sp : 0.0f;
    float below = 1.0f; // x^(Power - 1)
    for (int i = 1; i < Power; ++i)
      below *= x;
    dparam = below * x;
    return sp > 0.0f ? scale * float(Power) * below : 0.0f;
  }
};

// p = s'.
struct Identity : Elementwise {
  static constexpr float kParamDefault = 0.0f;
  ATTC_HD static float weight(float sp, float) { return sp; }
  ATTC_HD static float dweight(float, float, float, float &dparam) {
    dparam = 0.0f;
    return 1.0f;
  }
};

} // namespace norm
} // namespace attc

#pragma GCC visibility pop

#endif // ATTC_NORMALIZE_H
