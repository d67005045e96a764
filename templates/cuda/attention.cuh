//===- attention.cuh - FlashAttention-2-style CUDA forward skeleton -------===//
//
// attc::cuda::attention<V, TQ, TK, HPT, KD, KDV, STAGES>(params, smem): one
// thread block computes TQ queries of HPT query heads that share one kv head
// (GQA heads packed: each K/V tile in shared memory serves them all) of one
// batch, against the key tiles the variant's sparsity hooks leave. Tensor
// cores through mma.sync m16n8k16 (f16 or bf16 in, f32 accumulate, sm_80+):
// S = Q K^T and O += P V, operands from shared memory via ldmatrix, the K/V
// tiles in a STAGES-deep cp.async ring. Each warp owns 16 query rows; the
// online softmax runs in registers through the variant's Norm::Online over
// a float policy in the log2 domain (ex2.approx, log2(e) folded into the
// scale when the score is the raw logit).
//
// Requires attc_portability.h, attc_abi.h, attc_types.h, attc_normalize.h,
// attc_variant.h, attc_cuda_abi.h and attc_mma_layout.h first; compiled by
// nvcc or NVRTC.
// The lane index math is in attc_mma_layout.h, tested on the host.
//
// Launch ABI (attc_cuda_abi.h, docs/cuda-launch-abi.md; what a host runtime
// computes from the kernel's constants and the dims):
//   kernel param  one attc_cuda_params by value (device pointers)
//   grid          (ceil(Lq / TQ), Hq / HPT, B); Hq / Hkv must be a multiple
//                 of HPT
//   block         HPT * TQ / 16 warps: smem_bytes<...>() / threads<...>()
//   dynamic smem  smem_bytes<TQ, TK, HPT, KD, KDV, STAGES>(); above 48 KiB
//                 it needs cudaFuncAttributeMaxDynamicSharedMemorySize
//   dims          D <= KD, Dv <= KDV (KD, KDV multiples of 16, fixed per
//                 kernel); B, Lq, Lk and the strides are free per launch
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_CUDA_ATTENTION_CUH
#define ATTC_CUDA_ATTENTION_CUH

namespace attc {
namespace cuda {

// The formulas live in attc_cuda_abi.h, where host runtimes read them.
template <int TQ, int HPT> ATTC_HD constexpr int threads() {
  return attc_cuda_threads(TQ, HPT);
}

constexpr int kPad = ATTC_CUDA_SMEM_PAD;

template <int TQ, int TK, int HPT, int KD, int KDV, int STAGES>
ATTC_HD constexpr int smem_bytes() {
  return attc_cuda_smem_bytes(TQ, TK, HPT, KD, KDV, STAGES);
}

namespace detail {

constexpr float kLog2e = 1.4426950408889634f, kLn2 = 0.6931471805599453f;

// The tensor-core operand type: f16 specs stay f16; bf16 specs, and f32
// specs (converted on load: bf16 keeps f32's range), run in bf16.
template <class T> struct mma_type { using type = bf16; };
template <> struct mma_type<f16> { using type = f16; };

__device__ __forceinline__ uint32_t smem_addr(const void *p) {
  return static_cast<uint32_t>(__cvta_generic_to_shared(p));
}

__device__ __forceinline__ void ldsm_x4(uint32_t (&r)[4], uint32_t addr) {
  asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, "
               "[%4];\n"
               : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
               : "r"(addr));
}
__device__ __forceinline__ void ldsm_x4_t(uint32_t (&r)[4], uint32_t addr) {
  asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, "
               "%3}, [%4];\n"
               : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
               : "r"(addr));
}

// c += a b for one m16n8k16 tile (row-major A, column-major B).
template <class C>
__device__ __forceinline__ void mma(float (&c)[4], const uint32_t (&a)[4],
                                    uint32_t b0, uint32_t b1) {
  if constexpr (std::is_same<C, f16>::value)
    asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, "
                 "%2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%0, %1, %2, %3};\n"
                 : "+f"(c[0]), "+f"(c[1]), "+f"(c[2]), "+f"(c[3])
                 : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b0),
                   "r"(b1));
  else
    asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {%0, "
                 "%1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%0, %1, %2, "
                 "%3};\n"
                 : "+f"(c[0]), "+f"(c[1]), "+f"(c[2]), "+f"(c[3])
                 : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b0),
                   "r"(b1));
}

