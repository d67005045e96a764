//===- attention_bwd.h - FlashAttention-2 style CPU backward --------------===//
//
// attc::cpu::attention_bwd<Variant, TQ, TK>(launch, bwd) computes dQ, dK, dV
// and the gradients of the float inputs of one launch. Requires
// attention.h (its micro-kernel, vector ops and forward, which recomputes
// o and lse when the caller has not saved them) and attc_grad.h.
//
//   1. query tiles: dO' = epilogue_bwd(dO) (dO before the epilogue), D_i =
//      rowsum(dO' o) for softmax, the sink's gradient -p_sink D_i, and the
//      tile's operands packed once for every task: scale * Q and dO' as
//      rows and transposed, lse and D_i per lane;
//   2. one task per (batch, kv head, key tile), over the query tiles whose
//      key range and tile class reach it (empty tiles cost nothing, full
//      ones evaluate no mask): S is recomputed, P = exp(s' - lse)
//      (softmax, vectorized) or the elementwise weight, dP = dO' V^T,
//      dS' = P (dP - D_i) or dP dp/ds', dS = score_bwd(dS'), dV += P^T dO',
//      dK += dS^T Q (summed over the query heads of the kv head: GQA),
//      dQ^T += K^T dS^T into the thread's dQ^T;
//   3. the thread-private dQ^T and input gradients are added in thread
//      order: deterministic for a fixed thread count (static schedule).
//
// Queries go along the vector lanes for S^T, dP^T and dQ^T, as in the
// forward (K and V as key panels: one broadcast pointer); dV and dK put
// the head dim on the lanes.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_CPU_ATTENTION_BWD_H
#define ATTC_CPU_ATTENTION_BWD_H

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#ifdef _OPENMP
extern "C" int omp_get_thread_num(void);
extern "C" int omp_get_num_threads(void);
#endif

#pragma GCC visibility push(hidden)

namespace attc {
namespace cpu {
namespace detail {

// The variant without its epilogue: the forward that recomputes o before
// the epilogue.
template <class V> struct NoEpilogue : V {
  static constexpr bool kHasEpilogue = false;
};

inline int thread_id() {
#ifdef _OPENMP
  return omp_get_thread_num();
#else
  return 0;
#endif
}

// Lanes of a query tile and rows of a key tile as the micro-kernel computes
// them.
template <int TQ> constexpr int64_t tile_lanes() {
  return (TQ + kW - 1) / kW * kW;
}
template <int TK> constexpr int64_t tile_rows() {
  return (TK + kRows - 1) / kRows * kRows;
}

// Per-launch constants of the backward. The G query heads of a kv head
// are split over C units (key tiles kt = c mod C), so that there are
// enough units for the threads; with C = 1 a unit owns its heads' dQ.
struct BwdPlan {
  int64_t G, nqt, nkt, Dw, Dvw, Dp, C;
  float scale;
  bool need_o;
  attc_tensor o, lse; // o before the epilogue; lse (softmax)
};

// A thread's scratch: the pair buffers (rows past a tile's keys are never
// zeroed: no product reads them into a kept result) and what the query
// tiles of one unit's G heads pack once for all its key tiles (local tile
// g * nqt + query tile, local row g * Lq + query): dO' and scale * Q as
// rows and transposed, lse and D_i per lane, and its dQ^T when C = 1.
struct BwdScratch {
  void *raw = nullptr, *packs = nullptr;
  float *kp, *kr, *vp, *s, *p, *ds, *dk, *dv, *dummy;
  float *dop, *qs, *qt, *dot, *lse, *drow, *dqt;

