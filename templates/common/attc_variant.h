//===- attc_variant.h - the contract between variants and skeletons -------===//
//
// A generated variant is `struct AttcVariant : attc::VariantBase<AttcVariant>`
// holding only what its spec says: the storage type, the normalizer (one of
// attc_normalize.h), the flags of the stages it has and the hooks that
// differ from the defaults below. Every skeleton (CPU, CUDA, HIP; dense,
// paged or split-KV) calls the hooks through this header, so one variant
// serves them all: hooks are templates over the launch/params type P,
// which has the dims (B, Hq, Hkv, Lq, Lk, D, Dv), the extra inputs and a
// block_map as attc_launch does.
//
// Also here, shared by the skeletons: the detection of the optional sparsity
// hooks, the key-tile range of a query tile and the launch validation.
// Requires attc_abi.h, attc_types.h and attc_normalize.h.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_VARIANT_H
#define ATTC_VARIANT_H

#include "attc_portability.h"

#pragma GCC visibility push(hidden)

namespace attc {

// Result of a variant's optional tile_class() hook for a (query tile, key
// tile) pair: no kept pair, some kept pairs, or every pair kept.
enum TileClass : int { kTileEmpty = 0, kTilePartial = 1, kTileFull = 2 };

template <class Self> struct VariantBase {
  using elem_t = float;
  using Norm = norm::Softmax;
  // The score stage exists (else score() is the raw logit s).
  static constexpr bool kHasScore = false;
  static constexpr bool kHasMask = false;
  static constexpr bool kHasEpilogue = false;
  // The normalizer's parameter region (softmax's sink, sigmoid's bias,
  // relu's scale) exists.
  static constexpr bool kHasNormParam = false;
  // Extra inputs the hooks read (valid_launch checks the launch has them).
  static constexpr int kNumInputs = 0;

  template <class P> ATTC_HD static float scale(const P &L) {
    return 1.0f / attc::fsqrt(float(L.D));
  }
  template <class P>
  ATTC_HD static float score(const P &, float s, int64_t, int64_t, int64_t,
                             int64_t, int64_t) {
    return s;
  }
  template <class P>
  ATTC_HD static bool mask(const P &, int64_t, int64_t, int64_t, int64_t,
                           int64_t) {
    return true;
  }
  // Softmax's parameter: one extra logit per row, in the denominator only.
  template <class P>
  ATTC_HD static float sink(const P &, int64_t, int64_t, int64_t, int64_t) {
    return -attc::inf();
  }
  // An elementwise normalizer's parameter per pair.
  template <class P>
  ATTC_HD static float norm_param(const P &, int64_t, int64_t, int64_t,
                                  int64_t, int64_t) {
    return Self::Norm::kParamDefault;
  }
  template <class P>
  ATTC_HD static float epilogue(const P &, float o, int64_t, int64_t, int64_t,
                                int64_t, int64_t) {
    return o;
  }

  // The pair hooks split in two (the emitter's hoisting): `<hook>_inv(L, b,
  // h, hk)` computes what does not depend on the pair once per head and
  // `<hook>_at(L, inv, ...)` the rest, so a loop over queries reads no
  // inputs. A variant that hoists nothing keeps these defaults, which
  // forward to the plain hook.
  struct NoInv {};
  template <class P>
  ATTC_HD static NoInv score_inv(const P &, int64_t, int64_t, int64_t) {
    return {};
  }
  template <class P, class R>
  ATTC_HD static float score_at(const P &L, const R &, float s, int64_t b,
                                int64_t h, int64_t hk, int64_t q, int64_t k) {
    return Self::score(L, s, b, h, hk, q, k);
  }
  template <class P>
  ATTC_HD static NoInv mask_inv(const P &, int64_t, int64_t, int64_t) {
    return {};
  }
  template <class P, class R>
  ATTC_HD static bool mask_at(const P &L, const R &, int64_t b, int64_t h,
                              int64_t hk, int64_t q, int64_t k) {
    return Self::mask(L, b, h, hk, q, k);
  }
  template <class P>
  ATTC_HD static NoInv norm_param_inv(const P &, int64_t, int64_t, int64_t) {
    return {};
  }
  template <class P, class R>
  ATTC_HD static float norm_param_at(const P &L, const R &, int64_t b,
                                     int64_t h, int64_t hk, int64_t q,
                                     int64_t k) {
    return Self::norm_param(L, b, h, hk, q, k);
  }

  // Backward (attn-differentiate): each hook takes g, the adjoint of its
  // stage's result, adds g * d(stage)/d(input) to the float inputs it reads
  // (attc_grad.h) and returns g * d(stage)/d(s) (score), d/d(o)
  // (epilogue), or 0 (sink, norm_param). The defaults are the identity
  // stages'.
  template <class P>
  ATTC_HD static float score_bwd(const P &, float g, float, int64_t, int64_t,
                                 int64_t, int64_t, int64_t) {
    return g;
  }
  template <class P>
  ATTC_HD static float epilogue_bwd(const P &, float g, float, int64_t,
                                    int64_t, int64_t, int64_t, int64_t) {
    return g;
  }
  template <class P>
  ATTC_HD static float sink_bwd(const P &, float, int64_t, int64_t, int64_t,
                                int64_t) {
    return 0.0f;
  }
  template <class P>
  ATTC_HD static float norm_param_bwd(const P &, float, int64_t, int64_t,
                                      int64_t, int64_t, int64_t) {
    return 0.0f;
  }
};

// Optional hook: static int tile_class(const P &, int64_t b, int64_t h,
// int64_t q0, int64_t q1, int64_t k0, int64_t k1) classifying queries
// [q0, q1) x keys [k0, k1) of head h as a TileClass.
template <class V, class P, class = void>
struct HasTileClass : std::false_type {};
template <class V, class P>
struct HasTileClass<V, P,
                    decltype(void(V::tile_class(
                        std::declval<const P &>(), int64_t(0), int64_t(0),
                        int64_t(0), int64_t(0), int64_t(0), int64_t(0))))>
    : std::true_type {};

template <class V, class P>
ATTC_HD int tile_class(const P &L, int64_t b, int64_t h, int64_t q0,
                       int64_t q1, int64_t k0, int64_t k1) {
  if constexpr (!V::kHasMask)
    return kTileFull;
  else if constexpr (HasTileClass<V, P>::value)
    return V::tile_class(L, b, h, q0, q1, k0, k1);
  else
    return kTilePartial;
}

// Optional hook: static void key_range(const P &, int64_t q0, int64_t q1,
// int64_t &lo, int64_t &hi) narrowing the keys any query of [q0, q1) keeps
// to [lo, hi] (closed form, from the mask's linear bounds).
template <class V, class P, class = void>
struct HasKeyRange : std::false_type {};
template <class V, class P>
struct HasKeyRange<V, P,
                   decltype(void(V::key_range(std::declval<const P &>(),
                                              int64_t(0), int64_t(0),
                                              std::declval<int64_t &>(),
                                              std::declval<int64_t &>())))>
    : std::true_type {};

// The key tiles [k_begin, k_end) worth visiting for queries [q0, q1): key
// tiles stay aligned to multiples of TK so tile classes and block maps agree
// with every other query tile.
template <class V, int TK, class P>
ATTC_HD void key_tiles(const P &L, int64_t q0, int64_t q1, int64_t &k_begin,
                       int64_t &k_end) {
  k_begin = 0;
  k_end = L.Lk;
  if constexpr (HasKeyRange<V, P>::value) {
    int64_t lo = 0, hi = L.Lk - 1;
    V::key_range(L, q0, q1, lo, hi);
    if (lo > k_begin)
      k_begin = lo < L.Lk ? lo / TK * TK : L.Lk;
    if (hi + 1 < k_end)
      k_end = hi + 1 > k_begin ? hi + 1 : k_begin;
  }
}

// Host side: the runtime and host entry points validate launches.
#ifndef __CUDACC_RTC__
inline bool check_tensor(const attc_tensor &t, int rank, const int64_t *dims,
                         int dtype) {
  if (t.rank != rank || t.dtype != dtype)
    return false;
  int64_t n = 1;
  for (int d = 0; d < rank; ++d) {
    if (t.shape[d] != dims[d])
      return false;
    n *= dims[d];
  }
  // Empty tensors (e.g. Lk = 0) may come without storage.
  return t.data != nullptr || n == 0;
}

// The kernel-side check of a launch against the variant (the runtime has
// checked it against the spec already; this keeps a kernel called through
// its bare ABI from reading out of bounds). `outputs`: also check o, lse
// and max (tile statistics need none).
template <class V>
inline bool valid_launch(const attc_launch &L, bool outputs = true) {
  if (L.B < 0 || L.Hq <= 0 || L.Hkv <= 0 || L.Hq % L.Hkv != 0 || L.Lq < 0 ||
      L.Lk < 0 || L.D <= 0 || L.Dv <= 0 || L.num_inputs < V::kNumInputs ||
      (L.num_inputs > 0 && L.inputs == nullptr))
    return false;
  const int et = dtype_of<typename V::elem_t>::value;
  const int64_t qd[4] = {L.B, L.Hq, L.Lq, L.D};
  const int64_t kd[4] = {L.B, L.Hkv, L.Lk, L.D};
  const int64_t vd[4] = {L.B, L.Hkv, L.Lk, L.Dv};
  const int64_t od[4] = {L.B, L.Hq, L.Lq, L.Dv};
  const int64_t sd[3] = {L.B, L.Hq, L.Lq};
  if (!check_tensor(L.q, 4, qd, et) || !check_tensor(L.k, 4, kd, et) ||
      !check_tensor(L.v, 4, vd, et))
    return false;
  if (!outputs)
    return true;
  if (!check_tensor(L.o, 4, od, et))
    return false;
  if (L.lse.data &&
      (!V::Norm::kHasLse || !check_tensor(L.lse, 3, sd, ATTC_F32)))
    return false;
  if (L.max.data && !check_tensor(L.max, 3, sd, ATTC_F32))
    return false;
  return true;
}
#endif

} // namespace attc

#pragma GCC visibility pop

#endif // ATTC_VARIANT_H
