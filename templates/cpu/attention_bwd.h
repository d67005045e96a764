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

// A thread's scratch for the backward tasks, 64-byte aligned blocks. Rows
// past a tile's keys are never zeroed: no product reads them into a kept
// result.
struct BwdScratch {
  void *raw = nullptr;
  float *kp, *kr, *vp, *s, *p, *ds, *dk, *dv, *dummy;
  bool alloc(int64_t LQ, int64_t TKp, int64_t D, int64_t Dw, int64_t Dv,
             int64_t Dvw) {
    // kr has kRows more: dQ^T reads rows of D rounded up to kRows.
    const int64_t sizes[9] = {TKp * D,  TKp * Dw + kRows, TKp * Dv,
                              TKp * LQ, TKp * LQ,         TKp * LQ,
                              TKp * Dw, TKp * Dvw,        LQ + Dw + Dvw};
    int64_t total = 16;
    for (int64_t n : sizes)
      total += round_up(n, 16);
    raw = std::calloc(size_t(total), sizeof(float));
    if (!raw)
      return false;
    float *at = reinterpret_cast<float *>(
        (reinterpret_cast<uintptr_t>(raw) + 63) & ~uintptr_t(63));
    float **dst[9] = {&kp, &kr, &vp, &s, &p, &ds, &dk, &dv, &dummy};
    for (int i = 0; i < 9; ++i) {
      *dst[i] = at;
      at += round_up(sizes[i], 16);
    }
    return true;
  }
  ~BwdScratch() { std::free(raw); }
};

// Per-launch constants of the backward, and what every query tile packs
// once (tile index (b * Hq + h) * nqt + query tile) for the tasks to share.
struct BwdPlan {
  int64_t G, nqt, nkt, Dw, Dvw, Dp;
  float scale;
  const float *dop;  // dO' rows, [B, Hq, Lq, Dvw]
  const float *qs;   // scale * Q rows, [B, Hq, Lq, Dw]
  const float *qt;   // per tile: scale * Q^T, [D][LQ]
  const float *dot;  // per tile: dO'^T, [Dv][LQ]
  const float *lse;  // per tile: [LQ] (softmax; +inf on fully masked rows)
  const float *drow; // per tile: D_i, [LQ]
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
            const float x = V::score(L, s[i], b, h, hk, q0 + i, kk);
            p[i] = V::mask(L, b, h, hk, q0 + i, kk) ? x : -kInf;
          }
        else
          for (int64_t i = 0; i < nq; ++i)
            p[i] = V::score(L, s[i], b, h, hk, q0 + i, kk);
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
        const float sp = V::score(L, s[i], b, h, hk, qi, kk);
        const bool keep = !masked || V::mask(L, b, h, hk, qi, kk);
        const float param = V::norm_param(L, b, h, hk, qi, kk);
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

