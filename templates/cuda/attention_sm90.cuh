//===- attention_sm90.cuh - the Hopper (TMA + wgmma) CUDA forward ---------===//
//
// attc::cuda::sm90::attention<V, TQ, TK, HPT, KD, KDV, STAGES>(params,
// smem), sm_90a only; UNVERIFIED ON HARDWARE (compiled and disassembled,
// never run: a GPU session must check it against the float64 reference).
//
// Warp specialization as FlashAttention-3 describes: warpgroup 0 is the
// producer, one thread of which brings Q and a STAGES-deep ring of K/V
// tiles in with the copy engine (cp.async.bulk.tensor, the tensor maps of
// attc_cuda_tma_params) guarded by mbarriers (full per K and V, empty per
// stage); warpgroups 1..WG are consumers of 64 query rows each that run
// wgmma.mma_async: S = Q K^T with both operands in shared memory, O += P V
// with P from registers and V transposed (tnspB), accumulators in
// registers. Each consumer issues the next tile's Q K^T before this tile's
// P V and does the softmax while both run; two consumers take turns
// (ping-pong, named barriers) to issue, so one's softmax overlaps the
// other's MMAs. setmaxnreg moves registers from the producer to them.
//
// A wgmma accumulator gives each warp of the warpgroup 16 rows in the
// per-lane layout of mma.sync's m16n8 tiles, so the per-element hooks,
// online softmax, finalize and stores are the shared skeleton's
// (attc_gpu_attention.h: score_tile, rescale, store_rows over MmaPolicy's
// lane layout); tile classes are per warpgroup (all four warps issue).
//
// Launch ABI (attc_cuda_abi.h, docs/cuda-launch-abi.md): one
// attc_cuda_tma_params by value; grid as the mma.sync kernels'; block
// attc_cuda_tma_threads(WG), WG = HPT * TQ / 64; dynamic shared memory
// attc_cuda_tma_smem_bytes(TK, WG, KD, KDV, STAGES) (KD, KDV multiples of
// 64); q, k, v contiguous in d with 16-byte aligned strides (the maps).
//
// Requires attention.cuh (and what it requires) first.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_CUDA_ATTENTION_SM90_CUH
#define ATTC_CUDA_ATTENTION_SM90_CUH

