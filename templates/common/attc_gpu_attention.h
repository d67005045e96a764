//===- attc_gpu_attention.h - the forward skeleton of every GPU backend ---===//
//
// attc::gpu::attention<Pol, V, TQ, TK, HPT, KD, KDV, STAGES>(params, smem):
// one block (work-group) computes TQ queries of HPT query heads that share
// one kv head (GQA packing: each K/V tile in shared memory serves them all)
// of one batch, against the key tiles the variant's sparsity hooks leave.
// Each warp (wave) owns 16 query rows of one head. What is the same on
// every GPU is here: the block's rows, the key-tile range and tile classes,
// the STAGES-deep K/V ring, the score/mask/weight hooks per accumulator
// element, the online softmax over Norm::Online in the log2 domain, the
// finalize, the epilogue and the stores. The matrix-core policy `Pol`
// supplies the rest:
//
//   kWarp, kRows                    lanes per warp; row slots per lane
//   s_elems(TK), o_elems(KDV)       accumulator floats per lane of S, O
//   s_slot(e), s_row(lane, e),      element e of S: its row slot, its row
//   s_col(lane, e)                  (0..15 of the warp's) and key column
//   o_slot(e), o_col(lane, e)       element e of O: row slot, value column
//   slot_row(lane, r)               the warp row of row slot r
//   row_max(x), row_sum(x)          over the lanes that share x's row
//   row_leader(lane)                one lane per row (lse/max stores)
//   ex2(x)                          2^x, approximate
//   thread(), block_x/y/z(),        indices; blocks along x
//   blocks_x()
//   barrier(), commit(), wait<N>()  block barrier; async copy groups
//   Smem<C, TQ, TK, HPT, KD, KDV,   where the K and V tiles of ring stage
//        STAGES>::k/v(smem, stage)  `stage` are (rows padded by kPad)
//   chunked<T>(view, cols),         copies a tile of a view into shared
//   load_tile<T, C, NR, NC, NT>     memory (asynchronously when chunked:
//                                   part of the current copy group)
//   Q<C, KD>, load_q<..>(smem, ...) the warp's Q operand, staged
//   qk<C, TK, KD>(s, q, k, lane)    S = Q K^T of the warp's rows
//   pv<C, TK, KDV>(o, s, v, lane)   O += P V with P = s
//
// Compiled by nvcc, NVRTC and clang (HIP); requires attc_portability.h,
// attc_abi.h, attc_types.h, attc_normalize.h, attc_variant.h and the
// params type attc_cuda_params (attc_cuda_abi.h) first.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_GPU_ATTENTION_H
#define ATTC_GPU_ATTENTION_H

