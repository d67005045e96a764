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

// The next key tile at or after k0 (below k_end) that some head of the
// block (h0 ..) keeps a pair of for queries [q0, q1): uniform across the
// block, every thread evaluates the same.
template <class V, int TK, int HPT>
__device__ __forceinline__ int64_t next_key_tile(const attc_cuda_params &L,
                                                 int64_t b, int64_t h0,
                                                 int64_t q0, int64_t q1,
                                                 int64_t k0, int64_t k_end) {
  for (; k0 < k_end; k0 += TK) {
    const int64_t k1 = L.Lk < k0 + TK ? L.Lk : k0 + TK;
    for (int g = 0; g < HPT; ++g)
      if (tile_class<V>(L, b, h0 + g, q0, q1, k0, k1) != kTileEmpty)
        return k0;
  }
  return k_end;
}

// The factor of the raw logit Q K^T: the raw logit needs no natural-log
// value under softmax, so log2(e) is folded into the scale.
template <class V>
__device__ __forceinline__ float logit_scale(const attc_cuda_params &L) {
  const float scale = V::scale(L);
  return V::Norm::kRowStats && !V::kHasScore ? scale * kLog2e : scale;
}

// One key tile of a warp's 16 rows, the same on every matrix-core path: the
// score, mask and weight hooks per accumulator element of `sc` (S in, P
// out; masks only on partial tiles and on keys past Lk), then the online
// softmax of each row slot. alpha[r]: the factor row slot r's O takes
// before this tile's P V is added (no row statistics: none is written).
template <class Pol, class V, int TK, int NS>
__device__ __forceinline__ void
score_tile(const attc_cuda_params &L, float (&sc)[NS], float (&m)[Pol::kRows],
           float (&l)[Pol::kRows], float (&mx)[Pol::kRows],
           float (&alpha)[Pol::kRows], int cls, int64_t b, int64_t h,
           int64_t hk, int64_t qw, int64_t k0, int lane, float qk_scale,
           bool track_max) {
  using Norm = typename V::Norm;
  using Ops = Log2Ops<Pol>;
  constexpr int NR = Pol::kRows;
  constexpr bool kSoftmax = Norm::kRowStats;
  const bool masked = V::kHasMask && cls != kTileFull;
  const bool ragged = k0 + TK > L.Lk;
  float tile_max[NR];
#pragma unroll
  for (int r = 0; r < NR; ++r)
    tile_max[r] = -inf();
#pragma unroll
  for (int e = 0; e < NS; ++e) {
    const int r = Pol::s_slot(e);
    const int64_t qi = qw + Pol::s_row(lane, e), ki = k0 + Pol::s_col(lane, e);
    float x = sc[e] * qk_scale;
    if constexpr (V::kHasScore)
      x = V::score(L, x, b, h, hk, qi, ki);
    const bool keep =
        !(ragged && ki >= L.Lk) && !(masked && !V::mask(L, b, h, hk, qi, ki));
    if constexpr (kSoftmax) {
      x = keep ? (V::kHasScore ? x * kLog2e : x) : -inf();
      tile_max[r] = Ops::max(tile_max[r], x);
    } else {
      if (track_max && keep && x > mx[r])
        mx[r] = x;
      x = keep ? Norm::weight(x, V::norm_param(L, b, h, hk, qi, ki)) : 0.0f;
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
      alpha[r] = Online::end_tile(m[r], l[r], mn, off, sum);
    }
  }
}

// A lane's fresh row state: O zero, running max and tracked max -inf, sum
// zero.
template <int NO, int NR>
__device__ __forceinline__ void init_rows(float (&o)[NO], float (&m)[NR],
                                          float (&l)[NR], float (&mx)[NR]) {
#pragma unroll
  for (int e = 0; e < NO; ++e)
    o[e] = 0.0f;
#pragma unroll
  for (int r = 0; r < NR; ++r) {
    m[r] = mx[r] = -inf();
    l[r] = 0.0f;
  }
}

// O *= alpha per row slot (score_tile's factors; softmax only).
template <class Pol, class V, int NO>
__device__ __forceinline__ void rescale(float (&o)[NO],
                                        const float (&alpha)[Pol::kRows]) {
  if constexpr (V::Norm::kRowStats) {
#pragma unroll
    for (int e = 0; e < NO; ++e)
      o[e] *= alpha[Pol::o_slot(e)];
  }
}

// The epilogue and the store of o[b, h, qi, c] = val (orow: row qi).
template <class V>
__device__ __forceinline__ void
store_o(const attc_cuda_params &L, typename V::elem_t *orow, float val,
        int64_t b, int64_t h, int64_t hk, int64_t qi, int64_t c) {
  if constexpr (V::kHasEpilogue)
    val = V::epilogue(L, val, b, h, hk, qi, c);
  orow[c * L.o.strides[3]] = from_float<typename V::elem_t>(val);
}