// Two floats as one register of the operand type, `lo` in the low half
// (the lower column of an mma fragment).
template <class C>
__device__ __forceinline__ uint32_t pack(float lo, float hi) {
  uint32_t r;
  if constexpr (std::is_same<C, f16>::value)
    asm("cvt.rn.f16x2.f32 %0, %1, %2;\n" : "=r"(r) : "f"(hi), "f"(lo));
  else
    asm("cvt.rn.bf16x2.f32 %0, %1, %2;\n" : "=r"(r) : "f"(hi), "f"(lo));
  return r;
}

// 16 bytes from global to shared memory, bypassing L1; `bytes` = 0 fills
// the destination with zeros and reads nothing.
__device__ __forceinline__ void cp_async16(uint32_t dst, const void *src,
                                           uint32_t bytes) {
  asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;\n" ::"r"(dst),
               "l"(src), "r"(bytes));
}
__device__ __forceinline__ void cp_async_commit() {
  asm volatile("cp.async.commit_group;\n" ::);
}
template <int N> __device__ __forceinline__ void cp_async_wait() {
  asm volatile("cp.async.wait_group %0;\n" ::"n"(N));
}

__device__ __forceinline__ float ex2(float x) {
  float y;
  asm("ex2.approx.ftz.f32 %0, %1;\n" : "=f"(y) : "f"(x));
  return y;
}

// The value policy of Norm::Online: one float per row, scores in the log2
// domain, so exp_neg is a single ex2 (exp2(-inf) = 0).
struct Log2Ops {
  using value = float;
  __device__ __forceinline__ static float max(float a, float b) {
    return a > b ? a : b;
  }
  __device__ __forceinline__ static float exp_neg(float x) { return ex2(x); }
  __device__ __forceinline__ static float zero_if_ninf(float x) {
    return x == -inf() ? 0.0f : x;
  }
};

// Whether a [rows x cols] view can be copied with 16-byte cp.async chunks:
// 16-bit storage, unit column stride, 16-byte aligned rows and a column
// count that is a whole number of chunks.
template <class T>
__device__ __forceinline__ bool chunked(const attc_tensor &t, int64_t cols) {
  if constexpr (sizeof(T) != 2)
    return false;
  else
    return t.strides[3] == 1 && t.strides[2] % 8 == 0 &&
           t.strides[1] % 8 == 0 && t.strides[0] % 8 == 0 && cols % 8 == 0 &&
           (reinterpret_cast<uintptr_t>(t.data) & 15) == 0;
}

// Copies rows [0, rows) x cols [0, cols) of `src` (row stride rs, column
// stride cs, in elements) into an NR x NC tile of operand type C at `dst`
// (row pitch NC + kPad), zero elsewhere. The chunked path is asynchronous
// (part of the caller's cp.async group); the other converts through
// registers (f32 specs, odd strides) and is visible after a barrier.
template <class T, class C, int NR, int NC, int NT>
__device__ __forceinline__ void load_tile(C *dst, const T *src, int64_t rs,
                                          int64_t cs, int64_t rows,
                                          int64_t cols, bool fast) {
  constexpr int kPitch = NC + kPad;
  if (fast) {
    constexpr int kChunks = NR * NC / 8;
    for (int i = threadIdx.x; i < kChunks; i += NT) {
      const int r = i / (NC / 8), c = i % (NC / 8) * 8;
      const bool in = r < rows && c < cols;
      cp_async16(smem_addr(dst + r * kPitch + c), in ? src + r * rs + c : src,
                 in ? 16u : 0u);
    }
  } else {
    for (int i = threadIdx.x; i < NR * NC; i += NT) {
      const int r = i / NC, c = i % NC;
      const float x =
          r < rows && c < cols ? to_float(src[r * rs + c * cs]) : 0.0f;
      dst[r * kPitch + c] = from_float<C>(x);
    }
  }
}

} // namespace detail