  static bool carve(void *&raw, int n, const int64_t *sizes, float ***dst,
                    bool zero) {
    int64_t total = 16;
    for (int i = 0; i < n; ++i)
      total += round_up(sizes[i], 16);
    raw = zero ? std::calloc(size_t(total), sizeof(float))
               : std::malloc(size_t(total) * sizeof(float));
    if (!raw)
      return false;
    float *at = reinterpret_cast<float *>(
        (reinterpret_cast<uintptr_t>(raw) + 63) & ~uintptr_t(63));
    for (int i = 0; i < n; ++i) {
      *dst[i] = at;
      at += round_up(sizes[i], 16);
    }
    return true;
  }
  template <int TQ, int TK> bool alloc(const attc_launch &F, const BwdPlan &P) {
    const int64_t LQ = tile_lanes<TQ>(), TKp = tile_rows<TK>();
    const int64_t D = F.D, Dv = F.Dv, Dw = P.Dw, Dvw = P.Dvw;
    const int64_t rows = P.G * F.Lq, tiles = P.G * P.nqt;
    // kr has kRows more: dQ^T reads rows of D rounded up to kRows.
    const int64_t pair[9] = {TKp * D,  TKp * Dw + kRows, TKp * Dv,
                             TKp * LQ, TKp * LQ,         TKp * LQ,
                             TKp * Dw, TKp * Dvw,        LQ + Dw + Dvw};
    float **pair_dst[9] = {&kp, &kr, &vp, &s, &p, &ds, &dk, &dv, &dummy};
    // Every element of the packs is written before it is read.
    const int64_t pack[7] = {rows * Dvw,
                             rows * Dw,
                             tiles * D * LQ,
                             tiles * Dv * LQ,
                             tiles * LQ,
                             tiles * LQ,
                             P.C == 1 ? tiles * P.Dp * LQ : 0};
    float **pack_dst[7] = {&dop, &qs, &qt, &dot, &lse, &drow, &dqt};
    return carve(raw, 9, pair, pair_dst, true) &&
           carve(packs, 7, pack, pack_dst, false);
  }
  ~BwdScratch() {
    std::free(raw);
    std::free(packs);
  }
};

template <class T>
inline T *at4(const attc_tensor &t, int64_t a, int64_t b, int64_t c,
              int64_t d) {
  return static_cast<T *>(t.data) + a * t.strides[0] + b * t.strides[1] +
         c * t.strides[2] + d * t.strides[3];
}

// One product of a pair as its own function with the micro-kernel
// flattened into it (inlined into bwd_task, GCC spills the accumulators);
// a nonzero LDA fixes lda, so that the broadcasts of Rows are immediate
// offsets from one pointer.
template <Init I, ALayout AL, int64_t LDA>
__attribute__((noinline, flatten)) void
pair_product(const float *a, int64_t lda, const float *b, int64_t ldb,
             int64_t n, float *c, int64_t ldc, const float *alpha, int64_t nq,
             int64_t nr) {
  mk_tile<kVecs, I, AL>(a, LDA ? LDA : lda, b, ldb, n, c, ldc, alpha, 0, nq,
                        nr);
}

// P and dS of one (query tile, key tile) pair from S^T (in S.s) and dP^T
// (in S.ds, overwritten by dS^T); P^T goes to S.p. Rows are keys, lanes
// queries; lanes past nq are left undefined (no kept result reads them).
template <class V, int TQ>
inline void pair_grads(const GradParams &L, const BwdScratch &S,
                       const float *lse, const float *drow, int64_t b,
                       int64_t h, int64_t hk, int64_t q0, int64_t nq,
                       int64_t k0, int64_t nk, bool masked) {
  using Norm = typename V::Norm;
  constexpr int64_t LQ = tile_lanes<TQ>();
  const int64_t nlv = round_up(nq, kW);
  // The hooks' per-head parts (the emitter's hoisting), outside the loops.
  const auto si = V::score_inv(L, b, h, hk);
  const auto mi = V::mask_inv(L, b, h, hk);
  const auto ni = V::norm_param_inv(L, b, h, hk);
  for (int64_t j = 0; j < nk; ++j) {
    const int64_t kk = k0 + j;
    float *s = S.s + j * LQ, *p = S.p + j * LQ, *ds = S.ds + j * LQ;
    if constexpr (Norm::kRowStats) {
      // s' into p where a hook changes it (score_bwd needs the raw s), -inf
      // where masked; then P = exp(s' - lse) <= 1 and dS' = P (dP - D_i),
      // a vector at a time (0 where masked and on fully masked rows).
      const float *sp = s;
      if (V::kHasScore || masked) {
        if (masked)
          for (int64_t i = 0; i < nq; ++i) {
            const float x = V::score_at(L, si, s[i], b, h, hk, q0 + i, kk);
            p[i] = V::mask_at(L, mi, b, h, hk, q0 + i, kk) ? x : -kInf;
          }
        else
          for (int64_t i = 0; i < nq; ++i)
            p[i] = V::score_at(L, si, s[i], b, h, hk, q0 + i, kk);
        sp = p;
      }
      for (int64_t i = 0; i < nlv; i += kW) {
        const vf pw = vexp_neg(vload(sp + i) - vload(lse + i));
        vstore(p + i, pw);
        vstore(ds + i, pw * (vload(ds + i) - vload(drow + i)));
      }
    } else {
      for (int64_t i = 0; i < nq; ++i) {
        const int64_t qi = q0 + i;
        const float sp = V::score_at(L, si, s[i], b, h, hk, qi, kk);
        const bool keep = !masked || V::mask_at(L, mi, b, h, hk, qi, kk);
        const float param = V::norm_param_at(L, ni, b, h, hk, qi, kk);
        const float pw = Norm::weight(sp, param);
        float dparam;
        const float dw = Norm::dweight(sp, param, pw, dparam);
        if constexpr (V::kHasNormParam)
          if (keep)
            V::norm_param_bwd(L, ds[i] * dparam, b, h, hk, qi, kk);
        p[i] = keep ? pw : 0.0f;
        ds[i] = keep ? ds[i] * dw : 0.0f;
      }
    }
    // dS = score_bwd(dS'); nothing to add where dS' vanishes.
    if constexpr (V::kHasScore)
      for (int64_t i = 0; i < nq; ++i) {
        const float g = ds[i];
        ds[i] = g != 0.0f ? V::score_bwd(L, g, s[i], b, h, hk, q0 + i, kk) : g;
      }
  }
}

// Packs the query tiles of the G query heads of kv head `hk` into S: dO'
// through the epilogue, D_i = rowsum(dO' o), lse, and, when `sink`, adds
// the sink's gradient -p_sink D_i.
template <class V, int TQ>
void pack_heads(const GradParams &L, const attc_bwd_launch &G, const BwdPlan &P,
                BwdScratch &S, int64_t b, int64_t hk, bool sink) {
  using T = typename V::elem_t;
  constexpr bool kSoftmax = V::Norm::kRowStats;
  constexpr int64_t LQ = tile_lanes<TQ>();
  const int64_t D = L.D, Dv = L.Dv;
  for (int64_t g = 0; g < P.G; ++g) {
    const int64_t h = hk * P.G + g;
    for (int64_t qt = 0; qt < P.nqt; ++qt) {
      const int64_t q0 = qt * TQ, lt = g * P.nqt + qt;
      const int64_t nq = L.Lq - q0 < TQ ? L.Lq - q0 : TQ;
      float *tqt = S.qt + lt * D * LQ, *tdot = S.dot + lt * Dv * LQ;
      float *tlse = S.lse + lt * LQ, *tdrow = S.drow + lt * LQ;
      // Padded lanes: zero operands, and +inf lse so that P is 0 there.
      std::memset(tqt, 0, sizeof(float) * D * LQ);
      std::memset(tdot, 0, sizeof(float) * Dv * LQ);
      for (int64_t i = nq; i < LQ; ++i)
        tlse[i] = kInf, tdrow[i] = 0.0f;
      for (int64_t i = 0; i < nq; ++i) {
        const int64_t qi = q0 + i, lr = g * L.Lq + qi;
        float *d = S.dop + lr * P.Dvw, *qrow = S.qs + lr * P.Dw;
        float sum = 0.0f;
        for (int64_t c = 0; c < Dv; ++c) {
          const float gr = to_float(*at4<const T>(G.dout, b, h, qi, c));
          const float oc =
              P.need_o ? to_float(*at4<const T>(P.o, b, h, qi, c)) : 0.0f;
          d[c] = V::kHasEpilogue ? V::epilogue_bwd(L, gr, oc, b, h, hk, qi, c)
                                 : gr;
          sum += d[c] * oc;
          tdot[c * LQ + i] = d[c];
        }
        for (int64_t c = Dv; c < P.Dvw; ++c)
          d[c] = 0.0f;
        load_row(qrow, at4<const T>(L.q, b, h, qi, 0), L.q.strides[3], D);
        for (int64_t c = 0; c < D; ++c) {
          qrow[c] *= P.scale;
          tqt[c * LQ + i] = qrow[c];
        }
        for (int64_t c = D; c < P.Dw; ++c)
          qrow[c] = 0.0f;
        tlse[i] = 0.0f;
        if constexpr (kSoftmax) {
          auto row = [&](const attc_tensor &t) {
            return static_cast<const float *>(
                t.data)[b * t.strides[0] + h * t.strides[1] +
                        qi * t.strides[2]];
          };
          // dlse / ds'_j = P_j: dS' = P (dP - (D_i - dlse_i)).
          if (G.dlse.data)
            sum -= row(G.dlse);
          const float l = row(P.lse);
          // +inf on fully masked rows: every weight exp(s' - lse) is then 0.
          tlse[i] = l == -kInf ? kInf : l;
          if (V::kHasNormParam && sink && l != -kInf)
            V::sink_bwd(L, -std::exp(V::sink(L, b, h, hk, qi) - l) * sum, b, h,
                        hk, qi);
        }
        tdrow[i] = sum;
      }
    }
  }
}

// One task: key tile `kt` of kv head `hk` in batch `b`, against every query
// tile of the kv head's query heads that keeps a pair in it (packed in S).
// dQ^T goes to `dqt`, [local tile][Dp][LQ].
template <class V, int TQ, int TK>
void bwd_task(const GradParams &L, const attc_bwd_launch &G, const BwdPlan &P,
              BwdScratch &S, float *dqt, int64_t b, int64_t hk, int64_t kt) {
  using T = typename V::elem_t;
  constexpr int64_t LQ = tile_lanes<TQ>();
  const int64_t D = L.D, Dv = L.Dv, Dw = P.Dw, Dvw = P.Dvw;
  const int64_t k0 = kt * TK;
  const int64_t nk = L.Lk - k0 < TK ? L.Lk - k0 : TK;
  const int64_t nkp = round_up(nk, kRows);

  // K as panels of kRows keys (for S^T) and as rows (for dQ^T), V as
  // panels (for dP^T).
  for (int64_t j = 0; j < nk; ++j) {
    const int64_t panel = (j / kRows) * kRows, lane = j % kRows;
    float *kp = S.kp + panel * D + lane, *vp = S.vp + panel * Dv + lane;
    float *kr = S.kr + j * Dw;
    load_row(kr, at4<const T>(L.k, b, hk, k0 + j, 0), L.k.strides[3], D);
    for (int64_t d = 0; d < D; ++d)
      kp[d * kRows] = kr[d];
    const T *vrow = at4<const T>(L.v, b, hk, k0 + j, 0);
    for (int64_t c = 0; c < Dv; ++c)
      vp[c * kRows] = to_float(vrow[c * L.v.strides[3]]);
  }
  std::memset(S.dk, 0, sizeof(float) * nkp * Dw);
  std::memset(S.dv, 0, sizeof(float) * nkp * Dvw);

  for (int64_t g = 0; g < P.G; ++g) {
    const int64_t h = hk * P.G + g;
    for (int64_t qt = 0; qt < P.nqt; ++qt) {
      const int64_t q0 = qt * TQ;
      const int64_t nq = L.Lq - q0 < TQ ? L.Lq - q0 : TQ;
      int64_t k_begin, k_end;
      key_tiles<V, TK>(L, q0, q0 + nq, k_begin, k_end);
      if (k0 < k_begin || k0 >= k_end)
        continue;
      const int cls = tile_class<V>(L, b, h, q0, q0 + nq, k0, k0 + nk);
      if (cls == kTileEmpty)
        continue;
      const bool masked = V::kHasMask && cls != kTileFull;
      const int64_t nlv = round_up(nq, kW);
      const int64_t lt = g * P.nqt + qt, lr0 = g * L.Lq + q0;

      // S^T = K Q^T, dP^T = V dO'^T.
      pair_product<Init::Zero, ALayout::Panel, 0>(
          S.kp, D, S.qt + lt * D * LQ, LQ, D, S.s, LQ, S.dummy, nlv, nkp);
      pair_product<Init::Zero, ALayout::Panel, 0>(
          S.vp, Dv, S.dot + lt * Dv * LQ, LQ, Dv, S.ds, LQ, S.dummy, nlv, nkp);
      pair_grads<V, TQ>(L, S, S.lse + lt * LQ, S.drow + lt * LQ, b, h, hk, q0,
                        nq, k0, nk, masked);
      // dV += P^T dO', dK += dS^T (scale Q), dQ^T += K^T dS^T (scaled when
      // stored).
      pair_product<Init::Load, ALayout::Rows, LQ>(
          S.p, LQ, S.dop + lr0 * Dvw, Dvw, nq, S.dv, Dvw, S.dummy, Dvw, nkp);
      pair_product<Init::Load, ALayout::Rows, LQ>(
          S.ds, LQ, S.qs + lr0 * Dw, Dw, nq, S.dk, Dw, S.dummy, Dw, nkp);
      pair_product<Init::Load, ALayout::Cols, 0>(
          S.kr, Dw, S.ds, LQ, nk, dqt + lt * P.Dp * LQ, LQ, S.dummy, nlv, P.Dp);
    }
  }

  for (int64_t j = 0; j < nk; ++j) {
    store_row(at4<T>(G.dk, b, hk, k0 + j, 0), G.dk.strides[3], S.dk + j * Dw,
              D);
    store_row(at4<T>(G.dv, b, hk, k0 + j, 0), G.dv.strides[3], S.dv + j * Dvw,
              Dv);
  }
}

// dq of the G heads of kv head `hk`: the C units' dQ^T (`slots`, `stride`
// apart) added in unit order into the first, scaled and transposed.
template <class V, int TQ>
void store_dq(const attc_launch &F, const attc_bwd_launch &G, const BwdPlan &P,
              float *slots, int64_t stride, int64_t b, int64_t hk, float *row) {
  using T = typename V::elem_t;
  constexpr int64_t LQ = tile_lanes<TQ>();
  for (int64_t lt = 0; lt < P.G * P.nqt; ++lt) {
    const int64_t h = hk * P.G + lt / P.nqt, q0 = lt % P.nqt * TQ;
    const int64_t nq = F.Lq - q0 < TQ ? F.Lq - q0 : TQ;
    float *acc = slots + lt * P.Dp * LQ;
    for (int64_t c = 1; c < P.C; ++c) {
      const float *part = acc + c * stride;
      for (int64_t e = 0; e < F.D * LQ; ++e)
        acc[e] += part[e];
    }
    for (int64_t i = 0; i < nq; ++i) {
      for (int64_t d = 0; d < F.D; ++d)
        row[d] = acc[d * LQ + i] * P.scale;
      store_row(at4<T>(G.dq, b, h, q0 + i, 0), G.dq.strides[3], row, F.D);
    }
  }
}

// An uninitialized float buffer; p is null when out of memory.
struct FloatBuf {
  float *p;
  explicit FloatBuf(int64_t n)
      : p(static_cast<float *>(std::malloc(sizeof(float) * size_t(n + 1)))) {}
  FloatBuf(const FloatBuf &) = delete;
  FloatBuf &operator=(const FloatBuf &) = delete;
  ~FloatBuf() { std::free(p); }
};

inline bool same_shape(const attc_tensor &t, const attc_tensor &like,
                       int dtype) {
  if (t.rank != like.rank || t.dtype != dtype)
    return false;
  for (int d = 0; d < t.rank; ++d)
    if (t.shape[d] != like.shape[d])
      return false;
  return true;
}

} // namespace detail

// The backward of a launch `F` (its q, k, v and inputs; o, lse and max
// unused) given `G`. Returns ATTC_OK, ATTC_ERR_INVALID or ATTC_ERR_NOMEM.
template <class V, int TQ, int TK>
int attention_bwd(const attc_launch &F, const attc_bwd_launch &G) {
  using namespace detail;
  using T = typename V::elem_t;
  using Norm = typename V::Norm;
  constexpr bool kSoftmax = Norm::kRowStats;
  if (!valid_launch<V>(F, /*outputs=*/false))
    return ATTC_ERR_INVALID;
  const int et = dtype_of<T>::value;
  const int64_t od[4] = {F.B, F.Hq, F.Lq, F.Dv};
  const int64_t sd[3] = {F.B, F.Hq, F.Lq};
  if (!check_tensor(G.dout, 4, od, et) || !same_shape(G.dq, F.q, et) ||
      !same_shape(G.dk, F.k, et) || !same_shape(G.dv, F.v, et) ||
      (G.o.data && !check_tensor(G.o, 4, od, et)) ||
      (G.lse.data && !check_tensor(G.lse, 3, sd, ATTC_F32)) ||
      (G.dlse.data && (!kSoftmax || !check_tensor(G.dlse, 3, sd, ATTC_F32))) ||
      (F.num_inputs > 0 && !G.dinputs))
    return ATTC_ERR_INVALID;
  for (int n = 0; n < F.num_inputs; ++n)
    if (G.dinputs[n].data && !same_shape(G.dinputs[n], F.inputs[n], ATTC_F32))
      return ATTC_ERR_INVALID;
  const int64_t nrows = F.B * F.Hq * F.Lq;
  auto zero4 = [](const attc_tensor &t) {
    for (int64_t a = 0; a < t.shape[0]; ++a)
      for (int64_t b = 0; b < t.shape[1]; ++b)
        for (int64_t c = 0; c < t.shape[2]; ++c)
          for (int64_t d = 0; d < t.shape[3]; ++d)
            *at4<T>(t, a, b, c, d) = from_float<T>(0.0f);
  };
  for (int n = 0; n < F.num_inputs; ++n)
    if (G.dinputs[n].data) {
      int64_t count = 1;
      for (int d = 0; d < G.dinputs[n].rank; ++d)
        count *= G.dinputs[n].shape[d];
      std::memset(G.dinputs[n].data, 0, sizeof(float) * size_t(count));
    }
  // Otherwise every element of dq, dk and dv is stored once below.
  if (F.B == 0 || F.Lq == 0 || F.Lk == 0) {
    zero4(G.dq);
    zero4(G.dk);
    zero4(G.dv);
    return ATTC_OK;
  }

  BwdPlan P;
  P.G = F.Hq / F.Hkv;
  P.nqt = (F.Lq + TQ - 1) / TQ;
  P.nkt = (F.Lk + TK - 1) / TK;
  P.Dw = round_up(F.D, kW);
  P.Dvw = round_up(F.Dv, kW);
  P.Dp = round_up(F.D, kRows);
  P.scale = V::scale(F);

  // o before the epilogue and lse: the caller's, or a forward run.
  P.need_o = kSoftmax || V::kHasEpilogue;
  std::vector<T> o_buf;
  std::vector<float> lse_buf;
  P.o = G.o;
  P.lse = G.lse;
  if ((P.need_o && !P.o.data) || (kSoftmax && !P.lse.data)) {
    attc_launch fl = F;
    o_buf.resize(size_t(nrows * F.Dv));
    fl.o = G.dout;
    fl.o.data = o_buf.data();
    fl.o.strides[3] = 1;
    fl.o.strides[2] = F.Dv;
    fl.o.strides[1] = F.Lq * F.Dv;
    fl.o.strides[0] = F.Hq * F.Lq * F.Dv;
    fl.lse = attc_tensor{};
    if (kSoftmax) {
      lse_buf.resize(static_cast<size_t>(nrows));
      fl.lse.data = lse_buf.data();
      fl.lse.dtype = ATTC_F32;
      fl.lse.rank = 3;
      for (int d = 0; d < 3; ++d)
        fl.lse.shape[d] = sd[d];
      fl.lse.strides[2] = 1;
      fl.lse.strides[1] = F.Lq;
      fl.lse.strides[0] = F.Hq * F.Lq;
    }
    fl.max = attc_tensor{};
    if (int status = attention<NoEpilogue<V>, TQ, TK>(fl))
      return status;
    P.o = fl.o;
    P.lse = fl.lse;
  }

  int nthreads = F.num_threads > 0 ? F.num_threads : 1;
#ifdef _OPENMP
  if (F.num_threads <= 0) {
#pragma omp parallel
    {
#pragma omp single
      nthreads = omp_get_num_threads();
    }
  }
#else
  nthreads = 1;
#endif
  // Units: C per kv head, enough for the threads to share evenly (C = 1
  // when the kv heads alone divide or far outnumber them).
  const int64_t kv_heads = F.B * F.Hkv;
  P.C = 1;
  if (nthreads > 1 && kv_heads % nthreads != 0 && kv_heads < 8 * nthreads) {
    int64_t x = kv_heads, y = nthreads;
    while (y) {
      const int64_t r = x % y;
      x = y;
      y = r;
    }
    P.C = nthreads / x < P.nkt ? nthreads / x : P.nkt;
  }
  const int64_t units = kv_heads * P.C;
  // dQ^T of a unit, [G * nqt][Dp][LQ]: in its thread's scratch when C = 1,
  // else in a slot here, the C slots of a kv head side by side.
  const int64_t slot = P.G * P.nqt * P.Dp * tile_lanes<TQ>();
  FloatBuf slots(P.C > 1 ? units * slot : 0);
  if (!slots.p)
    return ATTC_ERR_NOMEM;

  // Thread-private input gradients, added in thread order at the end.
  std::vector<int64_t> input_size(size_t(F.num_inputs), 0);
  for (int n = 0; n < F.num_inputs; ++n)
    if (G.dinputs[n].data) {
      input_size[n] = 1;
      for (int d = 0; d < G.dinputs[n].rank; ++d)
        input_size[n] *= G.dinputs[n].shape[d];
    }
  std::vector<std::vector<std::vector<float>>> din_t(
      static_cast<size_t>(nthreads));
  int failed = 0;

#ifdef _OPENMP
#pragma omp parallel num_threads(nthreads)
#endif
  {
    const int tid = thread_id();
    // Allocated by their threads (first touch).
    std::vector<float *> grads(size_t(F.num_inputs), nullptr);
    din_t[tid].resize(size_t(F.num_inputs));
    for (int n = 0; n < F.num_inputs; ++n)
      if (input_size[n]) {
        din_t[tid][n].assign(size_t(input_size[n]), 0.0f);
        grads[n] = din_t[tid][n].data();
      }
    GradParams L;
    static_cast<attc_launch &>(L) = F;
    L.grads = grads.data();
    BwdScratch S;
    std::vector<float> row(size_t(P.Dw));
    const bool ok = S.alloc<TQ, TK>(F, P);
    if (!ok)
      set_failed(failed);
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
    for (int64_t u = 0; u < units; ++u) {
      if (!ok)
        continue;
      const int64_t c = u % P.C, hk = u / P.C % F.Hkv, b = u / (P.C * F.Hkv);
      pack_heads<V, TQ>(L, G, P, S, b, hk, /*sink=*/c == 0);
      float *dqt = P.C == 1 ? S.dqt : slots.p + u * slot;
      std::memset(dqt, 0, sizeof(float) * size_t(slot));
      for (int64_t kt = c; kt < P.nkt; kt += P.C)
        bwd_task<V, TQ, TK>(L, G, P, S, dqt, b, hk, kt);
      if (P.C == 1)
        store_dq<V, TQ>(F, G, P, dqt, 0, b, hk, row.data());
    }
    if (P.C > 1) {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
      for (int64_t u = 0; u < kv_heads; ++u)
        if (!failed)
          store_dq<V, TQ>(F, G, P, slots.p + u * P.C * slot, slot, u / F.Hkv,
                          u % F.Hkv, row.data());
    }
  }
  if (failed)
    return ATTC_ERR_NOMEM;
  for (int n = 0; n < F.num_inputs; ++n)
    if (input_size[n]) {
      float *dst = static_cast<float *>(G.dinputs[n].data);
      for (int t = 0; t < nthreads; ++t)
        for (int64_t e = 0; e < input_size[n]; ++e)
          dst[e] += din_t[t][n][size_t(e)];
    }
  return ATTC_OK;
}

} // namespace cpu
} // namespace attc

#pragma GCC visibility pop

#endif // ATTC_CPU_ATTENTION_BWD_H
