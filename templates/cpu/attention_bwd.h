//===- attention_bwd.h - FlashAttention-2 style CPU backward --------------===//
//
// attc::cpu::attention_bwd<Variant, TQ, TK>(launch, bwd) computes dQ, dK, dV
// and the gradients of the float inputs of one launch. Requires
// attention.h (its micro-kernel, vector ops and forward, which recomputes
// o and lse when the caller has not saved them) and attc_grad.h.
//
//   1. rows: dO' = epilogue_bwd(dO) (dO before the epilogue), D_i =
//      rowsum(dO' o) for softmax, and the sink's gradient -p_sink D_i;
//   2. one task per (batch, kv head, key tile), over the query tiles whose
//      key range and tile class reach it (empty tiles cost nothing): S is
//      recomputed, P = exp(s' - lse) (softmax) or the elementwise weight,
//      dP = dO' V^T, dS' = P (dP - D_i) or dP dp/ds', dS = score_bwd(dS'),
//      dV += P^T dO', dK += dS^T Q (summed over the query heads of the kv
//      head: GQA), dQ += dS K into the thread's dQ;
//   3. the thread-private dQ and input gradients are added in thread order:
//      deterministic for a fixed thread count (static schedule).
//
// Tiles are transposed as in the forward (queries along the vector lanes
// for S^T and dP^T); dV, dK and dQ put the head dim on the lanes.
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

// A thread's scratch for the backward tasks, 64-byte aligned blocks.
struct BwdScratch {
  void *raw = nullptr;
  float *qt, *qs, *dot, *dos, *kp, *kr, *vr, *s, *p, *ds, *dk, *dv, *dq, *lse,
      *drow, *dummy;
  bool alloc(int64_t LQ, int64_t LR, int64_t TKp, int64_t D, int64_t Dw,
             int64_t Dv, int64_t Dvw) {
    const int64_t sizes[16] = {
        D * LQ,    LR * Dw,  Dv * LQ,  LR * Dvw,      TKp * D,  TKp * Dw,
        TKp * Dvw, TKp * LQ, TKp * LQ, TKp * LQ + LR, TKp * Dw, TKp * Dvw,
        LR * Dw,   LQ,       LQ,       LQ + Dw + Dvw};
    int64_t total = 16;
    for (int64_t n : sizes)
      total += round_up(n, 16);
    raw = std::calloc(size_t(total), sizeof(float));
    if (!raw)
      return false;
    float *at = reinterpret_cast<float *>(
        (reinterpret_cast<uintptr_t>(raw) + 63) & ~uintptr_t(63));
    float **dst[16] = {&qt, &qs, &dot, &dos, &kp, &kr,  &vr,   &s,
                       &p,  &ds, &dk,  &dv,  &dq, &lse, &drow, &dummy};
    for (int i = 0; i < 16; ++i) {
      *dst[i] = at;
      at += round_up(sizes[i], 16);
    }
    return true;
  }
  ~BwdScratch() { std::free(raw); }
};

// Per-launch constants of the backward.
struct BwdPlan {
  int64_t G, nqt, nkt, Dw, Dvw, TKp, LQ, LR;
  float scale;
  const float *dop;  // dO before the epilogue, [B, Hq, Lq, Dvw]
  const float *lse;  // [B, Hq, Lq] (softmax; +inf on fully masked rows)
  const float *drow; // D_i, [B, Hq, Lq]
};

template <class T>
inline T *at4(const attc_tensor &t, int64_t a, int64_t b, int64_t c,
              int64_t d) {
  return static_cast<T *>(t.data) + a * t.strides[0] + b * t.strides[1] +
         c * t.strides[2] + d * t.strides[3];
}