template <class V, int TQ, int TK, int HPT, int KD, int KDV, int STAGES>
__device__ __forceinline__ void attention(const attc_cuda_params &L,
                                          char *smem) {
  using namespace detail;
  using T = typename V::elem_t;
  using C = typename mma_type<T>::type;
  using Norm = typename V::Norm;
  using P = attc_cuda_params;
  static_assert(TQ % 16 == 0, "a warp owns 16 query rows of one head");
  static_assert(TK % 16 == 0 && KD % 16 == 0 && KDV % 16 == 0,
                "tiles are whole mma k-steps");
  static_assert(STAGES >= 2, "the K/V ring needs two stages to overlap");
  constexpr int NT = threads<TQ, HPT>(), R = HPT * TQ;
  constexpr int QP = KD + kPad, VP = KDV + kPad; // row pitches
  constexpr bool kSoftmax = Norm::kRowStats;

  C *sq = reinterpret_cast<C *>(smem);
  C *sk = sq + R * QP;           // STAGES x TK x QP
  C *sv = sk + STAGES * TK * QP; // STAGES x TK x VP

  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
  // Heavy (late) query tiles first: under causal-like masks they have the
  // most key tiles.
  const int64_t q0 = (int64_t(gridDim.x) - 1 - blockIdx.x) * TQ;
  const int64_t q1 = L.Lq < q0 + TQ ? L.Lq : q0 + TQ;
  const int64_t b = blockIdx.z, G = L.Hq / L.Hkv;
  const int64_t h0 = int64_t(blockIdx.y) * HPT; // first head of the block
  const int64_t hk = h0 / G;
  // This warp's head and first query.
  const int64_t h = h0 + warp * 16 / TQ;
  const int64_t qw = q0 + warp * 16 % TQ;

  // Q tiles of the HPT heads, then the first K/V stages.
  const T *qb = static_cast<const T *>(L.q.data) + b * L.q.strides[0];
  const bool q_fast = chunked<T>(L.q, L.D);
  for (int g = 0; g < HPT; ++g)
    load_tile<T, C, TQ, KD, NT>(
        sq + g * TQ * QP, qb + (h0 + g) * L.q.strides[1] + q0 * L.q.strides[2],
        L.q.strides[2], L.q.strides[3], q1 - q0, L.D, q_fast);

  const T *kb = static_cast<const T *>(L.k.data) + b * L.k.strides[0] +
                hk * L.k.strides[1];
  const T *vb = static_cast<const T *>(L.v.data) + b * L.v.strides[0] +
                hk * L.v.strides[1];
  const bool k_fast = chunked<T>(L.k, L.D), v_fast = chunked<T>(L.v, L.Dv);

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
  auto load_kv = [&](int stage, int64_t k0) {
    const int64_t nk = L.Lk - k0 < TK ? L.Lk - k0 : TK;
    load_tile<T, C, TK, KD, NT>(sk + stage * TK * QP, kb + k0 * L.k.strides[2],
                                L.k.strides[2], L.k.strides[3], nk, L.D,
                                k_fast);
    load_tile<T, C, TK, KDV, NT>(sv + stage * TK * VP, vb + k0 * L.v.strides[2],
                                 L.v.strides[2], L.v.strides[3], nk, L.Dv,
                                 v_fast);
  };

  // The ring: `ring` holds, oldest first, the starts of the tiles loaded
  // into stages it, it + 1, ... and not yet used (k_end: none). Every slot
  // commits one group, empty or not, so wait_group<STAGES - 1> after the
  // next commit always means "the current stage has landed". (A shift
  // register, not an array indexed by stage: it stays in registers.)
  int64_t ring[STAGES - 1];
  int64_t pf = next_tile(k_begin);
#pragma unroll
  for (int s = 0; s < STAGES - 1; ++s) {
    ring[s] = pf;
    if (pf < k_end) {
      load_kv(s, pf);
      pf = next_tile(pf + TK);
    }
    cp_async_commit();
  }

  // Per lane: two rows of the warp's 16 (r = 0, 1: acc_elem rows); O in
  // mma accumulator layout, one 16 x 8 tile per 8 value columns.
  float o[KDV / 8][4];
  for (int n = 0; n < KDV / 8; ++n)
    o[n][0] = o[n][1] = o[n][2] = o[n][3] = 0.0f;
  float m[2] = {-inf(), -inf()}, l[2] = {0.0f, 0.0f}, mx[2] = {-inf(), -inf()};
  const float scale = V::scale(L);
  // The raw logit needs no natural-log value: fold log2(e) into the scale.
  const float qk_scale = kSoftmax && !V::kHasScore ? scale * kLog2e : scale;
  const bool track_max = !kSoftmax && L.max.data != nullptr;

  const mma::RC al = mma::a_lane(lane), bl = mma::b_lane(lane),
                btl = mma::bt_lane(lane);
  const uint32_t q_lane = smem_addr(sq + (warp * 16 + al.row) * QP + al.col);

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
    cp_async_commit();
    cp_async_wait<STAGES - 1>();
    __syncthreads();

    const int64_t k1 = L.Lk < k0 + TK ? L.Lk : k0 + TK;
    // Classified again for the warp's own 16 rows (finer than the block's:
    // causal diagonals leave most warps a full or empty tile); a warp past
    // Lq computes nothing it would store.
    const int cls = qw < L.Lq
                        ? tile_class<V>(L, b, h, qw,
                                        qw + 16 < L.Lq ? qw + 16 : L.Lq, k0, k1)
                        : int(kTileEmpty);
    if (cls != kTileEmpty) { // warp-uniform: one head per warp
      // S = Q K^T: K rows are keys, d contiguous = mma's column-major B.
      float sc[TK / 8][4];
      for (int j = 0; j < TK / 8; ++j)
        sc[j][0] = sc[j][1] = sc[j][2] = sc[j][3] = 0.0f;
      const C *kt = sk + s * TK * QP;
#pragma unroll
      for (int kk = 0; kk < KD / 16; ++kk) {
        uint32_t a[4];
        ldsm_x4(a, q_lane + kk * 32);
#pragma unroll
        for (int j = 0; j < TK / 16; ++j) {
          uint32_t bf[4];
          ldsm_x4(bf,
                  smem_addr(kt + (j * 16 + bl.row) * QP + kk * 16 + bl.col));
          mma<C>(sc[2 * j], a, bf[0], bf[1]);
          mma<C>(sc[2 * j + 1], a, bf[2], bf[3]);
        }
      }

      // Scores, masks and weights; masks only on partial tiles and on the
      // last tile's keys past Lk.
      const bool masked = V::kHasMask && cls != kTileFull;
      const bool ragged = k0 + TK > L.Lk;
      float tile_max[2] = {-inf(), -inf()};
#pragma unroll
      for (int j = 0; j < TK / 8; ++j)
#pragma unroll
        for (int e = 0; e < 4; ++e) {
          const int r = e / 2;
          const mma::RC at = mma::acc_elem(lane, e);
          const int64_t qi = qw + at.row, ki = k0 + j * 8 + at.col;
          float x = sc[j][e] * qk_scale;
          if constexpr (V::kHasScore)
            x = V::score(L, x, b, h, hk, qi, ki);
          const bool keep = !(ragged && ki >= L.Lk) &&
                            !(masked && !V::mask(L, b, h, hk, qi, ki));
          if constexpr (kSoftmax) {
            x = keep ? (V::kHasScore ? x * kLog2e : x) : -inf();
            tile_max[r] = Log2Ops::max(tile_max[r], x);
          } else {
            if (track_max && keep && x > mx[r])
              mx[r] = x;
            x = keep ? Norm::weight(x, V::norm_param(L, b, h, hk, qi, ki))
                     : 0.0f;
          }
          sc[j][e] = x;
        }

      if constexpr (kSoftmax) {
        using Online = typename Norm::template Online<Log2Ops>;
#pragma unroll
        for (int r = 0; r < 2; ++r) {
          // A row lives in the 4 lanes of a quad.
          float t = tile_max[r];
          t = Log2Ops::max(t, __shfl_xor_sync(0xffffffffu, t, 1));
          t = Log2Ops::max(t, __shfl_xor_sync(0xffffffffu, t, 2));
          float mn;
          const float off = Online::begin_tile(m[r], t, mn);
          float sum = 0.0f;
#pragma unroll
          for (int j = 0; j < TK / 8; ++j)
#pragma unroll
            for (int e = 2 * r; e < 2 * r + 2; ++e) {
              sc[j][e] = Online::weight(sc[j][e], off);
              sum += sc[j][e];
            }
          // l stays a per-lane partial sum (alpha is the same in the quad);
          // the quad adds its parts at the end.
          const float alpha = Online::end_tile(m[r], l[r], mn, off, sum);
#pragma unroll
          for (int n = 0; n < KDV / 8; ++n) {
            o[n][2 * r] *= alpha;
            o[n][2 * r + 1] *= alpha;
          }
        }
      }

      // O += P V: S's accumulators are P's A fragments as they stand; V
      // rows are keys, so ldmatrix.trans gives the column-major B.
      const C *vt = sv + s * TK * VP;
#pragma unroll
      for (int kk = 0; kk < TK / 16; ++kk) {
        const uint32_t a[4] = {pack<C>(sc[2 * kk][0], sc[2 * kk][1]),
                               pack<C>(sc[2 * kk][2], sc[2 * kk][3]),
                               pack<C>(sc[2 * kk + 1][0], sc[2 * kk + 1][1]),
                               pack<C>(sc[2 * kk + 1][2], sc[2 * kk + 1][3])};
#pragma unroll
        for (int j = 0; j < KDV / 16; ++j) {
          uint32_t bf[4];
          ldsm_x4_t(
              bf, smem_addr(vt + (kk * 16 + btl.row) * VP + j * 16 + btl.col));
          mma<C>(o[2 * j], a, bf[0], bf[1]);
          mma<C>(o[2 * j + 1], a, bf[2], bf[3]);
        }
      }
    }
    // The stage is refilled by the next iteration's prefetch.
    __syncthreads();
  }
  cp_async_wait<0>(); // nothing may land after the block exits

  // Finalize, epilogue and stores, one row pair per lane quad.
  T *ob = static_cast<T *>(L.o.data) + b * L.o.strides[0] + h * L.o.strides[1];