namespace attc {
namespace cuda {
namespace sm90 {

// Columns per TMA box and swizzle atom: 128 bytes of 2-byte elements.
constexpr int kBox = 64;

__device__ __forceinline__ void mbar_init(uint32_t bar, int count) {
  asm volatile("mbarrier.init.shared::cta.b64 [%0], %1;\n" ::"r"(bar),
               "r"(count));
}
__device__ __forceinline__ void mbar_expect_tx(uint32_t bar, uint32_t bytes) {
  asm volatile(
      "mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;\n" ::"r"(bar),
      "r"(bytes)
      : "memory");
}
__device__ __forceinline__ void mbar_arrive(uint32_t bar) {
  asm volatile("mbarrier.arrive.shared::cta.b64 _, [%0];\n" ::"r"(bar)
               : "memory");
}
__device__ __forceinline__ void mbar_wait(uint32_t bar, uint32_t parity) {
  uint32_t done;
  do
    asm volatile("{\n.reg .pred p;\n"
                 "mbarrier.try_wait.parity.shared::cta.b64 p, [%1], %2;\n"
                 "selp.u32 %0, 1, 0, p;\n}\n"
                 : "=r"(done)
                 : "r"(bar), "r"(parity)
                 : "memory");
  while (!done);
}

// One box of a 4-d tensor map ({d, row, head, batch}) into shared memory,
// completing on `bar`.
__device__ __forceinline__ void tma_load(uint32_t dst,
                                         const attc_cuda_tensor_map &map,
                                         uint32_t bar, int d, int64_t row,
                                         int64_t head, int64_t batch) {
  asm volatile(
      "cp.async.bulk.tensor.4d.shared::cluster.global.mbarrier::"
      "complete_tx::bytes [%0], [%1, {%2, %3, %4, %5}], [%6];\n" ::"r"(dst),
      "l"(&map), "r"(d), "r"(int(row)), "r"(int(head)), "r"(int(batch)),
      "r"(bar)
      : "memory");
}

// Named barriers of the two consumers' ping-pong (0 is __syncthreads').
template <int ID> __device__ __forceinline__ void bar_sync() {
  asm volatile("bar.sync %0, 256;\n" ::"n"(ID) : "memory");
}
template <int ID> __device__ __forceinline__ void bar_arrive() {
  asm volatile("bar.arrive %0, 256;\n" ::"n"(ID) : "memory");
}

__device__ __forceinline__ void wgmma_fence() {
  asm volatile("wgmma.fence.sync.aligned;\n" ::: "memory");
}
__device__ __forceinline__ void wgmma_commit() {
  asm volatile("wgmma.commit_group.sync.aligned;\n" ::: "memory");
}
template <int N> __device__ __forceinline__ void wgmma_wait() {
  asm volatile("wgmma.wait_group.sync.aligned %0;\n" ::"n"(N) : "memory");
}
// Keeps the compiler from moving accumulator accesses across the asynchronous
// MMAs that own them.
template <int N> __device__ __forceinline__ void fence_regs(float (&r)[N]) {
#pragma unroll
  for (int i = 0; i < N; ++i)
    asm volatile("" : "+f"(r[i])::"memory");
}

#define ATTC_WGMMA_D32                                                         \
  "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, "    \
  "%16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, "     \
  "%30, %31}"
#define ATTC_WGMMA_D32_ARGS(d)                                                 \
  "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]),      \
      "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]),             \
      "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]),         \
      "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]),         \
      "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]),         \
      "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]),         \
      "+f"(d[31])
#define ATTC_WGMMA_SS(T)                                                       \
  asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %34, 0;\n"                    \
               "wgmma.mma_async.sync.aligned.m64n64k16.f32." T "." T           \
               " " ATTC_WGMMA_D32 ", %32, %33, p, 1, 1, 0, 0;\n}\n"            \
               : ATTC_WGMMA_D32_ARGS(d)                                        \
               : "l"(a), "l"(b), "r"(acc))
#define ATTC_WGMMA_RS(T)                                                       \
  asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %37, 0;\n"                    \
               "wgmma.mma_async.sync.aligned.m64n64k16.f32." T "." T           \
               " " ATTC_WGMMA_D32 ", {%32, %33, %34, %35}, %36, p, 1, 1, 1;\n" \
               "}\n"                                                           \
               : ATTC_WGMMA_D32_ARGS(d)                                        \
               : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(b), "r"(acc))

// d (64 x 64, f32) = A B (+ d when acc), A and B K-major in shared memory.
template <class C>
__device__ __forceinline__ void wgmma_ss(float *d, uint64_t a, uint64_t b,
                                         int acc) {
  if constexpr (std::is_same<C, f16>::value)
    ATTC_WGMMA_SS("f16");
  else
    ATTC_WGMMA_SS("bf16");
}
// d += A B, A (64 x 16) from registers, B MN-major in shared memory.
template <class C>
__device__ __forceinline__ void wgmma_rs(float *d, const uint32_t (&a)[4],
                                         uint64_t b, int acc) {
  if constexpr (std::is_same<C, f16>::value)
    ATTC_WGMMA_RS("f16");
  else
    ATTC_WGMMA_RS("bf16");
}
#undef ATTC_WGMMA_SS
#undef ATTC_WGMMA_RS
#undef ATTC_WGMMA_D32_ARGS
#undef ATTC_WGMMA_D32

