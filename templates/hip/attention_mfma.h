//===- attention_mfma.h - the matrix-core policy of the HIP forward -------===//
//
// attc::hip::attention<V, TQ, TK, HPT, KD, KDV, STAGES>(params, lds): the
// shared GPU skeleton (attc_gpu_attention.h) over MFMA 16x16x16 (f16, or
// bf16_1k; f32 accumulate) on gfx90a and gfx942. Each 64-lane wave owns 16
// query rows. The products run transposed, so that a lane keeps one query
// column throughout:
//   S^T = K Q^T   A = K from LDS (lane: key l%16, 4 dims at 4 (l/16)),
//                 B = Q^T from registers, loaded once (query l%16);
//                 lane holds S[query l%16][keys 4 (l/16) + i], i < 4
//   O^T += V^T P^T  B = P^T is S^T's accumulator as it stands (P never
//                 leaves registers), A = V^T from LDS; lane holds
//                 O[query l%16][dims 4 (l/16) + i] of each 16-dim block
// A row's statistics are over a lane's own elements and lanes xor 16, 32.
// The K/V ring lives in LDS (ATTC_HIP_LDS_PAD rows; attc_hip_abi.h): the
// next tile's loads go out before this tile's math (gfx9 copies through
// registers, so the ring's overlap is across waves).
//
// Requires attc_hip_portability.h, attc_portability.h, attc_abi.h,
// attc_types.h, attc_normalize.h, attc_variant.h, attc_cuda_abi.h,
// attc_hip_abi.h and attc_gpu_attention.h first; compiled by clang
// (-x hip, no ROCm headers needed) or hipcc.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_HIP_ATTENTION_MFMA_H
#define ATTC_HIP_ATTENTION_MFMA_H

namespace attc {
namespace hip {

template <int TK, int KD, int KDV, int STAGES>
__host__ __device__ constexpr int lds_bytes() {
  return attc_hip_lds_bytes(TK, KD, KDV, STAGES);
}
template <int TQ, int HPT> __host__ __device__ constexpr int threads() {
  return attc_hip_threads(TQ, HPT);
}

namespace detail {
constexpr int kPad = ATTC_HIP_LDS_PAD;

// Four 16-bit operand elements (one lane's share of a 16x16 A or B), and
// the four f32 accumulators of a 16x16 product.
typedef short frag __attribute__((ext_vector_type(4)));
typedef _Float16 half4 __attribute__((ext_vector_type(4)));
typedef float acc4 __attribute__((ext_vector_type(4)));

template <class C> __device__ __forceinline__ uint16_t bits(float x) {
  return from_float<C>(x).bits;
}

// c += a b on the matrix cores.
template <class C>
__device__ __forceinline__ acc4 mfma(frag a, frag b, acc4 c) {
  if constexpr (std::is_same<C, f16>::value)
    return __builtin_amdgcn_mfma_f32_16x16x16f16(
        __builtin_bit_cast(half4, a), __builtin_bit_cast(half4, b), c, 0, 0,
        0);
  else
    return __builtin_amdgcn_mfma_f32_16x16x16bf16_1k(a, b, c, 0, 0, 0);
}

// Whether a [rows x cols] view can be copied in 8-byte chunks: 16-bit
// storage, unit column stride, 8-byte aligned rows, whole chunks per row.
template <class T>
__device__ __forceinline__ bool chunked(const attc_tensor &t, int64_t cols) {
  if constexpr (sizeof(T) != 2)
    return false;
  else
    return t.strides[3] == 1 && t.strides[2] % 4 == 0 &&
           t.strides[1] % 4 == 0 && t.strides[0] % 4 == 0 && cols % 4 == 0 &&
           (reinterpret_cast<uintptr_t>(t.data) & 7) == 0;
}
} // namespace detail

// The matrix-core policy of attc_gpu_attention.h: one row slot per lane;
// element e of S (of O) is accumulator e % 4 of the 16-key (16-dim) block
// e / 4.
struct MfmaPolicy {
  static constexpr int kWarp = kWave, kRows = 1;
  __device__ static constexpr int s_elems(int tk) { return tk / 4; }
  __device__ static constexpr int o_elems(int kdv) { return kdv / 4; }
  __device__ static constexpr int s_slot(int) { return 0; }
  __device__ static constexpr int s_row(int lane, int) { return lane % 16; }
  __device__ static constexpr int s_col(int lane, int e) {
    return e / 4 * 16 + lane / 16 * 4 + e % 4;
  }
  __device__ static constexpr int o_slot(int) { return 0; }
  __device__ static constexpr int o_col(int lane, int e) {
    return s_col(lane, e);
  }
  __device__ static constexpr int slot_row(int lane, int) {
    return lane % 16;
  }
  // A query's lanes: l, l ^ 16, l ^ 32, l ^ 48.
  __device__ __forceinline__ static float row_max(float t) {
    using M = gpu::Log2Ops<MfmaPolicy>;
    t = M::max(t, shfl_xor(t, 16));
    return M::max(t, shfl_xor(t, 32));
  }
  __device__ __forceinline__ static float row_sum(float t) {
    t += shfl_xor(t, 16);
    return t + shfl_xor(t, 32);
  }
  __device__ static constexpr bool row_leader(int lane) { return lane < 16; }
  // v_exp_f32: 2^x, 0 at -inf.
  __device__ __forceinline__ static float ex2(float x) {
    return __builtin_amdgcn_exp2f(x);
  }