#pragma unroll
  for (int r = 0; r < 2; ++r) {
    const int64_t qi = qw + mma::acc_elem(lane, 2 * r).row;
    float lr = l[r], mr = mx[r];
    lr += __shfl_xor_sync(0xffffffffu, lr, 1);
    lr += __shfl_xor_sync(0xffffffffu, lr, 2);
    mr = Log2Ops::max(mr, __shfl_xor_sync(0xffffffffu, mr, 1));
    mr = Log2Ops::max(mr, __shfl_xor_sync(0xffffffffu, mr, 2));
    if (qi >= L.Lq)
      continue;
    const float mi = kSoftmax ? m[r] * kLn2 : mr; // -inf stays -inf
    const norm::Final fin = Norm::template finalize<V::kHasNormParam>(
        mi, lr, V::sink(L, b, h, hk, qi));
    T *orow = ob + qi * L.o.strides[2];
#pragma unroll
    for (int n = 0; n < KDV / 8; ++n)
#pragma unroll
      for (int e = 0; e < 2; ++e) {
        const int64_t c = n * 8 + mma::acc_elem(lane, e).col;
        if (c >= L.Dv)
          continue;
        float val = o[n][2 * r + e] * fin.inv;
        if constexpr (V::kHasEpilogue)
          val = V::epilogue(L, val, b, h, hk, qi, c);
        orow[c * L.o.strides[3]] = from_float<T>(val);
      }
    if (lane % 4 == 0) { // one lane of the row's quad
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

} // namespace cuda
} // namespace attc

#endif // ATTC_CUDA_ATTENTION_CUH