// Where the block's tiles and barriers are (from a 1 KiB-aligned base):
// Q of each consumer, then the K and V stages, each a run of 64-column
// boxes of rows x 128 bytes.
template <int TK, int WG, int KD, int KDV, int STAGES> struct Smem {
  static constexpr uint32_t kQ = 64 * KD * 2, kK = TK * KD * 2,
                            kV = TK * KDV * 2;
  ATTC_HD static constexpr uint32_t q(int wg) { return wg * kQ; }
  ATTC_HD static constexpr uint32_t k(int s) { return WG * kQ + s * kK; }
  ATTC_HD static constexpr uint32_t v(int s) {
    return WG * kQ + STAGES * kK + s * kV;
  }
  // mbarriers: Q's, then full K, full V and empty of each stage.
  static constexpr uint32_t kBars = WG * kQ + STAGES * (kK + kV);
  ATTC_HD static constexpr uint32_t q_full() { return kBars; }
  ATTC_HD static constexpr uint32_t k_full(int s) { return kBars + 8 + 8 * s; }
  ATTC_HD static constexpr uint32_t v_full(int s) {
    return kBars + 8 + 8 * (STAGES + s);
  }
  ATTC_HD static constexpr uint32_t empty(int s) {
    return kBars + 8 + 8 * (2 * STAGES + s);
  }
};

// S = Q K^T of a consumer's 64 rows: TK / 64 wgmma column blocks, KD / 16
// k-steps (32 bytes apart inside a 64-column box).
template <class C, int TK, int KD, int NS>
__device__ __forceinline__ void qk(float (&sc)[NS], uint32_t q, uint32_t k) {
#pragma unroll
  for (int kk = 0; kk < KD / 16; ++kk) {
    const uint64_t a =
        mma::wgmma_desc_sw128(q + mma::sw128_kmajor(64, 0, kk), 16);
#pragma unroll
    for (int j = 0; j < TK / 64; ++j)
      wgmma_ss<C>(
          sc + 32 * j, a,
          mma::wgmma_desc_sw128(k + mma::sw128_kmajor(TK, 64 * j, kk), 16),
          kk > 0);
  }
}

// O += P V: P (S's accumulators as 16-bit A fragments, the mma.sync
// packing) x V rows of keys, 64-column boxes of dv (MN-major, tnspB).
template <class C, int TK, int KDV, int NO>
__device__ __forceinline__ void pv(float (&o)[NO], const uint32_t (&p)[TK / 4],
                                   uint32_t v) {
#pragma unroll
  for (int kk = 0; kk < TK / 16; ++kk) {
    const uint32_t a[4] = {p[4 * kk], p[4 * kk + 1], p[4 * kk + 2],
                           p[4 * kk + 3]};
#pragma unroll
    for (int j = 0; j < KDV / 64; ++j)
      wgmma_rs<C>(
          o + 32 * j, a,
          mma::wgmma_desc_sw128(v + mma::sw128_mnmajor(TK, kk, j), TK * 128),
          1);
  }
}