// The row statistics a spec asks for: lse and max of row (b, h, qi).
__device__ __forceinline__ void store_stats(const attc_cuda_params &L,
                                            int64_t b, int64_t h, int64_t qi,
                                            float lse, float mi) {
  if (L.lse.data)
    static_cast<float *>(
        L.lse.data)[b * L.lse.strides[0] + h * L.lse.strides[1] +
                    qi * L.lse.strides[2]] = lse;
  if (L.max.data)
    static_cast<float *>(
        L.max.data)[b * L.max.strides[0] + h * L.max.strides[1] +
                    qi * L.max.strides[2]] = mi;
}

// Finalize, epilogue and stores of a warp's 16 rows (query qw on), per row
// slot, from its O accumulators and row statistics. Under split-KV the
// block's partial state goes to the workspace instead (attc_cuda_abi.h's
// layout), for merge_splits.
template <class Pol, class V, int NO>
__device__ __forceinline__ void
store_rows(const attc_cuda_params &L, const float (&o)[NO],
           const float (&m)[Pol::kRows], const float (&l)[Pol::kRows],
           const float (&mx)[Pol::kRows], int64_t b, int64_t h, int64_t hk,
           int64_t qw, int lane) {
  using T = typename V::elem_t;
  using Norm = typename V::Norm;
  constexpr int NR = Pol::kRows;
  constexpr bool kSoftmax = Norm::kRowStats;
  T *ob = static_cast<T *>(L.o.data) + b * L.o.strides[0] + h * L.o.strides[1];
  const int splits = L.kv_splits;
  const int64_t rows = L.B * L.Hq * L.Lq;
#pragma unroll
  for (int r = 0; r < NR; ++r) {
    const int64_t qi = qw + Pol::slot_row(lane, r);
    const float lr = Pol::row_sum(l[r]), mr = Pol::row_max(mx[r]);
    if (qi >= L.Lq)
      continue;
    const float mi = kSoftmax ? m[r] * kLn2 : mr; // -inf stays -inf
    if (splits > 1) {
      const int64_t row =
          Pol::block_x() % splits * rows + (b * L.Hq + h) * L.Lq + qi;
      float *wo = L.workspace + row * L.Dv;
#pragma unroll
      for (int e = 0; e < NO; ++e) {
        const int64_t c = Pol::o_col(lane, e);
        if (Pol::o_slot(e) == r && c < L.Dv)
          wo[c] = o[e];
      }
      if (Pol::row_leader(lane)) {
        float *st = L.workspace + splits * rows * L.Dv + 2 * row;
        st[0] = mi;
        st[1] = lr;
      }
      continue;
    }
    const norm::Final fin = Norm::template finalize<V::kHasNormParam>(
        mi, lr, V::sink(L, b, h, hk, qi));
    T *orow = ob + qi * L.o.strides[2];
#pragma unroll
    for (int e = 0; e < NO; ++e) {
      if (Pol::o_slot(e) != r)
        continue;
      const int64_t c = Pol::o_col(lane, e);
      if (c < L.Dv)
        store_o<V>(L, orow, o[e] * fin.inv, b, h, hk, qi, c);
    }
    if (Pol::row_leader(lane))
      store_stats(L, b, h, qi, fin.lse, mi);
  }
}

// The block's query tile [q0, q1) and key tiles [k_begin, k_end): grid x
// runs over query tiles x splits (the split fastest), heavy (late) query
// tiles first, as under causal-like masks they have the most key tiles.
// Under split-KV (L.kv_splits > 1) a block takes its share of whole key
// tiles of the rows' range.
template <class Pol, class V, int TQ, int TK>
__device__ __forceinline__ void block_tiles(const attc_cuda_params &L,
                                            int64_t &q0, int64_t &q1,
                                            int64_t &k_begin, int64_t &k_end) {
  const int splits = L.kv_splits > 1 ? L.kv_splits : 1;
  const int x = Pol::block_x();
  q0 = (int64_t(Pol::blocks_x() / splits) - 1 - x / splits) * TQ;
  q1 = L.Lq < q0 + TQ ? L.Lq : q0 + TQ;
  key_tiles<V, TK>(L, q0, q1, k_begin, k_end);
  if (splits > 1) {
    const int64_t tiles = (k_end - k_begin + TK - 1) / TK;
    const int64_t per = (tiles + splits - 1) / splits;
    const int64_t lo = k_begin + x % splits * per * TK, hi = lo + per * TK;
    k_begin = lo < k_end ? lo : k_end;
    k_end = hi < k_end ? hi : k_end;
  }
}