  __device__ __forceinline__ static int thread() { return thread_x(); }
  __device__ __forceinline__ static int block_x() { return hip::block_x(); }
  __device__ __forceinline__ static int block_y() { return hip::block_y(); }
  __device__ __forceinline__ static int block_z() { return hip::block_z(); }
  __device__ __forceinline__ static int blocks_x() { return hip::blocks_x(); }
  __device__ __forceinline__ static void barrier() { hip::barrier(); }
  // Copies are synchronous: the barrier after them is the whole wait.
  __device__ __forceinline__ static void commit() {}
  template <int N> __device__ __forceinline__ static void wait() {}

  // STAGES K tiles, then STAGES V tiles.
  template <class C, int TQ, int TK, int HPT, int KD, int KDV, int STAGES>
  struct Smem {
    static constexpr int kK = TK * (KD + detail::kPad),
                         kV = TK * (KDV + detail::kPad);
    __device__ __forceinline__ static C *k(char *lds, int stage) {
      return reinterpret_cast<C *>(lds) + stage * kK;
    }
    __device__ __forceinline__ static C *v(char *lds, int stage) {
      return reinterpret_cast<C *>(lds) + STAGES * kK + stage * kV;
    }
  };
  template <class T>
  __device__ __forceinline__ static bool chunked(const attc_tensor &t,
                                                 int64_t cols) {
    return detail::chunked<T>(t, cols);
  }
  // Rows [0, rows) x cols [0, cols) of `src` (row stride rs, column stride
  // cs) into an NR x NC tile at `dst` (pitch NC + kPad), zero elsewhere.
  template <class T, class C, int NR, int NC, int NT>
  __device__ __forceinline__ static void
  load_tile(C *dst, const T *src, int64_t rs, int64_t cs, int64_t rows,
            int64_t cols, bool fast) {
    constexpr int kPitch = NC + detail::kPad;
    if (fast) {
      for (int i = thread_x(); i < NR * NC / 4; i += NT) {
        const int r = i / (NC / 4), c = i % (NC / 4) * 4;
        const uint64_t x =
            r < rows && c < cols
                ? *reinterpret_cast<const uint64_t *>(src + r * rs + c)
                : 0;
        *reinterpret_cast<uint64_t *>(dst + r * kPitch + c) = x;
      }
    } else {
      for (int i = thread_x(); i < NR * NC; i += NT) {
        const int r = i / NC, c = i % NC;
        const float x =
            r < rows && c < cols ? to_float(src[r * rs + c * cs]) : 0.0f;
        dst[r * kPitch + c] = from_float<C>(x);
      }
    }
  }