template <class V, int TQ, int TK, int HPT, int KD, int KDV, int STAGES>
__device__ __forceinline__ void attention(const attc_cuda_tma_params &P,
                                          char *smem_raw) {
  using Pol = MmaPolicy; // the per-warp accumulator layout is mma.sync's
  using T = typename V::elem_t;
  using C = T;
  static_assert(sizeof(T) == 2, "TMA copies 16-bit storage as it is");
  constexpr int WG = HPT * TQ / 64;
  static_assert(TQ % 64 == 0 && (WG == 1 || WG == 2),
                "one or two consumer warpgroups of 64 rows of one head");
  static_assert(TK % 64 == 0 && TK <= 256 && KD % kBox == 0 && KDV % kBox == 0,
                "wgmma column blocks of 64; 64-column boxes");
  static_assert(STAGES >= 2, "the K/V ring needs two stages to overlap");
  constexpr int NS = Pol::s_elems(TK), NO = Pol::o_elems(KDV);
  constexpr int NR = Pol::kRows;
  using S = Smem<TK, WG, KD, KDV, STAGES>;
  const attc_cuda_params &L = P.p;

  const uint32_t base = (detail::smem_addr(smem_raw) + 1023) & ~1023u;
  const unsigned tid = threadIdx.x;
  __builtin_assume(tid < (WG + 1) * 128);
  // Warpgroup and warp through a shuffle, which ptxas knows to be
  // warp-uniform: wgmma under branches it cannot prove uniform (tile
  // classes, the pending P V) would be serialized (C7520).
  const int wg = __shfl_sync(0xffffffffu, tid / 128, 0),
            warp = __shfl_sync(0xffffffffu, tid / 32 % 4, 0), lane = tid % 32;

  // The block's tiles as the mma.sync path's (split-KV included).
  int64_t q0, q1, k_begin, k_end;
  gpu::block_tiles<Pol, V, TQ, TK>(L, q0, q1, k_begin, k_end);
  const int64_t b = blockIdx.z, G = L.Hq / L.Hkv;
  const int64_t h0 = int64_t(blockIdx.y) * HPT;
  const int64_t hk = h0 / G;
  auto next_tile = [&](int64_t k0) {
    return gpu::next_key_tile<V, TK, HPT>(L, b, h0, q0, q1, k0, k_end);
  };

  if (tid == 0) {
    mbar_init(base + S::q_full(), 1);
#pragma unroll
    for (int s = 0; s < STAGES; ++s) {
      mbar_init(base + S::k_full(s), 1);
      mbar_init(base + S::v_full(s), 1);
      mbar_init(base + S::empty(s), WG * 4); // a warp of each consumer
    }
    asm volatile("fence.mbarrier_init.release.cluster;\n" ::: "memory");
  }
  __syncthreads();

  if (wg == 0) {
    // The producer: one thread issues every copy.
    if constexpr (WG > 1)
      asm volatile("setmaxnreg.dec.sync.aligned.u32 24;\n" ::: "memory");
    int64_t k0 = next_tile(k_begin);
    if (tid != 0 || k0 >= k_end) // no tile: the consumers read no Q either
      return;
    mbar_expect_tx(base + S::q_full(), WG * S::kQ);
#pragma unroll
    for (int g = 0; g < WG; ++g)
#pragma unroll
      for (int db = 0; db < KD / kBox; ++db)
        tma_load(base + S::q(g) + db * 64 * 128, P.q, base + S::q_full(),
                 db * kBox, q0 + g * 64 % TQ, h0 + g * 64 / TQ, b);
    for (int it = 0; k0 < k_end; k0 = next_tile(k0 + TK), ++it) {
      const int s = it % STAGES;
      if (it >= STAGES)
        mbar_wait(base + S::empty(s), (it / STAGES + 1) & 1);
      mbar_expect_tx(base + S::k_full(s), S::kK);
#pragma unroll
      for (int db = 0; db < KD / kBox; ++db)
        tma_load(base + S::k(s) + db * TK * 128, P.k, base + S::k_full(s),
                 db * kBox, k0, hk, b);
      mbar_expect_tx(base + S::v_full(s), S::kV);
#pragma unroll
      for (int db = 0; db < KDV / kBox; ++db)
        tma_load(base + S::v(s) + db * TK * 128, P.v, base + S::v_full(s),
                 db * kBox, k0, hk, b);
    }
    return;
  }

  // A consumer: 64 rows of one head; warp `warp` owns 16 of them.
  if constexpr (WG > 1)
    asm volatile("setmaxnreg.inc.sync.aligned.u32 240;\n" ::: "memory");
  const int c = wg - 1;
  const int64_t h = h0 + c * 64 / TQ, qc = q0 + c * 64 % TQ;
  const int64_t qw = qc + warp * 16;
  const int64_t qc1 = qc + 64 < L.Lq ? qc + 64 : L.Lq;
  const float qk_scale = gpu::logit_scale<V>(L);
  const bool track_max = !V::Norm::kRowStats && L.max.data != nullptr;
  // Ping-pong: consumer c issues its MMAs after bar c + 1 (the other's
  // arrival), then lets the other issue.
  auto turn = [&] {
    if constexpr (WG == 2) {
      if (c == 0)
        bar_sync<1>();
      else
        bar_sync<2>();
    }
  };
  auto pass = [&] {
    if constexpr (WG == 2) {
      if (c == 0)
        bar_arrive<2>();
      else
        bar_arrive<1>();
    }
  };
  auto release = [&](int s) {
    __syncwarp();
    if (lane == 0)
      mbar_arrive(base + S::empty(s));
  };

  float o[NO], m[NR], l[NR], mx[NR];
  gpu::init_rows(o, m, l, mx);
  // The tile's class for this consumer's rows: it still runs the MMAs of
  // an empty one (its mask then drops every pair), so that no wgmma sits
  // under a branch and ptxas keeps them asynchronous.
  auto classify = [&](int64_t k0) {
    const int64_t k1 = L.Lk < k0 + TK ? L.Lk : k0 + TK;
    return qc < L.Lq ? tile_class<V>(L, b, h, qc, qc1, k0, k1)
                     : int(kTileEmpty);
  };
  // S of the tile in stage s, issued as one commit group.
  auto issue_qk = [&](float(&sc)[NS], int s) {
    fence_regs(sc);
    wgmma_fence();
    qk<C, TK, KD>(sc, base + S::q(c), base + S::k(s));
    wgmma_commit();
  };
  // P of the tile whose P V is issued next (stage ps), as A fragments.
  uint32_t p[TK / 4];
  auto keep_p = [&](const float(&sc)[NS]) {
#pragma unroll
    for (int i = 0; i < TK / 4; ++i)
      p[i] = detail::pack<C>(sc[2 * i], sc[2 * i + 1]);
  };
  float alpha[NR];

  int64_t k0 = next_tile(k_begin);
  if (k0 < k_end) {
    if (c == 1)
      pass(); // the first consumer issues first
    mbar_wait(base + S::q_full(), 0);
    // The first tile: S, softmax, P.
    int64_t kn = next_tile(k0 + TK);
    mbar_wait(base + S::k_full(0), 0);
    turn();
    float sc[NS];
    issue_qk(sc, 0);
    if (!(c == 1 && kn >= k_end))
      pass();
    wgmma_wait<0>();
    fence_regs(sc);
    gpu::score_tile<Pol, V, TK>(L, sc, m, l, mx, alpha, classify(k0), b, h, hk,
                                qw, k0, lane, qk_scale, track_max);
    keep_p(sc);
    int ps = 0, it = 1;
    // Then per tile: issue its S and the previous tile's P V, run its
    // softmax while both are in flight, rescale O once P V has landed.
    for (k0 = kn; k0 < k_end; k0 = kn, ++it) {
      const int s = it % STAGES;
      kn = next_tile(k0 + TK);
      mbar_wait(base + S::k_full(s), (it / STAGES) & 1);
      mbar_wait(base + S::v_full(ps), ((it - 1) / STAGES) & 1);
      turn();
      fence_regs(o);
      issue_qk(sc, s);
      pv<C, TK, KDV>(o, p, base + S::v(ps));
      wgmma_commit();
      if (!(c == 1 && kn >= k_end))
        pass();
      wgmma_wait<1>();
      fence_regs(sc);
      gpu::score_tile<Pol, V, TK>(L, sc, m, l, mx, alpha, classify(k0), b, h,
                                  hk, qw, k0, lane, qk_scale, track_max);
      wgmma_wait<0>();
      fence_regs(o);
      release(ps);
      gpu::rescale<Pol, V>(o, alpha);
      keep_p(sc);
      ps = s;
    }
    // The last tile's P V.
    mbar_wait(base + S::v_full(ps), ((it - 1) / STAGES) & 1);
    fence_regs(o);
    wgmma_fence();
    pv<C, TK, KDV>(o, p, base + S::v(ps));
    wgmma_commit();
    wgmma_wait<0>();
    fence_regs(o);
  }
  gpu::store_rows<Pol, V>(L, o, m, l, mx, b, h, hk, qw, lane);
}

} // namespace sm90
} // namespace cuda
} // namespace attc

#endif // ATTC_CUDA_ATTENTION_SM90_CUH