// One task: key tile `kt` of kv head `hk` in batch `b`, against every query
// tile of the kv head's query heads that keeps a pair in it. dQ^T goes to
// the thread's per-tile buffers `dqt` ([tile][Dp][LQ]).
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
      const int64_t tile = (b * L.Hq + h) * P.nqt + qt;
      const int64_t row0 = (b * L.Hq + h) * L.Lq + q0;

      // S^T = K Q^T, dP^T = V dO'^T.
      pair_product<Init::Zero, ALayout::Panel, 0>(
          S.kp, D, P.qt + tile * D * LQ, LQ, D, S.s, LQ, S.dummy, nlv, nkp);
      pair_product<Init::Zero, ALayout::Panel, 0>(
          S.vp, Dv, P.dot + tile * Dv * LQ, LQ, Dv, S.ds, LQ, S.dummy, nlv,
          nkp);
      pair_grads<V, TQ>(L, S, P.lse + tile * LQ, P.drow + tile * LQ, b, h, hk,
                        q0, nq, k0, nk, masked);
      // dV += P^T dO', dK += dS^T (scale Q), dQ^T += K^T dS^T (scaled when
      // stored).
      pair_product<Init::Load, ALayout::Rows, LQ>(
          S.p, LQ, P.dop + row0 * Dvw, Dvw, nq, S.dv, Dvw, S.dummy, Dvw, nkp);
      pair_product<Init::Load, ALayout::Rows, LQ>(
          S.ds, LQ, P.qs + row0 * Dw, Dw, nq, S.dk, Dw, S.dummy, Dw, nkp);
      pair_product<Init::Load, ALayout::Cols, 0>(S.kr, Dw, S.ds, LQ, nk,
                                                 dqt + tile * P.Dp * LQ, LQ,
                                                 S.dummy, nlv, P.Dp);
    }
  }

  for (int64_t j = 0; j < nk; ++j) {
    store_row(at4<T>(G.dk, b, hk, k0 + j, 0), G.dk.strides[3], S.dk + j * Dw,
              D);
    store_row(at4<T>(G.dv, b, hk, k0 + j, 0), G.dv.strides[3], S.dv + j * Dvw,
              Dv);
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
  zero4(G.dq);
  zero4(G.dk);
  zero4(G.dv);
  for (int n = 0; n < F.num_inputs; ++n)
    if (G.dinputs[n].data) {
      int64_t count = 1;
      for (int d = 0; d < G.dinputs[n].rank; ++d)
        count *= G.dinputs[n].shape[d];
      std::memset(G.dinputs[n].data, 0, sizeof(float) * size_t(count));
    }
  if (F.B == 0 || F.Lq == 0 || F.Lk == 0)
    return ATTC_OK;

  BwdPlan P;
  P.G = F.Hq / F.Hkv;
  P.nqt = (F.Lq + TQ - 1) / TQ;
  P.nkt = (F.Lk + TK - 1) / TK;
  P.Dw = round_up(F.D, kW);
  P.Dvw = round_up(F.Dv, kW);
  P.Dp = round_up(F.D, kRows);
  P.scale = V::scale(F);
  constexpr int64_t LQ = tile_lanes<TQ>();
  const int64_t ntiles = F.B * F.Hq * P.nqt;

  // o before the epilogue and lse: the caller's, or a forward run.
  const bool need_o = kSoftmax || V::kHasEpilogue;
  std::vector<T> o_buf;
  std::vector<float> lse_buf;
  attc_tensor o = G.o, lse = G.lse;
  if ((need_o && !o.data) || (kSoftmax && !lse.data)) {
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
    o = fl.o;
    lse = fl.lse;
  }

  // Thread-private gradients: dQ and the inputs'.
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
  std::vector<int64_t> input_size(size_t(F.num_inputs), 0);
  for (int n = 0; n < F.num_inputs; ++n)
    if (G.dinputs[n].data) {
      input_size[n] = 1;
      for (int d = 0; d < G.dinputs[n].rank; ++d)
        input_size[n] *= G.dinputs[n].shape[d];
    }
  // Packed once per query tile for every task that reaches it: dO' and
  // scale * Q as rows and transposed, lse and D_i per lane.
  // Every element is written there before it is read. The threads' dQ^T
  // share one block, a slice each.
  const int64_t dqt_size = ntiles * P.Dp * LQ;
  FloatBuf dop(nrows * P.Dvw), qs(nrows * P.Dw), qt(ntiles * F.D * LQ),
      dot(ntiles * F.Dv * LQ), lse_t(ntiles * LQ), drow_t(ntiles * LQ),
      dqt(nthreads * dqt_size);
  if (!dop.p || !qs.p || !qt.p || !dot.p || !lse_t.p || !drow_t.p || !dqt.p)
    return ATTC_ERR_NOMEM;
  std::vector<std::vector<std::vector<float>>> din_t(
      static_cast<size_t>(nthreads));
  std::vector<std::vector<float *>> grad_ptrs(static_cast<size_t>(nthreads));
  int failed = 0;

  auto parallel = [&](auto body) {
#ifdef _OPENMP
#pragma omp parallel num_threads(nthreads)
#endif
    body(thread_id());
  };
  // Per-thread buffers are allocated by their threads (first touch).
  parallel([&](int tid) {
    std::memset(dqt.p + tid * dqt_size, 0, sizeof(float) * size_t(dqt_size));
    din_t[tid].resize(size_t(F.num_inputs));
    grad_ptrs[tid].assign(size_t(F.num_inputs), nullptr);
    for (int n = 0; n < F.num_inputs; ++n)
      if (input_size[n]) {
        din_t[tid][n].assign(size_t(input_size[n]), 0.0f);
        grad_ptrs[tid][n] = din_t[tid][n].data();
      }
  });

  // 1. Query tiles: dO' through the epilogue, D_i, the sink; the packs.
  parallel([&](int tid) {
    GradParams L;
    static_cast<attc_launch &>(L) = F;
    L.grads = grad_ptrs[tid].data();
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
    for (int64_t tile = 0; tile < ntiles; ++tile) {
      const int64_t q0 = tile % P.nqt * TQ, h = tile / P.nqt % F.Hq,
                    b = tile / (P.nqt * F.Hq), hk = h / P.G;
      const int64_t nq = F.Lq - q0 < TQ ? F.Lq - q0 : TQ;
      const int64_t row0 = (b * F.Hq + h) * F.Lq + q0;
      float *tqt = qt.p + tile * F.D * LQ;
      float *tdot = dot.p + tile * F.Dv * LQ;
      float *tlse = lse_t.p + tile * LQ, *tdrow = drow_t.p + tile * LQ;
      // Padded lanes: zero operands, and +inf lse so that P is 0 there.
      std::memset(tqt, 0, sizeof(float) * F.D * LQ);
      std::memset(tdot, 0, sizeof(float) * F.Dv * LQ);
      for (int64_t i = nq; i < LQ; ++i)
        tlse[i] = kInf, tdrow[i] = 0.0f;
      for (int64_t i = 0; i < nq; ++i) {
        const int64_t qi = q0 + i;
        float *d = dop.p + (row0 + i) * P.Dvw;
        float *qrow = qs.p + (row0 + i) * P.Dw;
        float sum = 0.0f;
        for (int64_t c = 0; c < F.Dv; ++c) {
          const float g = to_float(*at4<const T>(G.dout, b, h, qi, c));
          const float oc =
              need_o ? to_float(*at4<const T>(o, b, h, qi, c)) : 0.0f;
          d[c] =
              V::kHasEpilogue ? V::epilogue_bwd(L, g, oc, b, h, hk, qi, c) : g;
          sum += d[c] * oc;
          tdot[c * LQ + i] = d[c];
        }
        for (int64_t c = F.Dv; c < P.Dvw; ++c)
          d[c] = 0.0f;
        load_row(qrow, at4<const T>(F.q, b, h, qi, 0), F.q.strides[3], F.D);
        for (int64_t c = 0; c < F.D; ++c) {
          qrow[c] *= P.scale;
          tqt[c * LQ + i] = qrow[c];
        }
        for (int64_t c = F.D; c < P.Dw; ++c)
          qrow[c] = 0.0f;
        tdrow[i] = sum;
        tlse[i] = 0.0f;
        if constexpr (kSoftmax) {
          const float l = static_cast<const float *>(
              lse.data)[b * lse.strides[0] + h * lse.strides[1] +
                        qi * lse.strides[2]];
          // +inf on fully masked rows: every weight exp(s' - lse) is then 0.
          tlse[i] = l == -kInf ? kInf : l;
          if (V::kHasNormParam && l != -kInf)
            V::sink_bwd(L, -std::exp(V::sink(L, b, h, hk, qi) - l) * sum, b, h,
                        hk, qi);
        }
      }
    }
  });
  P.dop = dop.p;
  P.qs = qs.p;
  P.qt = qt.p;
  P.dot = dot.p;
  P.lse = lse_t.p;
  P.drow = drow_t.p;

  // 2. Key-tile tasks.
  const int64_t ntasks = F.B * F.Hkv * P.nkt;
  parallel([&](int tid) {
    GradParams L;
    static_cast<attc_launch &>(L) = F;
    L.grads = grad_ptrs[tid].data();
    BwdScratch S;
    const bool ok = S.alloc(LQ, tile_rows<TK>(), F.D, P.Dw, F.Dv, P.Dvw);
    if (!ok) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
      failed = 1;
    }
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
    for (int64_t t = 0; t < ntasks; ++t) {
      if (!ok)
        continue;
      const int64_t kt = t % P.nkt, hk = (t / P.nkt) % F.Hkv,
                    b = t / (P.nkt * F.Hkv);
      bwd_task<V, TQ, TK>(L, G, P, S, dqt.p + tid * dqt_size, b, hk, kt);
    }
  });
  if (failed)
    return ATTC_ERR_NOMEM;

  // 3. Thread-private sums, in thread order: dQ^T per tile, transposed
  // into dq.
  parallel([&](int) {
    std::vector<float> row(size_t(P.Dw));
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
    for (int64_t tile = 0; tile < ntiles; ++tile) {
      const int64_t q0 = tile % P.nqt * TQ, h = tile / P.nqt % F.Hq,
                    b = tile / (P.nqt * F.Hq);
      const int64_t nq = F.Lq - q0 < TQ ? F.Lq - q0 : TQ;
      float *acc = dqt.p + tile * P.Dp * LQ;
      for (int t = 1; t < nthreads; ++t) {
        const float *part = dqt.p + t * dqt_size + tile * P.Dp * LQ;
        for (int64_t e = 0; e < F.D * LQ; ++e)
          acc[e] += part[e];
      }
      for (int64_t i = 0; i < nq; ++i) {
        for (int64_t d = 0; d < F.D; ++d)
          row[d] = acc[d * LQ + i] * P.scale;
        store_row(at4<T>(G.dq, b, h, q0 + i, 0), G.dq.strides[3], row.data(),
                  F.D);
      }
    }
  });
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