namespace attc {
namespace gpu {

constexpr float kLog2e = 1.4426950408889634f, kLn2 = 0.6931471805599453f;

// The tensor/matrix-core operand type: f16 specs stay f16; bf16 specs, and
// f32 specs (converted on load: bf16 keeps f32's range), run in bf16.
template <class T> struct mma_type {
  using type = bf16;
};
template <> struct mma_type<f16> {
  using type = f16;
};

// The value policy of Norm::Online: one float per row, scores in the log2
// domain, so exp_neg is a single approximate exp2 (exp2(-inf) = 0).
template <class Pol> struct Log2Ops {
  using value = float;
  __device__ __forceinline__ static float max(float a, float b) {
    return a > b ? a : b;
  }
  __device__ __forceinline__ static float exp_neg(float x) {
    return Pol::ex2(x);
  }
  __device__ __forceinline__ static float zero_if_ninf(float x) {
    return x == -inf() ? 0.0f : x;
  }
};

template <class Pol, class V, int TQ, int TK, int HPT, int KD, int KDV,
          int STAGES>
__device__ __forceinline__ void attention(const attc_cuda_params &L,
                                          char *smem) {
  using T = typename V::elem_t;
  using C = typename mma_type<T>::type;
  using Norm = typename V::Norm;
  using Ops = Log2Ops<Pol>;
  static_assert(TQ % 16 == 0, "a warp owns 16 query rows of one head");
  static_assert(TK % 16 == 0 && KD % 16 == 0 && KDV % 16 == 0,
                "tiles are whole matrix-core k-steps");
  static_assert(STAGES >= 2, "the K/V ring needs two stages to overlap");
  constexpr int NT = HPT * TQ / 16 * Pol::kWarp;
  constexpr int NS = Pol::s_elems(TK), NO = Pol::o_elems(KDV);
  constexpr int NR = Pol::kRows;
  constexpr bool kSoftmax = Norm::kRowStats;

  // The thread index as the compiler must see it: unsigned, and below NT
  // (the launch ABI's block, which the kernels' launch bounds enforce).
  // Signed, warp and lane are signed divisions whose results it keeps live
  // as 64-bit indices (gqa_mla on sm_80: 255 registers and a spill, not
  // 199). The bound also reaches the policies' tile copy loops (the same
  // index): exact trip counts and no remainder loops, tens of registers
  // fewer in most kernels.
  const unsigned tid = Pol::thread();
  __builtin_assume(tid < NT);
  const int warp = tid / Pol::kWarp, lane = tid % Pol::kWarp;
  // Heavy (late) query tiles first: under causal-like masks they have the
  // most key tiles.
  const int64_t q0 = (int64_t(Pol::blocks_x()) - 1 - Pol::block_x()) * TQ;
  const int64_t q1 = L.Lq < q0 + TQ ? L.Lq : q0 + TQ;
  const int64_t b = Pol::block_z(), G = L.Hq / L.Hkv;
  const int64_t h0 = int64_t(Pol::block_y()) * HPT; // first head of the block
  const int64_t hk = h0 / G;
  // This warp's head and first query.
  const int64_t h = h0 + warp * 16 / TQ;
  const int64_t qw = q0 + warp * 16 % TQ;

  // Q of the block's heads (or the warp's), then the first K/V stages.
  const typename Pol::template Q<C, KD> qf =
      Pol::template load_q<T, C, TQ, HPT, KD, NT>(smem, L, b, h0, q0, q1,
                                                  warp, lane);

  int64_t k_begin, k_end;
  key_tiles<V, TK>(L, q0, q1, k_begin, k_end);
  // The next key tile at or after k0 that some head of the block keeps a
  // pair of (uniform across the block: every thread evaluates the same).
  auto next_tile = [&](int64_t k0) {
    for (; k0 < k_end; k0 += TK) {
      const int64_t k1 = L.Lk < k0 + TK ? L.Lk : k0 + TK;
      for (int g = 0; g < HPT; ++g)
        if (tile_class<V>(L, b, h0 + g, q0, q1, k0, k1) != kTileEmpty)
          return k0;
    }
    return k_end;
  };
  using Smem = typename Pol::template Smem<C, TQ, TK, HPT, KD, KDV, STAGES>;
  const T *kb = static_cast<const T *>(L.k.data) + b * L.k.strides[0] +
                hk * L.k.strides[1];
  const T *vb = static_cast<const T *>(L.v.data) + b * L.v.strides[0] +
                hk * L.v.strides[1];
  const bool k_fast = Pol::template chunked<T>(L.k, L.D),
             v_fast = Pol::template chunked<T>(L.v, L.Dv);
  auto load_kv = [&](int stage, int64_t k0) {
    const int64_t nk = L.Lk - k0 < TK ? L.Lk - k0 : TK;
    Pol::template load_tile<T, C, TK, KD, NT>(
        Smem::k(smem, stage), kb + k0 * L.k.strides[2], L.k.strides[2],
        L.k.strides[3], nk, L.D, k_fast);
    Pol::template load_tile<T, C, TK, KDV, NT>(
        Smem::v(smem, stage), vb + k0 * L.v.strides[2], L.v.strides[2],
        L.v.strides[3], nk, L.Dv, v_fast);
  };

  // The ring: `ring` holds, oldest first, the starts of the tiles loaded
  // into stages it, it + 1, ... and not yet used (k_end: none). Every slot
  // commits one group, empty or not, so wait<STAGES - 1> after the next
  // commit always means "the current stage has landed". (A shift register,
  // not an array indexed by stage: it stays in registers.)
  int64_t ring[STAGES - 1];
  int64_t pf = next_tile(k_begin);
#pragma unroll
  for (int s = 0; s < STAGES - 1; ++s) {
    ring[s] = pf;
    if (pf < k_end) {
      load_kv(s, pf);
      pf = next_tile(pf + TK);
    }
    Pol::commit();
  }

  // Per lane: NR row slots; O in the policy's accumulator layout.
  float o[NO];
#pragma unroll
  for (int e = 0; e < NO; ++e)
    o[e] = 0.0f;
  float m[NR], l[NR], mx[NR];
#pragma unroll
  for (int r = 0; r < NR; ++r) {
    m[r] = mx[r] = -inf();
    l[r] = 0.0f;
  }
  const float scale = V::scale(L);
  // The raw logit needs no natural-log value: fold log2(e) into the scale.
  const float qk_scale = kSoftmax && !V::kHasScore ? scale * kLog2e : scale;
  const bool track_max = !kSoftmax && L.max.data != nullptr;

  for (int it = 0;; ++it) {
    const int s = it % STAGES;
    const int64_t k0 = ring[0];
    if (k0 >= k_end)
      break;
#pragma unroll
    for (int i = 0; i + 1 < STAGES - 1; ++i)
      ring[i] = ring[i + 1];
    ring[STAGES - 2] = pf;
    if (pf < k_end) {
      load_kv((it + STAGES - 1) % STAGES, pf);
      pf = next_tile(pf + TK);
    }
    Pol::commit();
    Pol::template wait<STAGES - 1>();
    Pol::barrier();

    const int64_t k1 = L.Lk < k0 + TK ? L.Lk : k0 + TK;
    // Classified again for the warp's own 16 rows (finer than the block's:
    // causal diagonals leave most warps a full or empty tile); a warp past
    // Lq computes nothing it would store.
    const int cls = qw < L.Lq
                        ? tile_class<V>(L, b, h, qw,
                                        qw + 16 < L.Lq ? qw + 16 : L.Lq, k0, k1)
                        : int(kTileEmpty);
    if (cls != kTileEmpty) { // warp-uniform: one head per warp
      float sc[NS];
      Pol::template qk<C, TK, KD>(sc, qf, Smem::k(smem, s), lane);

      // Scores, masks and weights; masks only on partial tiles and on the
      // last tile's keys past Lk.
      const bool masked = V::kHasMask && cls != kTileFull;
      const bool ragged = k0 + TK > L.Lk;
      float tile_max[NR];
#pragma unroll
      for (int r = 0; r < NR; ++r)
        tile_max[r] = -inf();
#pragma unroll
      for (int e = 0; e < NS; ++e) {
        const int r = Pol::s_slot(e);
        const int64_t qi = qw + Pol::s_row(lane, e),
                      ki = k0 + Pol::s_col(lane, e);
        float x = sc[e] * qk_scale;
        if constexpr (V::kHasScore)
          x = V::score(L, x, b, h, hk, qi, ki);
        const bool keep = !(ragged && ki >= L.Lk) &&
                          !(masked && !V::mask(L, b, h, hk, qi, ki));
        if constexpr (kSoftmax) {
          x = keep ? (V::kHasScore ? x * kLog2e : x) : -inf();
          tile_max[r] = Ops::max(tile_max[r], x);
        } else {
          if (track_max && keep && x > mx[r])
            mx[r] = x;
          x = keep ? Norm::weight(x, V::norm_param(L, b, h, hk, qi, ki))
                   : 0.0f;
        }
        sc[e] = x;
      }

      if constexpr (kSoftmax) {
        using Online = typename Norm::template Online<Ops>;
#pragma unroll
        for (int r = 0; r < NR; ++r) {
          const float t = Pol::row_max(tile_max[r]);
          float mn;
          const float off = Online::begin_tile(m[r], t, mn);
          float sum = 0.0f;
#pragma unroll
          for (int e = 0; e < NS; ++e)
            if (Pol::s_slot(e) == r) {
              sc[e] = Online::weight(sc[e], off);
              sum += sc[e];
            }
          // l stays a per-lane partial sum (alpha is the same across the
          // row's lanes); they add their parts at the end.
          const float alpha = Online::end_tile(m[r], l[r], mn, off, sum);
#pragma unroll
          for (int e = 0; e < NO; ++e)
            if (Pol::o_slot(e) == r)
              o[e] *= alpha;
        }
      }

      // O += P V, P straight from S's accumulators.
      Pol::template pv<C, TK, KDV>(o, sc, Smem::v(smem, s), lane);
    }
    // The stage is refilled by the next iteration's prefetch.
    Pol::barrier();
  }
  Pol::template wait<0>(); // nothing may land after the block exits

  // Finalize, epilogue and stores, per row slot.
  T *ob = static_cast<T *>(L.o.data) + b * L.o.strides[0] + h * L.o.strides[1];
#pragma unroll
  for (int r = 0; r < NR; ++r) {
    const int64_t qi = qw + Pol::slot_row(lane, r);
    const float lr = Pol::row_sum(l[r]), mr = Pol::row_max(mx[r]);
    if (qi >= L.Lq)
      continue;
    const float mi = kSoftmax ? m[r] * kLn2 : mr; // -inf stays -inf
    const norm::Final fin = Norm::template finalize<V::kHasNormParam>(
        mi, lr, V::sink(L, b, h, hk, qi));
    T *orow = ob + qi * L.o.strides[2];
#pragma unroll
    for (int e = 0; e < NO; ++e) {
      if (Pol::o_slot(e) != r)
        continue;
      const int64_t c = Pol::o_col(lane, e);
      if (c >= L.Dv)
        continue;
      float val = o[e] * fin.inv;
      if constexpr (V::kHasEpilogue)
        val = V::epilogue(L, val, b, h, hk, qi, c);
      orow[c * L.o.strides[3]] = from_float<T>(val);
    }
    if (Pol::row_leader(lane)) {
      if (L.lse.data)
        static_cast<float *>(
            L.lse.data)[b * L.lse.strides[0] + h * L.lse.strides[1] +
                        qi * L.lse.strides[2]] = fin.lse;
      if (L.max.data)
        static_cast<float *>(
            L.max.data)[b * L.max.strides[0] + h * L.max.strides[1] +
                        qi * L.max.strides[2]] = mi;
    }
  }
}

} // namespace gpu
} // namespace attc

#endif // ATTC_GPU_ATTENTION_H