// One task: key tile `kt` of kv head `hk` in batch `b`, against every query
// tile of the kv head's query heads that keeps a pair in it.
template <class V, int TQ, int TK>
void bwd_task(const GradParams &L, const attc_bwd_launch &G, const BwdPlan &P,
              BwdScratch &S, float *dq_all, int64_t b, int64_t hk, int64_t kt) {
  using T = typename V::elem_t;
  using Norm = typename V::Norm;
  constexpr bool kSoftmax = Norm::kRowStats;
  const int64_t D = L.D, Dv = L.Dv, Dw = P.Dw, Dvw = P.Dvw, LQ = P.LQ;
  const int64_t k0 = kt * TK;
  const int64_t nk = L.Lk - k0 < TK ? L.Lk - k0 : TK;
  const int64_t nkp = round_up(nk, kRows);

  // K as panels (for S^T) and rows (for dQ), V as rows; zero past nk.
  for (int64_t j = 0; j < nkp; ++j) {
    float *kp = S.kp + (j / kRows) * kRows * D + j % kRows;
    float *kr = S.kr + j * Dw, *vr = S.vr + j * Dvw;
    std::memset(kr, 0, sizeof(float) * Dw);
    std::memset(vr, 0, sizeof(float) * Dvw);
    if (j < nk) {
      load_row(kr, at4<const T>(L.k, b, hk, k0 + j, 0), L.k.strides[3], D);
      load_row(vr, at4<const T>(L.v, b, hk, k0 + j, 0), L.v.strides[3], Dv);
    }
    for (int64_t d = 0; d < D; ++d)
      kp[d * kRows] = kr[d];
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
      const int64_t nqv = round_up(nq, kW), nqr = round_up(nq, kRows);
      const int64_t row0 = (b * L.Hq + h) * L.Lq + q0;

      // Q^T (scaled, for S^T), Q rows (scaled, for dK), dO'^T and dO' rows;
      // zero in padded lanes and rows.
      std::memset(S.qt, 0, sizeof(float) * D * LQ);
      std::memset(S.dot, 0, sizeof(float) * Dv * LQ);
      std::memset(S.qs, 0, sizeof(float) * P.LR * Dw);
      std::memset(S.dos, 0, sizeof(float) * P.LR * Dvw);
      for (int64_t i = 0; i < nq; ++i) {
        float *qs = S.qs + i * Dw, *dos = S.dos + i * Dvw;
        load_row(qs, at4<const T>(L.q, b, h, q0 + i, 0), L.q.strides[3], D);
        for (int64_t d = 0; d < D; ++d) {
          qs[d] *= P.scale;
          S.qt[d * LQ + i] = qs[d];
        }
        std::memcpy(dos, P.dop + (row0 + i) * Dvw, sizeof(float) * Dvw);
        for (int64_t c = 0; c < Dv; ++c)
          S.dot[c * LQ + i] = dos[c];
        S.lse[i] = kSoftmax ? P.lse[row0 + i] : 0.0f;
        S.drow[i] = kSoftmax ? P.drow[row0 + i] : 0.0f;
      }
      for (int64_t i = nq; i < LQ; ++i)
        S.lse[i] = kInf, S.drow[i] = 0.0f;

      // S^T = K Q^T, dP^T = V dO'^T.
      mk_tile<kVecs, Init::Zero, ALayout::Panel>(S.kp, D, S.qt, LQ, D, S.s, LQ,
                                                 S.dummy, 0, nqv, nkp);
      mk_tile<kVecs, Init::Zero, ALayout::Rows>(S.vr, Dvw, S.dot, LQ, Dv, S.ds,
                                                LQ, S.dummy, 0, nqv, nkp);

      // P, dS' and dS, pair by pair; zero where nothing is kept.
      for (int64_t j = 0; j < nkp; ++j) {
        float *srow = S.s + j * LQ, *prow = S.p + j * LQ,
              *dsrow = S.ds + j * LQ;
        if (j >= nk) {
          std::memset(prow, 0, sizeof(float) * LQ);
          std::memset(dsrow, 0, sizeof(float) * LQ);
          continue;
        }
        const int64_t kk = k0 + j;
        for (int64_t i = 0; i < LQ; ++i) {
          const int64_t qi = q0 + i;
          const bool keep = i < nq && (!masked || V::mask(L, b, h, hk, qi, kk));
          if (!keep) {
            prow[i] = 0.0f;
            dsrow[i] = 0.0f;
            continue;
          }
          const float sp = V::score(L, srow[i], b, h, hk, qi, kk);
          float pw, dsp;
          if constexpr (kSoftmax) {
            pw = sp == -kInf ? 0.0f : std::exp(sp - S.lse[i]);
            dsp = pw * (dsrow[i] - S.drow[i]);
          } else {
            const float param = V::norm_param(L, b, h, hk, qi, kk);
            pw = Norm::weight(sp, param);
            float dparam;
            dsp = dsrow[i] * Norm::dweight(sp, param, pw, dparam);
            if constexpr (V::kHasNormParam)
              V::norm_param_bwd(L, dsrow[i] * dparam, b, h, hk, qi, kk);
          }
          prow[i] = pw;
          dsrow[i] = V::kHasScore && dsp != 0.0f
                         ? V::score_bwd(L, dsp, srow[i], b, h, hk, qi, kk)
                         : dsp;
        }
      }

      // dV += P^T dO', dK += dS^T (scale Q), dQ += dS K (scaled at the end).
      mk_tile<kVecs, Init::Load, ALayout::Rows>(S.p, LQ, S.dos, Dvw, nq, S.dv,
                                                Dvw, S.dummy, 0, Dvw, nkp);
      mk_tile<kVecs, Init::Load, ALayout::Rows>(S.ds, LQ, S.qs, Dw, nq, S.dk,
                                                Dw, S.dummy, 0, Dw, nkp);
      mk_tile<kVecs, Init::Zero, ALayout::Cols>(S.ds, LQ, S.kr, Dw, nk, S.dq,
                                                Dw, S.dummy, 0, Dw, nqr);
      float *dq = dq_all + row0 * Dw;
      for (int64_t i = 0; i < nq; ++i)
        for (int64_t d = 0; d < Dw; ++d)
          dq[i * Dw + d] += S.dq[i * Dw + d];
    }
  }

  for (int64_t j = 0; j < nk; ++j) {
    store_row(at4<T>(G.dk, b, hk, k0 + j, 0), G.dk.strides[3], S.dk + j * Dw,
              D);
    store_row(at4<T>(G.dv, b, hk, k0 + j, 0), G.dv.strides[3], S.dv + j * Dvw,
              Dv);
  }
}

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
  P.TKp = round_up(TK, kRows);
  P.LQ = round_up(TQ, kW);
  P.LR = round_up(P.LQ, kRows);
  P.scale = V::scale(F);

  // o before the epilogue and lse: the caller's, or a forward run.
  const bool need_o = kSoftmax || V::kHasEpilogue;
  std::vector<T> o_buf;
  std::vector<float> lse_buf, dop(static_cast<size_t>(nrows * P.Dvw)),
      drow(static_cast<size_t>(nrows));
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
  const int64_t dq_size = nrows * P.Dw;
  std::vector<std::vector<float>> dq_t(static_cast<size_t>(nthreads));
  std::vector<std::vector<std::vector<float>>> din_t(
      static_cast<size_t>(nthreads));
  std::vector<std::vector<float *>> grad_ptrs(static_cast<size_t>(nthreads));
  std::vector<float> lse_adj(static_cast<size_t>(nrows));
  int failed = 0;

  auto parallel = [&](auto body) {
#ifdef _OPENMP
#pragma omp parallel num_threads(nthreads)
#endif
    body(thread_id());
  };
  // Per-thread buffers are allocated by their threads (first touch).
  parallel([&](int tid) {
    dq_t[tid].assign(size_t(dq_size), 0.0f);
    din_t[tid].resize(size_t(F.num_inputs));
    grad_ptrs[tid].assign(size_t(F.num_inputs), nullptr);
    for (int n = 0; n < F.num_inputs; ++n)
      if (input_size[n]) {
        din_t[tid][n].assign(size_t(input_size[n]), 0.0f);
        grad_ptrs[tid][n] = din_t[tid][n].data();
      }
  });

  // 1. Rows: dO' through the epilogue, D_i, the sink.
  parallel([&](int tid) {
    GradParams L;
    static_cast<attc_launch &>(L) = F;
    L.grads = grad_ptrs[tid].data();
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
    for (int64_t r = 0; r < nrows; ++r) {
      const int64_t i = r % F.Lq, h = (r / F.Lq) % F.Hq, b = r / (F.Lq * F.Hq);
      const int64_t hk = h / P.G;
      float *d = dop.data() + r * P.Dvw;
      float sum = 0.0f;
      for (int64_t c = 0; c < F.Dv; ++c) {
        const float g = to_float(*at4<const T>(G.dout, b, h, i, c));
        const float oc = need_o ? to_float(*at4<const T>(o, b, h, i, c)) : 0.0f;
        d[c] = V::kHasEpilogue ? V::epilogue_bwd(L, g, oc, b, h, hk, i, c) : g;
        sum += d[c] * oc;
      }
      for (int64_t c = F.Dv; c < P.Dvw; ++c)
        d[c] = 0.0f;
      drow[r] = sum;
      if constexpr (kSoftmax) {
        const float l = static_cast<const float *>(
            lse.data)[b * lse.strides[0] + h * lse.strides[1] +
                      i * lse.strides[2]];
        // +inf on fully masked rows: every weight exp(s' - lse) is then 0.
        lse_adj[r] = l == -kInf ? kInf : l;
        if (V::kHasNormParam && l != -kInf)
          V::sink_bwd(L, -std::exp(V::sink(L, b, h, hk, i) - l) * sum, b, h, hk,
                      i);
      }
    }
  });
  P.dop = dop.data();
  P.lse = lse_adj.data();
  P.drow = drow.data();

  // 2. Key-tile tasks.
  const int64_t ntasks = F.B * F.Hkv * P.nkt;
  parallel([&](int tid) {
    GradParams L;
    static_cast<attc_launch &>(L) = F;
    L.grads = grad_ptrs[tid].data();
    BwdScratch S;
    const bool ok = S.alloc(P.LQ, P.LR, P.TKp, F.D, P.Dw, F.Dv, P.Dvw);
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
      bwd_task<V, TQ, TK>(L, G, P, S, dq_t[tid].data(), b, hk, kt);
    }
  });
  if (failed)
    return ATTC_ERR_NOMEM;

  // 3. Thread-private sums, in thread order.
  parallel([&](int) {
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
    for (int64_t r = 0; r < nrows; ++r) {
      const int64_t i = r % F.Lq, h = (r / F.Lq) % F.Hq, b = r / (F.Lq * F.Hq);
      float *row = dq_t[0].data() + r * P.Dw;
      for (int t = 1; t < nthreads; ++t)
        for (int64_t d = 0; d < F.D; ++d)
          row[d] += dq_t[t][size_t(r * P.Dw + d)];
      for (int64_t d = 0; d < F.D; ++d)
        row[d] *= P.scale;
      store_row(at4<T>(G.dq, b, h, i, 0), G.dq.strides[3], row, F.D);
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
