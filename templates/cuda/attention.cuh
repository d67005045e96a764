//===- attention.cuh - the tensor-core policy of the CUDA forward ---------===//
//
// attc::cuda::attention<V, TQ, TK, HPT, KD, KDV, STAGES>(params, smem): the
// shared GPU skeleton (attc_gpu_attention.h: rows, key tiles, tile classes,
// the K/V ring, hooks, online softmax, finalize and stores) over the
// tensor-core policy below. Tensor cores through mma.sync m16n8k16 (f16 or
// bf16 in, f32 accumulate, sm_80+): S = Q K^T and O += P V, operands from
// shared memory via ldmatrix, the K/V tiles in a STAGES-deep cp.async ring.
// Each warp owns 16 query rows (two per lane); a row lives in the 4 lanes
// of a quad. Scores run in the log2 domain (ex2.approx, log2(e) folded into
// the scale when the score is the raw logit).
//
// Requires attc_portability.h, attc_abi.h, attc_types.h, attc_normalize.h,
// attc_variant.h, attc_cuda_abi.h, attc_mma_layout.h and
// attc_gpu_attention.h first; compiled by nvcc or NVRTC.
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

// c[0..3] += a b for one m16n8k16 tile (row-major A, column-major B).
template <class C>
__device__ __forceinline__ void mma(float *c, const uint32_t (&a)[4],
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

// The tensor-core policy of attc_gpu_attention.h. S and O are n8 tiles of
// m16n8k16 accumulators, 4 floats per lane each: element e is float e % 4
// of tile e / 4.
struct MmaPolicy {
  static constexpr int kWarp = 32, kRows = 2;
  __device__ static constexpr int s_elems(int tk) { return tk / 8 * 4; }
  __device__ static constexpr int o_elems(int kdv) { return kdv / 8 * 4; }
  __device__ static constexpr int s_slot(int e) { return e % 4 / 2; }
  __device__ static constexpr int s_row(int lane, int e) {
    return mma::acc_elem(lane, e % 4).row;
  }
  __device__ static constexpr int s_col(int lane, int e) {
    return e / 4 * 8 + mma::acc_elem(lane, e % 4).col;
  }
  __device__ static constexpr int o_slot(int e) { return e % 4 / 2; }
  __device__ static constexpr int o_col(int lane, int e) {
    return s_col(lane, e);
  }
  __device__ static constexpr int slot_row(int lane, int r) {
    return mma::acc_elem(lane, 2 * r).row;
  }
  // A row lives in the 4 lanes of a quad.
  __device__ __forceinline__ static float row_max(float t) {
    using M = gpu::Log2Ops<MmaPolicy>;
    t = M::max(t, __shfl_xor_sync(0xffffffffu, t, 1));
    return M::max(t, __shfl_xor_sync(0xffffffffu, t, 2));
  }
  __device__ __forceinline__ static float row_sum(float t) {
    t += __shfl_xor_sync(0xffffffffu, t, 1);
    return t + __shfl_xor_sync(0xffffffffu, t, 2);
  }
  __device__ static constexpr bool row_leader(int lane) {
    return lane % 4 == 0;
  }
  __device__ __forceinline__ static float ex2(float x) {
    return detail::ex2(x);
  }

  __device__ __forceinline__ static int thread() { return threadIdx.x; }
  __device__ __forceinline__ static int block_x() { return blockIdx.x; }
  __device__ __forceinline__ static int block_y() { return blockIdx.y; }
  __device__ __forceinline__ static int block_z() { return blockIdx.z; }
  __device__ __forceinline__ static int blocks_x() { return gridDim.x; }
  __device__ __forceinline__ static void barrier() { __syncthreads(); }
  __device__ __forceinline__ static void commit() {
    detail::cp_async_commit();
  }
  template <int N> __device__ __forceinline__ static void wait() {
    detail::cp_async_wait<N>();
  }

  // Q of the block's heads, then STAGES K and V tiles (attc_cuda_abi.h).
  template <class C, int TQ, int TK, int HPT, int KD, int KDV, int STAGES>
  struct Smem {
    static constexpr int kQ = HPT * TQ * (KD + kPad),
                         kK = TK * (KD + kPad), kV = TK * (KDV + kPad);
    __device__ __forceinline__ static C *k(char *smem, int stage) {
      return reinterpret_cast<C *>(smem) + kQ + stage * kK;
    }
    __device__ __forceinline__ static C *v(char *smem, int stage) {
      return reinterpret_cast<C *>(smem) + kQ + STAGES * kK + stage * kV;
    }
  };
  template <class T>
  __device__ __forceinline__ static bool chunked(const attc_tensor &t,
                                                 int64_t cols) {
    return detail::chunked<T>(t, cols);
  }
  template <class T, class C, int NR, int NC, int NT>
  __device__ __forceinline__ static void
  load_tile(C *dst, const T *src, int64_t rs, int64_t cs, int64_t rows,
            int64_t cols, bool fast) {
    detail::load_tile<T, C, NR, NC, NT>(dst, src, rs, cs, rows, cols, fast);
  }

  // Q stays in shared memory; a lane keeps its ldmatrix address there.
  template <class C, int KD> using Q = uint32_t;
  template <class T, class C, int TQ, int HPT, int KD, int NT>
  __device__ __forceinline__ static uint32_t
  load_q(char *smem, const attc_cuda_params &L, int64_t b, int64_t h0,
         int64_t q0, int64_t q1, int warp, int lane) {
    constexpr int QP = KD + kPad;
    C *sq = reinterpret_cast<C *>(smem);
    const T *qb = static_cast<const T *>(L.q.data) + b * L.q.strides[0];
    const bool fast = detail::chunked<T>(L.q, L.D);
    for (int g = 0; g < HPT; ++g)
      detail::load_tile<T, C, TQ, KD, NT>(
          sq + g * TQ * QP,
          qb + (h0 + g) * L.q.strides[1] + q0 * L.q.strides[2],
          L.q.strides[2], L.q.strides[3], q1 - q0, L.D, fast);
    const mma::RC al = mma::a_lane(lane);
    return detail::smem_addr(sq + (warp * 16 + al.row) * QP + al.col);
  }

  // S = Q K^T: K rows are keys, d contiguous = mma's column-major B.
  template <class C, int TK, int KD>
  __device__ __forceinline__ static void qk(float *sc, uint32_t q_lane,
                                            const C *kt, int lane) {
    constexpr int QP = KD + kPad;
    const mma::RC bl = mma::b_lane(lane);
#pragma unroll
    for (int e = 0; e < s_elems(TK); ++e)
      sc[e] = 0.0f;
#pragma unroll
    for (int kk = 0; kk < KD / 16; ++kk) {
      uint32_t a[4];
      detail::ldsm_x4(a, q_lane + kk * 32);
#pragma unroll
      for (int j = 0; j < TK / 16; ++j) {
        uint32_t bf[4];
        detail::ldsm_x4(bf, detail::smem_addr(kt + (j * 16 + bl.row) * QP +
                                              kk * 16 + bl.col));
        detail::mma<C>(sc + 8 * j, a, bf[0], bf[1]);
        detail::mma<C>(sc + 8 * j + 4, a, bf[2], bf[3]);
      }
    }
  }

  // O += P V: S's accumulators are P's A fragments as they stand; V rows
  // are keys, so ldmatrix.trans gives the column-major B.
  template <class C, int TK, int KDV>
  __device__ __forceinline__ static void pv(float *o, const float *sc,
                                            const C *vt, int lane) {
    constexpr int VP = KDV + kPad;
    const mma::RC btl = mma::bt_lane(lane);
#pragma unroll
    for (int kk = 0; kk < TK / 16; ++kk) {
      const float *p = sc + 8 * kk;
      const uint32_t a[4] = {
          detail::pack<C>(p[0], p[1]), detail::pack<C>(p[2], p[3]),
          detail::pack<C>(p[4], p[5]), detail::pack<C>(p[6], p[7])};
#pragma unroll
      for (int j = 0; j < KDV / 16; ++j) {
        uint32_t bf[4];
        detail::ldsm_x4_t(bf, detail::smem_addr(vt + (kk * 16 + btl.row) * VP +
                                                j * 16 + btl.col));
        detail::mma<C>(o + 8 * j, a, bf[0], bf[1]);
        detail::mma<C>(o + 8 * j + 4, a, bf[2], bf[3]);
      }
    }
  }
};

template <class V, int TQ, int TK, int HPT, int KD, int KDV, int STAGES>
__device__ __forceinline__ void attention(const attc_cuda_params &L,
                                          char *smem) {
  using S = MmaPolicy::Smem<f16, TQ, TK, HPT, KD, KDV, STAGES>;
  static_assert(threads<TQ, HPT>() == HPT * TQ / 16 * MmaPolicy::kWarp &&
                    smem_bytes<TQ, TK, HPT, KD, KDV, STAGES>() ==
                        2 * (S::kQ + STAGES * (S::kK + S::kV)),
                "the launch ABI's formulas are the skeleton's");
  gpu::attention<MmaPolicy, V, TQ, TK, HPT, KD, KDV, STAGES>(L, smem);
}

} // namespace cuda
} // namespace attc

#endif // ATTC_CUDA_ATTENTION_CUH