  // The wave's Q^T operand per 16-dim step, read once from global memory.
  template <class C, int KD> struct Q {
    detail::frag d[KD / 16];
  };
  template <class T, class C, int TQ, int HPT, int KD, int NT>
  __device__ __forceinline__ static Q<C, KD>
  load_q(char *, const attc_cuda_params &L, int64_t b, int64_t h0,
         int64_t q0, int64_t, int warp, int lane) {
    const int64_t h = h0 + warp * 16 / TQ;
    const int64_t qi = q0 + warp * 16 % TQ + lane % 16;
    const T *row = static_cast<const T *>(L.q.data) + b * L.q.strides[0] +
                   h * L.q.strides[1] + qi * L.q.strides[2];
    Q<C, KD> q;
#pragma unroll
    for (int kk = 0; kk < KD / 16; ++kk)
#pragma unroll
      for (int i = 0; i < 4; ++i) {
        const int64_t d = kk * 16 + lane / 16 * 4 + i;
        const float x =
            qi < L.Lq && d < L.D ? to_float(row[d * L.q.strides[3]]) : 0.0f;
        q.d[kk][i] = short(detail::bits<C>(x));
      }
    return q;
  }

  // S^T = K Q^T per 16-key block.
  template <class C, int TK, int KD>
  __device__ __forceinline__ static void qk(float *sc, const Q<C, KD> &q,
                                            const C *kt, int lane) {
    constexpr int KP = KD + detail::kPad;
#pragma unroll
    for (int j = 0; j < TK / 16; ++j) {
      detail::acc4 c = {0.0f, 0.0f, 0.0f, 0.0f};
      const C *krow = kt + (j * 16 + lane % 16) * KP + lane / 16 * 4;
#pragma unroll
      for (int kk = 0; kk < KD / 16; ++kk)
        c = detail::mfma<C>(
            *reinterpret_cast<const detail::frag *>(krow + kk * 16), q.d[kk],
            c);
#pragma unroll
      for (int i = 0; i < 4; ++i)
        sc[4 * j + i] = c[i];
    }
  }

  // O^T += V^T P^T per 16-dim block; V^T's lane reads 4 keys of one column.
  template <class C, int TK, int KDV>
  __device__ __forceinline__ static void pv(float *o, const float *sc,
                                            const C *vt, int lane) {
    constexpr int VP = KDV + detail::kPad;
#pragma unroll
    for (int kk = 0; kk < TK / 16; ++kk) {
      detail::frag p;
#pragma unroll
      for (int i = 0; i < 4; ++i)
        p[i] = short(detail::bits<C>(sc[4 * kk + i]));
      const C *vcol = vt + (kk * 16 + lane / 16 * 4) * VP + lane % 16;
#pragma unroll
      for (int n = 0; n < KDV / 16; ++n) {
        detail::frag a;
#pragma unroll
        for (int i = 0; i < 4; ++i)
          a[i] = short(vcol[i * VP + n * 16].bits);
        detail::acc4 c = {o[4 * n], o[4 * n + 1], o[4 * n + 2], o[4 * n + 3]};
        c = detail::mfma<C>(a, p, c);
#pragma unroll
        for (int i = 0; i < 4; ++i)
          o[4 * n + i] = c[i];
      }
    }
  }
};

template <class V, int TQ, int TK, int HPT, int KD, int KDV, int STAGES>
__device__ __forceinline__ void attention(const attc_cuda_params &L,
                                          char *lds) {
  using S = MfmaPolicy::Smem<f16, TQ, TK, HPT, KD, KDV, STAGES>;
  static_assert(lds_bytes<TK, KD, KDV, STAGES>() ==
                    2 * STAGES * (S::kK + S::kV),
                "the launch ABI's formula is the skeleton's");
  gpu::attention<MfmaPolicy, V, TQ, TK, HPT, KD, KDV, STAGES>(L, lds);
}

} // namespace hip
} // namespace attc

#endif // ATTC_HIP_ATTENTION_MFMA_H