// The merge kernel of split-KV: o, lse and max of every row from the
// splits' partial states (the normalizer's merge: the LSE rule for
// softmax, sums for elementwise normalizers), then finalize (a sink joins
// once, here) and the epilogue. One thread per (row, value column), NT
// threads per block, any grid.
template <class Pol, class V, int NT>
__device__ __forceinline__ void merge_splits(const attc_cuda_params &L) {
  using T = typename V::elem_t;
  using Norm = typename V::Norm;
  const int64_t splits = L.kv_splits, rows = L.B * L.Hq * L.Lq;
  const float *st = L.workspace + splits * rows * L.Dv;
  const int64_t G = L.Hq / L.Hkv;
  for (int64_t i = int64_t(Pol::block_x()) * NT + Pol::thread();
       i < rows * L.Dv; i += int64_t(Pol::blocks_x()) * NT) {
    const int64_t row = i / L.Dv, c = i % L.Dv;
    float m = -inf(), l = 0.0f, acc = 0.0f;
    for (int64_t s = 0; s < splits; ++s) {
      const int64_t sr = s * rows + row;
      Norm::merge(m, l, &acc, st[2 * sr], st[2 * sr + 1],
                  L.workspace + sr * L.Dv + c, 1);
    }
    const int64_t qi = row % L.Lq, h = row / L.Lq % L.Hq, b = row / L.Lq / L.Hq;
    const norm::Final fin = Norm::template finalize<V::kHasNormParam>(
        m, l, V::sink(L, b, h, h / G, qi));
    T *orow = static_cast<T *>(L.o.data) + b * L.o.strides[0] +
              h * L.o.strides[1] + qi * L.o.strides[2];
    store_o<V>(L, orow, acc * fin.inv, b, h, h / G, qi, c);
    if (c == 0)
      store_stats(L, b, h, qi, fin.lse, m);
  }
}

// The block-map kernel of a data-dependent mask: fills the device block
// map at L.block_map (attc_interval.h: M::kTables TileBounds, then their
// cells) for a kernel of TQ x TK tiles. Cells are spread over all threads
// of the grid (NT per block); one thread writes the headers.
template <class Pol, class M, int TQ, int TK, int NT>
__device__ __forceinline__ void build_block_map(const attc_cuda_params &L) {
  char *base = static_cast<char *>(const_cast<void *>(L.block_map));
  const int64_t first = int64_t(Pol::block_x()) * NT + Pol::thread(),
                step = int64_t(Pol::blocks_x()) * NT;
  int64_t offset = iv::map_header_bytes(M::kTables);
#pragma unroll
  for (int i = 0; i < M::kTables; ++i) {
    const iv::MapTable t = M::table(i);
    iv::TileBounds tb;
    const int64_t cells = iv::map_cells(L, t, TQ, TK, tb);
    if (cells) {
      tb.lo = reinterpret_cast<int64_t *>(base + offset);
      tb.hi = tb.lo + cells;
    }
    if (first == 0)
      reinterpret_cast<iv::TileBounds *>(base)[i] = tb;
    for (int64_t c = first; c < cells; c += step)
      tb.fill(L.inputs[t.input], c);
    offset += 2 * int64_t(sizeof(int64_t)) * cells;
  }
}

template <class Pol, class V, int TQ, int TK, int HPT, int KD, int KDV,
          int STAGES>
__device__ __forceinline__ void attention(const attc_cuda_params &L,
                                          char *smem) {
  using T = typename V::elem_t;
  using C = typename mma_type<T>::type;
  using Norm = typename V::Norm;
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
  int64_t q0, q1, k_begin, k_end;
  block_tiles<Pol, V, TQ, TK>(L, q0, q1, k_begin, k_end);
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

  auto next_tile = [&](int64_t k0) {
    return next_key_tile<V, TK, HPT>(L, b, h0, q0, q1, k0, k_end);
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
  float o[NO], m[NR], l[NR], mx[NR];
  init_rows(o, m, l, mx);
  const float qk_scale = logit_scale<V>(L);
  const bool track_max = !kSoftmax && L.max.data != nullptr;

  for (int it = 0;; ++it) {
    const int s = it % STAGES;
    const int64_t k0 = ring[0];
    if (k0 >= k_end)
      break;
#ifdef ATTC_HIP_EMULATION
    if (tid == 0) // the emulator's count of loaded tiles (its stats)
      ++hipemu::tiles_loaded();
#endif
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

      float alpha[NR];
      score_tile<Pol, V, TK>(L, sc, m, l, mx, alpha, cls, b, h, hk, qw, k0,
                             lane, qk_scale, track_max);
      rescale<Pol, V>(o, alpha);

      // O += P V, P straight from S's accumulators.
      Pol::template pv<C, TK, KDV>(o, sc, Smem::v(smem, s), lane);
    }
    // The stage is refilled by the next iteration's prefetch.
    Pol::barrier();
  }
  Pol::template wait<0>(); // nothing may land after the block exits

  store_rows<Pol, V>(L, o, m, l, mx, b, h, hk, qw, lane);
}

} // namespace gpu
} // namespace attc

#endif // ATTC_GPU_ATTENTION_H
