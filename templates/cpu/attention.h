//===- attention.h - Fused flash-attention CPU kernel template ------------===//
//
// attc::cpu::attention<Variant, TQ, TK>(launch) computes one attention launch
// with an online-softmax (flash) loop over key tiles. Requires attc_abi.h,
// attc_types.h, attc_normalize.h and attc_variant.h (the variant contract:
// hooks, sparsity traits, launch checks, the normalizers) first. Portable
// GCC/Clang vector extensions only: the vector width follows the -march the
// generated code is built for.
//
// Layout trick: everything per query is kept transposed, queries along the
// vector lanes: S^T = K Q^T and O^T = V^T P^T. Both products are then the
// same micro-kernel (broadcast K or V elements against vectors of queries),
// every per-query statistic (max, sum, rescale) is a plain vector operation,
// and neither K nor V needs a transpose (only Q and O, once per task).
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_CPU_ATTENTION_H
#define ATTC_CPU_ATTENTION_H

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>

#if defined(__AVX512BF16__) && defined(__AVX512BW__) && !defined(ATTC_CPU_VW)
#include <immintrin.h>
#define ATTC_CPU_DPBF16 1
#else
#define ATTC_CPU_DPBF16 0
#endif
// AMX (Sapphire Rapids and later): bf16 tile products, where Linux lets the
// process use the tile registers (amx_enabled).
#if ATTC_CPU_DPBF16 && defined(__AMX_TILE__) && defined(__AMX_BF16__) &&       \
    defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#define ATTC_CPU_AMX 1
#else
#define ATTC_CPU_AMX 0
#endif

// The OpenMP runtime's default thread count (no omp.h needed; declared
// before the hidden-visibility region: the symbol comes from libgomp).
#ifdef _OPENMP
extern "C" int omp_get_max_threads(void);
#endif

// Hidden: a kernel .so exports only its entry point, and instantiations in
// different kernels never interpose each other.
#pragma GCC visibility push(hidden)

namespace attc {
namespace cpu {
namespace detail {

// Micro-kernel shape: kRows broadcast rows (keys for S^T, value columns for
// O^T) x kVecs vectors of kW queries, sized so that accumulators and operands
// fit the register file (32 vector registers with AVX-512, else 16). With
// AVX-512, 8 rows (16 accumulators, enough independent FMA chains) divide
// the usual tile and head sizes, where 12 rows padded a 64-key tile to 72
// (and Dv = 128 to 132): 8 x 2 ran dense f32 9 % faster at 64 x 64 tiles
// on a Zen 4 core. ATTC_CPU_VW, ATTC_CPU_ROWS and ATTC_CPU_VECS override
// the defaults, for testing.
#ifndef ATTC_CPU_VW
#if defined(__AVX512F__)
#define ATTC_CPU_VW 16
#elif defined(__AVX__)
#define ATTC_CPU_VW 8
#else
#define ATTC_CPU_VW 4
#endif
#endif
constexpr int kW = ATTC_CPU_VW;
#ifndef ATTC_CPU_ROWS
#if defined(__AVX512F__)
#define ATTC_CPU_ROWS 8
#else
#define ATTC_CPU_ROWS 6
#endif
#endif
#ifndef ATTC_CPU_VECS
#define ATTC_CPU_VECS 2
#endif
constexpr int kRows = ATTC_CPU_ROWS, kVecs = ATTC_CPU_VECS;

typedef float vf __attribute__((vector_size(kW * sizeof(float))));
typedef int32_t vi __attribute__((vector_size(kW * sizeof(float))));

constexpr float kInf = std::numeric_limits<float>::infinity();

inline vf vload(const float *p) {
  vf v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline int64_t round_up(int64_t x, int64_t m) { return (x + m - 1) / m * m; }
inline void vstore(float *p, vf v) { std::memcpy(p, &v, sizeof v); }
// x - 0 (not 0 + x) folds to x: exact even for -0.
inline vf vsplat(float x) { return x - vf{}; }
inline vf vsel(vi m, vf a, vf b) { return (vf)((m & (vi)a) | (~m & (vi)b)); }
// The ternary form maps onto maxps.
inline vf vmax(vf a, vf b) { return a > b ? a : b; }

// a * b + c as one FMA. GCC's Zen tuning may split loop-carried FMA chains
// into mul + add (it does for single-chain loops); the builtins (what
// _mm256_fmadd_ps/_mm512_fmadd_ps expand to) keep the FMA regardless.
inline vf vfma(vf a, vf b, vf c) {
#if defined(__GNUC__) && !defined(__clang__) && defined(__FMA__) &&            \
    ATTC_CPU_VW == 8
  return __builtin_ia32_vfmaddps256(a, b, c);
#elif defined(__GNUC__) && !defined(__clang__) && defined(__AVX512F__) &&      \
    ATTC_CPU_VW == 16
  return __builtin_ia32_vfmaddps512_mask(a, b, c, -1, 4);
#else
  return a * b + c;
#endif
}

// exp(x) for x <= 0 (softmax arguments s - max), about 1 ulp (Cephes expf
// polynomial). Inputs below ln(FLT_MIN), -inf included, give exactly 0.
inline vf vexp_neg(vf x) {
  const vf lo = vsplat(-87.33654f);
  const vi under = x < lo;
  x = vmax(lo, x);
  const vf magic = vsplat(12582912.0f); // 1.5 * 2^23: rounds to integer
  const vf t = x * 1.44269504088896341f + magic;
  const vf n = t - magic;
  const vi ni = (vi)t - (vi)magic;
  vf r = x - n * 0.693359375f;
  r = r - n * -2.12194440e-4f;
  vf p = vsplat(1.9875691500e-4f);
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = p * (r * r) + r + 1.0f;
  const vf scale = (vf)((ni + 127) << 23);
  return (vf)(~under & (vi)(p * scale));
}

// The value policy attc_normalize.h runs the online softmax on: one
// vector of query lanes.
struct VecOps {
  using value = vf;
  static vf max(vf a, vf b) { return vmax(a, b); }
  static vf exp_neg(vf x) { return vexp_neg(x); }
  static vf zero_if_ninf(vf x) { return vsel(x == vsplat(-kInf), vf{}, x); }
};

// The OpenMP runtime's default thread count.
inline int max_threads() {
#ifdef _OPENMP
  return omp_get_max_threads();
#else
  return 1;
#endif
}

enum class Init { Zero, Load, Rescale };

// How the micro-kernel's A operand is laid out: A(r, t) is a[r * lda + t]
// (Rows), a[t * lda + r] (Cols), or a[t * MR + r] (Panel: MR rows packed
// together, so that the broadcasts of one step come from one pointer at
// immediate offsets instead of MR row pointers that do not fit the
// general-purpose registers).
enum class ALayout { Rows, Cols, Panel };

// The micro-kernels' accumulator block: MR rows x NV vectors of C, started
// as init(C) (Rescale multiplies the old C by alpha[i]) and stored back,
// times `scale` when Scaled.
template <int MR, int NV, Init I>
inline void acc_init(vf (&acc)[MR][NV], const float *__restrict c, int64_t ldc,
                     const float *__restrict alpha) {
#pragma GCC unroll 4
  for (int v = 0; v < NV; ++v) {
    const vf al = I == Init::Rescale ? vload(alpha + v * kW) : vf{};
#pragma GCC unroll 16
    for (int r = 0; r < MR; ++r) {
      if (I == Init::Zero)
        acc[r][v] = vf{};
      else if (I == Init::Load)
        acc[r][v] = vload(c + r * ldc + v * kW);
      else
        acc[r][v] = vload(c + r * ldc + v * kW) * al;
    }
  }
}

template <int MR, int NV, bool Scaled = false>
inline void acc_store(const vf (&acc)[MR][NV], float *__restrict c, int64_t ldc,
                      float scale = 1.0f) {
#pragma GCC unroll 16
  for (int r = 0; r < MR; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < NV; ++v)
      vstore(c + r * ldc + v * kW, Scaled ? acc[r][v] * scale : acc[r][v]);
}

// C[r][i] = init(C[r][i]) + sum_t A(r, t) * B[t][i] for MR rows and NV
// vectors of queries i.
template <int MR, int NV, Init I, ALayout AL>
inline void mk(const float *__restrict a, int64_t lda,
               const float *__restrict b, int64_t ldb, int64_t n,
               float *__restrict c, int64_t ldc,
               const float *__restrict alpha) {
  vf acc[MR][NV];
  acc_init<MR, NV, I>(acc, c, ldc, alpha);
  for (int64_t t = 0; t < n; ++t) {
    vf bv[NV];
#pragma GCC unroll 4
    for (int v = 0; v < NV; ++v)
      bv[v] = vload(b + t * ldb + v * kW);
#pragma GCC unroll 16
    for (int r = 0; r < MR; ++r) {
      const float x = AL == ALayout::Rows   ? a[r * lda + t]
                      : AL == ALayout::Cols ? a[t * lda + r]
                                            : a[t * MR + r];
      const vf ab = vsplat(x);
#pragma GCC unroll 4
      for (int v = 0; v < NV; ++v)
        acc[r][v] = vfma(ab, bv[v], acc[r][v]);
    }
  }
  acc_store(acc, c, ldc);
}

// f(NV, i, r) over query lanes [i, nq) in blocks of NV vectors (fewer for
// the tail) and rows [0, nr) in blocks of kRows (innermost, so that the
// micro-kernel's B slice stays in L1).
template <int NV, class F>
inline void tile_loop(F f, int64_t i, int64_t nq, int64_t nr) {
  for (; i + NV * kW <= nq; i += NV * kW)
    for (int64_t r = 0; r < nr; r += kRows)
      f(std::integral_constant<int, NV>(), i, r);
  if constexpr (NV > 1)
    if (i < nq)
      tile_loop<NV - 1>(f, i, nq, nr);
}

// The micro-kernel over query lanes [i, nq) and rows [0, nr) (a multiple of
// kRows).
template <int NV, Init I, ALayout AL>
inline void mk_tile(const float *a, int64_t lda, const float *b, int64_t ldb,
                    int64_t n, float *c, int64_t ldc, const float *alpha,
                    int64_t i, int64_t nq, int64_t nr) {
  tile_loop<NV>(
      [&](auto nv, int64_t i0, int64_t r) {
        const float *ar = AL == ALayout::Rows   ? a + r * lda
                          : AL == ALayout::Cols ? a + r
                                                : a + r * n;
        mk<kRows, decltype(nv)::value, I, AL>(
            ar, lda, b + i0, ldb, n, c + r * ldc + i0, ldc, alpha + i0);
      },
      i, nq, nr);
}

#if ATTC_CPU_DPBF16
// The bf16 path (AVX-512 BF16): both products on vdpbf16ps, which adds
// a[2t] * b[2t] + a[2t + 1] * b[2t + 1] into each f32 lane: two k-steps per
// instruction, twice the f32 FMA rate. Operands are bf16 pairs along the
// reduction (d for S^T, keys for O^T) in 32-bit words: A broadcast per row
// (K in key panels, V pairs by column), B one pair per query lane (Q^T, and
// P^T rounded to bf16 as GPU flash kernels do). Accumulation stays f32.
typedef int32_t vpair __attribute__((vector_size(64)));

inline vf dp_bf16(vf acc, vpair a, vpair b) {
  return (vf)_mm512_dpbf16_ps((__m512)acc, (__m512bh)a, (__m512bh)b);
}
inline vf dp_bf16(vf acc, uint32_t a, vpair b) {
  return dp_bf16(acc, (vpair)_mm512_set1_epi32(int(a)), b);
}

// mk over n pairs; Init::Zero stores C * scale (the logit scale, which this
// path cannot fold into bf16 Q without another rounding).
template <int MR, int NV, Init I, ALayout AL>
inline void mk_bf16(const uint32_t *__restrict a, int64_t lda,
                    const uint32_t *__restrict b, int64_t ldb, int64_t n,
                    float *__restrict c, int64_t ldc,
                    const float *__restrict alpha, float scale) {
  vf acc[MR][NV];
  acc_init<MR, NV, I>(acc, c, ldc, alpha);
  for (int64_t t = 0; t < n; ++t) {
    vpair bv[NV];
#pragma GCC unroll 4
    for (int v = 0; v < NV; ++v)
      std::memcpy(&bv[v], b + t * ldb + v * kW, sizeof(vpair));
#pragma GCC unroll 16
    for (int r = 0; r < MR; ++r) {
      const uint32_t x = AL == ALayout::Cols ? a[t * lda + r] : a[t * MR + r];
#pragma GCC unroll 4
      for (int v = 0; v < NV; ++v)
        acc[r][v] = dp_bf16(acc[r][v], x, bv[v]);
    }
  }
  acc_store<MR, NV, I == Init::Zero>(acc, c, ldc, scale);
}

template <int NV, Init I, ALayout AL>
inline void mk_tile_bf16(const uint32_t *a, int64_t lda, const uint32_t *b,
                         int64_t ldb, int64_t n, float *c, int64_t ldc,
                         const float *alpha, float scale, int64_t nq,
                         int64_t nr) {
  tile_loop<NV>(
      [&](auto nv, int64_t i0, int64_t r) {
        const uint32_t *ar = AL == ALayout::Cols ? a + r : a + r * n;
        mk_bf16<kRows, decltype(nv)::value, I, AL>(
            ar, lda, b + i0, ldb, n, c + r * ldc + i0, ldc, alpha + i0, scale);
      },
      0, nq, nr);
}

// Lane i of lo and hi rounded to bf16, as the pair (lo[i], hi[i]).
inline __m512i bf16_pairs(vf lo, vf hi) {
  const __m512i interleave = _mm512_set_epi16(
      31, 15, 30, 14, 29, 13, 28, 12, 27, 11, 26, 10, 25, 9, 24, 8, 23, 7, 22,
      6, 21, 5, 20, 4, 19, 3, 18, 2, 17, 1, 16, 0);
  return _mm512_permutexvar_epi16(
      interleave, (__m512i)_mm512_cvtne2ps_pbh((__m512)hi, (__m512)lo));
}

// p2[(j / 2) * ldp + i] = the bf16 pair (s[j][i], s[j + 1][i]) for keys
// [0, nk) (an odd nk pairs the last key with 0) and lanes [0, nl), a
// multiple of kW.
inline void pack_p_bf16(const float *__restrict s, int64_t lds, int64_t nk,
                        int64_t nl, uint32_t *__restrict p2, int64_t ldp) {
  for (int64_t j = 0; j < nk; j += 2)
    for (int64_t i = 0; i < nl; i += kW)
      _mm512_storeu_si512(
          p2 + (j / 2) * ldp + i,
          bf16_pairs(vload(s + j * lds + i),
                     j + 1 < nk ? vload(s + (j + 1) * lds + i) : vf{}));
}
#endif

#if ATTC_CPU_AMX
// The bf16 prefill path on AMX: S^T = K Q^T and O += P V as tile
// products (amx_product), with P and V packed as the tiles want them.

// Asks Linux once for the tile data state (arch_prctl
// ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA); false where it refuses, or
// where ATTC_CPU_AMX=0 turns AMX off (the vdpbf16ps path then runs).
inline bool amx_enabled() {
  static const bool ok = [] {
    const char *env = std::getenv("ATTC_CPU_AMX");
    if (env && std::strcmp(env, "0") == 0)
      return false;
    return syscall(SYS_arch_prctl, 0x1023, 18) == 0;
  }();
  return ok;
}

// Tiles 0-3: C; 4-5: A; 6-7: B; all 16 rows of 64 bytes.
inline void amx_configure() {
  struct alignas(64) {
    uint8_t palette = 1, start = 0, reserved[14] = {};
    uint16_t colsb[16] = {};
    uint8_t rows[16] = {};
  } cfg;
  for (int t = 0; t < 8; ++t) {
    cfg.colsb[t] = 64;
    cfg.rows[t] = 16;
  }
  _tile_loadconfig(&cfg);
}

// C[r][n] (zeroed first unless Accumulate) += sum over k-steps t < steps
// of A(r, t) . B(t, n), for rows r < m and columns n < nc (multiples of
// 16): A's rows hold 32 bf16 per step (lda bytes apart, 64 bytes per
// step), B's 16 rows of bf16 pairs per step (ldb bytes apart), C's f32
// rows ldc bytes apart. 2 x 2 accumulator tiles at a time, so that each A
// and B tile loaded serves two products.
template <bool Accumulate>
inline void amx_product(const void *a, int64_t lda, const void *b, int64_t ldb,
                        int64_t steps, float *c, int64_t ldc, int64_t m,
                        int64_t nc) {
  const char *ab = static_cast<const char *>(a);
  const char *bb = static_cast<const char *>(b);
  char *cb = reinterpret_cast<char *>(c);
  for (int64_t r0 = 0; r0 < m; r0 += 32) {
    const bool r2 = r0 + 16 < m;
    for (int64_t n0 = 0; n0 < nc; n0 += 32) {
      const bool n2 = n0 + 16 < nc;
      char *c0 = cb + r0 * ldc + n0 * 4, *c1 = c0 + 64;
      char *c2 = c0 + 16 * ldc, *c3 = c2 + 64;
      if (Accumulate) {
        _tile_loadd(0, c0, ldc);
        if (n2)
          _tile_loadd(1, c1, ldc);
        if (r2) {
          _tile_loadd(2, c2, ldc);
          if (n2)
            _tile_loadd(3, c3, ldc);
        }
      } else {
        _tile_zero(0);
        _tile_zero(1);
        _tile_zero(2);
        _tile_zero(3);
      }
      for (int64_t t = 0; t < steps; ++t) {
        const char *at = ab + r0 * lda + t * 64;
        const char *bt = bb + t * 16 * ldb + n0 * 4;
        _tile_loadd(4, at, lda);
        _tile_loadd(6, bt, ldb);
        _tile_dpbf16ps(0, 4, 6);
        if (n2) {
          _tile_loadd(7, bt + 64, ldb);
          _tile_dpbf16ps(1, 4, 7);
        }
        if (r2) {
          _tile_loadd(5, at + 16 * lda, lda);
          _tile_dpbf16ps(2, 5, 6);
          if (n2)
            _tile_dpbf16ps(3, 5, 7);
        }
      }
      _tile_stored(0, c0, ldc);
      if (n2)
        _tile_stored(1, c1, ldc);
      if (r2) {
        _tile_stored(2, c2, ldc);
        if (n2)
          _tile_stored(3, c3, ldc);
      }
    }
  }
}

// s[j * lds + i] = scale * sum_d k[j * ldk + d] * q[d][i] for keys j <
// nkp (a multiple of 16; rows past the tile are zero) and lanes i < nl (a
// multiple of 16), D a multiple of 32; q2[(d / 2) * ldq + i] holds q[d][i]
// and q[d + 1][i] as a bf16 pair.
inline void amx_scores(const bf16 *k, int64_t ldk, int64_t nkp,
                       const uint32_t *q2, int64_t ldq, int64_t D, float *s,
                       int64_t lds, int64_t nl, float scale) {
  amx_product<false>(k, ldk * int64_t(sizeof(bf16)), q2, ldq * 4, D / 32, s,
                     lds * 4, nkp, nl);
  for (int64_t j = 0; j < nkp; ++j)
    for (int64_t i = 0; i < nl; i += kW)
      vstore(s + j * lds + i, vload(s + j * lds + i) * scale);
}

// Transposes the 16 x 16 matrix of 32-bit words whose rows are x[0..15]:
// pairs of words, then pairs of pairs within 128-bit lanes, then the
// 4 x 4 matrix of 128-bit lanes.
inline void transpose16(__m512i (&x)[16]) {
  __m512i t[16];
  for (int i = 0; i < 16; i += 2) {
    t[i] = _mm512_unpacklo_epi32(x[i], x[i + 1]);
    t[i + 1] = _mm512_unpackhi_epi32(x[i], x[i + 1]);
  }
  // x[4g + e], lane L: rows 4g..4g+3 at column 4L + e.
  for (int g = 0; g < 16; g += 4) {
    x[g] = _mm512_unpacklo_epi64(t[g], t[g + 2]);
    x[g + 1] = _mm512_unpackhi_epi64(t[g], t[g + 2]);
    x[g + 2] = _mm512_unpacklo_epi64(t[g + 1], t[g + 3]);
    x[g + 3] = _mm512_unpackhi_epi64(t[g + 1], t[g + 3]);
  }
  for (int e = 0; e < 4; ++e) {
    const __m512i v0 = _mm512_shuffle_i32x4(x[e], x[4 + e], 0x44);
    const __m512i v1 = _mm512_shuffle_i32x4(x[e], x[4 + e], 0xee);
    const __m512i v2 = _mm512_shuffle_i32x4(x[8 + e], x[12 + e], 0x44);
    const __m512i v3 = _mm512_shuffle_i32x4(x[8 + e], x[12 + e], 0xee);
    t[e] = _mm512_shuffle_i32x4(v0, v2, 0x88);
    t[4 + e] = _mm512_shuffle_i32x4(v0, v2, 0xdd);
    t[8 + e] = _mm512_shuffle_i32x4(v1, v3, 0x88);
    t[12 + e] = _mm512_shuffle_i32x4(v1, v3, 0xdd);
  }
  for (int i = 0; i < 16; ++i)
    x[i] = t[i];
}

// V of a tile as pairs of keys for amx_pv: v2[w * Dv + pos(c)] =
// (v[2w][c], v[2w + 1][c]) for pairs w < round_up(nk, 32) / 2, zero past
// key nk, with pos = dp_block_pos (unpacklo/hi_epi16 of two rows); Dv a
// multiple of 32, rows of unit stride.
inline void amx_pack_v(const bf16 *v, int64_t ldv, int64_t nk, int64_t Dv,
                       uint32_t *v2) {
  const int64_t nw = round_up(nk, 32) / 2;
  for (int64_t w = 0; w < nw; ++w) {
    const int64_t j = 2 * w;
    for (int64_t c0 = 0; c0 < Dv; c0 += 32) {
      auto row = [&](int64_t jj) {
        return jj < nk ? _mm512_loadu_si512(v + jj * ldv + c0)
                       : _mm512_setzero_si512();
      };
      const __m512i r0 = row(j), r1 = row(j + 1);
      _mm512_storeu_si512(v2 + w * Dv + c0, _mm512_unpacklo_epi16(r0, r1));
      _mm512_storeu_si512(v2 + w * Dv + c0 + 16, _mm512_unpackhi_epi16(r0, r1));
    }
  }
}

// P's rows as bf16 pairs of keys for amx_pv: pt[i * ldpt + w] = (s[2w][i],
// s[2w + 1][i]) for lanes i < nl (a multiple of 16) and pairs w <
// round_up(nk, 32) / 2, zero past key nk: pairs of S^T rows rounded and
// interleaved (as pack_p_bf16), then 16 x 16 word transposes.
inline void amx_pack_pt(const float *s, int64_t lds, int64_t nk, int64_t nl,
                        uint32_t *pt, int64_t ldpt) {
  const int64_t nw = round_up(nk, 32) / 2;
  for (int64_t i0 = 0; i0 < nl; i0 += 16)
    for (int64_t w0 = 0; w0 < nw; w0 += 16) {
      __m512i x[16];
      for (int w = 0; w < 16; ++w) {
        const int64_t j = 2 * (w0 + w);
        x[w] = bf16_pairs(j < nk ? vload(s + j * lds + i0) : vf{},
                          j + 1 < nk ? vload(s + (j + 1) * lds + i0) : vf{});
      }
      transpose16(x);
      for (int i = 0; i < 16; ++i)
        _mm512_storeu_si512(pt + (i0 + i) * ldpt + w0, x[i]);
    }
}

// o[i * ldo + c] += sum_w pt[i][w] . v2[w * ldv + c] (bf16 pair products)
// for lanes i < nl and columns c < Dv (multiples of 16) and pairs w < nw
// (a multiple of 16).
inline void amx_pv(const uint32_t *pt, int64_t ldpt, int64_t nw,
                   const uint32_t *v2, int64_t ldv, float *o, int64_t ldo,
                   int64_t nl, int64_t Dv) {
  amx_product<true>(pt, ldpt * 4, v2, ldv * 4, nw / 16, o, ldo * 4, nl, Dv);
}
#endif

// Two bf16 values as the 32-bit word vdpbf16ps takes (only the bf16 path
// packs pairs; other storage types compile the call and never make it).
template <class T> inline uint32_t bf16_pair(T lo, T hi) {
  if constexpr (std::is_same_v<T, bf16>)
    return uint32_t(lo.bits) | uint32_t(hi.bits) << 16;
  else
    return 0;
}

// Decode path (a lane group of a few rows, e.g. one query of each head of
// a GQA group): the lanes of a vector run along D instead of along the
// rows, so that K and V stream from memory at full width.

// The masks of one level of hsum_many: lane p of the result adds lanes
// lo[p] and hi[p] of the concatenation of two vectors whose segments of H
// lanes hold partial sums.
template <int H> struct FoldMasks {
  int32_t lo[kW], hi[kW];
  constexpr FoldMasks() : lo(), hi() {
    for (int p = 0; p < kW; ++p) {
      const int seg = p / (H / 2), o = p % (H / 2);
      const int base = (seg % 2) * kW + (seg / 2) * H + o;
      lo[p] = base;
      hi[p] = base + H / 2;
    }
  }
};

#if !defined(__clang__)
template <int H> inline void fold_level(vf *x, int n) {
  static constexpr FoldMasks<H> m{};
  vi lo, hi;
  std::memcpy(&lo, m.lo, sizeof lo);
  std::memcpy(&hi, m.hi, sizeof hi);
  for (int u = 0; u < n / 2; ++u)
    x[u] = __builtin_shuffle(x[2 * u], x[2 * u + 1], lo) +
           __builtin_shuffle(x[2 * u], x[2 * u + 1], hi);
  if constexpr (H > 2)
    fold_level<H / 2>(x, n / 2);
}
#endif

// Lane j of the result is the sum of the lanes of acc[j]: kW horizontal sums
// in log2(kW) levels of two-vector shuffles. Each level interleaves its
// pair, so the inputs go in bit-reversed order to come out in order.
inline vf hsum_many(const vf *acc) {
#if defined(__clang__)
  // Clang has no variable-mask __builtin_shuffle; its SLP vectorizer turns
  // the plain sums into shuffles itself.
  vf r;
  for (int j = 0; j < kW; ++j) {
    float t = 0;
    for (int l = 0; l < kW; ++l)
      t += acc[j][l];
    r[j] = t;
  }
  return r;
#else
  constexpr int bits = kW == 16 ? 4 : kW == 8 ? 3 : 2;
  vf x[kW];
  for (int v = 0; v < kW; ++v) {
    int r = 0;
    for (int bit = 0; bit < bits; ++bit)
      r |= ((v >> bit) & 1) << (bits - 1 - bit);
    x[v] = acc[r];
  }
  fold_level<kW>(x, kW);
  return x[0];
#endif
}

// Keeps v in a vector register from here on (GCC may otherwise fold its
// load into each use) where the target has registers of its width; no-op
// elsewhere (e.g. a vector width wider than the ISA's, as tests build).
template <class Vec> inline void pin_register(Vec &v) {
#if defined(__x86_64__) &&                                                     \
    (defined(__AVX512F__) || (defined(__AVX__) && ATTC_CPU_VW <= 8) ||         \
     ATTC_CPU_VW <= 4)
  __asm__("" : "+x"(v));
#elif defined(__aarch64__) && ATTC_CPU_VW <= 4
  __asm__("" : "+w"(v));
#else
  (void)v;
#endif
}

// The decode path reads K and V rows in place in blocks of kPack<T> * kW
// elements, as kPack<T> vectors of f32 (load_block). f32 rows load as they
// are. A bf16 block is loaded as kW 32-bit words, which give its even
// elements by a shift and its odd ones by a mask, two operations for two
// vectors instead of a widening per vector; the rows it is multiplied with
// (Q^T) and the accumulators it is added to (O^T) then hold each block's
// even elements before its odd ones (block_pos).
template <class T> constexpr int kPack = std::is_same_v<T, bf16> ? 2 : 1;
template <class T>
constexpr bool kRowDirect = std::is_same_v<T, float> || std::is_same_v<T, bf16>;

inline void load_block(const float *p, vf *out) { out[0] = vload(p); }
inline void load_block(const bf16 *p, vf *out) {
  vi w;
  std::memcpy(&w, p, sizeof w);
  out[0] = (vf)(w << 16);
  out[1] = (vf)(w & int32_t(0xffff0000u));
}
// Where element d of a row goes in the block order of load_block.
template <class T> inline int64_t block_pos(int64_t d) {
  constexpr int64_t n = kPack<T> * kW;
  return kPack<T> == 1 ? d : d / n * n + d % 2 * kW + d % n / 2;
}
// Restores the natural order of a row of n elements (a multiple of M)
// kept in blocks of M in which element e sits at pos(e).
template <int64_t M, class Pos>
inline void unblock_row(float *row, int64_t n, Pos pos) {
  for (int64_t c0 = 0; c0 < n; c0 += M) {
    float tmp[M];
    std::memcpy(tmp, row + c0, sizeof tmp);
    for (int64_t e = 0; e < M; ++e)
      row[c0 + e] = tmp[pos(e)];
  }
}
// ... in the block order of load_block.
template <class T> inline void unblock_row(float *row, int64_t n) {
  if constexpr (kPack<T> != 1)
    unblock_row<kPack<T> * kW>(row, n, block_pos<T>);
}

// Calls fn(std::integral_constant<int, R>) for the least power of two
// R >= rows (rows <= kW / 2), the row counts the decode kernels are
// instantiated for (each instantiation costs JIT time; GQA groups are
// mostly powers of two). The rows past `rows` hold zeros.
template <int R = 1, class Fn> inline void with_rows(int64_t rows, Fn &&fn) {
  if constexpr (R <= kW / 2) {
    if (rows <= R)
      fn(std::integral_constant<int, R>{});
    else
      with_rows<2 * R>(rows, fn);
  }
}

// s[j * lds + r] = dot(k row j, q row r) for keys [0, nk) and the R rows
// of q (D floats each in the block order of TE, D a multiple of the
// block). A pass takes J = kW / R keys:
// each key row is loaded once for all R rows (the heads of a GQA group),
// and the pass's J * R dot products share one hsum_many. Each load also
// prefetches the element `ahead` past it (the next key tile's row), so that
// the stream's misses spread evenly over a tile's arithmetic.
template <int R, class TE>
void decode_scores(const TE *__restrict k, int64_t ldk, int64_t nk,
                   const float *__restrict q, int64_t D, float *__restrict s,
                   int64_t lds, int64_t ahead) {
  constexpr int J = kW / R, P = kPack<TE>;
  // Q in registers where they leave room for the accumulators and K;
  // otherwise each FMA reads its Q operand from L1.
  constexpr bool kQRegs = kW + R * P + P <= (kW == 16 ? 32 : 16);
  for (int64_t j0 = 0; j0 < nk; j0 += J) {
    vf acc[kW] = {};
    const TE *kr[J];
    for (int jj = 0; jj < J; ++jj) {
      // Past nk, the last key again (computed, never stored).
      const int64_t j = j0 + jj < nk ? j0 + jj : nk - 1;
      kr[jj] = k + j * ldk;
    }
    for (int64_t d = 0; d < D; d += P * kW) {
      vf qv[R * P];
      if constexpr (kQRegs)
#pragma GCC unroll 16
        for (int i = 0; i < R * P; ++i) {
          qv[i] = vload(q + i / P * D + d + i % P * kW);
          // Held in a register: folding the load into each FMA would load
          // it J times.
          pin_register(qv[i]);
        }
#pragma GCC unroll 16
      for (int jj = 0; jj < J; ++jj) {
        __builtin_prefetch(kr[jj] + ahead + d);
        vf kv[P];
        load_block(kr[jj] + d, kv);
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r)
#pragma GCC unroll 2
          for (int u = 0; u < P; ++u)
            acc[jj * R + r] = vfma(
                kv[u], kQRegs ? qv[r * P + u] : vload(q + r * D + d + u * kW),
                acc[jj * R + r]);
      }
    }
    const vf res = hsum_many(acc);
    const int n = nk - j0 < J ? int(nk - j0) : J;
    for (int jj = 0; jj < n; ++jj)
      for (int r = 0; r < R; ++r)
        s[(j0 + jj) * lds + r] = res[jj * R + r];
  }
}

// The decode PV kernels' accumulators: columns [c0, c0 + C * kW) of the
// R rows of o (Dv apart), scaled by alpha[r] when loaded.
template <int R, int C>
inline void decode_acc_load(vf (&acc)[R][C], const float *o, int64_t Dv,
                            int64_t c0, const float *alpha) {
  for (int r = 0; r < R; ++r)
    for (int u = 0; u < C; ++u)
      acc[r][u] = vload(o + r * Dv + c0 + u * kW) * alpha[r];
}
template <int R, int C>
inline void decode_acc_store(const vf (&acc)[R][C], float *o, int64_t Dv,
                             int64_t c0) {
  for (int r = 0; r < R; ++r)
    for (int u = 0; u < C; ++u)
      vstore(o + r * Dv + c0 + u * kW, acc[r][u]);
}

// Columns [c0, c0 + C * kW) of o[r * Dv + c] = alpha[r] * o[r * Dv + c] +
// sum_j p[j * ldp + r] * v[j * ldv + c] for the R rows (o in the block
// order of TE, C a multiple of its pack): R x C accumulators
// in registers, each V vector loaded once for all rows (and the element
// `ahead` past each row's first one prefetched, as in decode_scores).
template <int R, int C, class TE>
void decode_pv_cols(const TE *__restrict v, int64_t ldv, int64_t nk,
                    const float *__restrict p, int64_t ldp,
                    const float *__restrict alpha, float *__restrict o,
                    int64_t Dv, int64_t c0, int64_t ahead) {
  vf acc[R][C];
  decode_acc_load(acc, o, Dv, c0, alpha);
  for (int64_t j = 0; j < nk; ++j) {
    const TE *vr = v + j * ldv + c0;
    __builtin_prefetch(vr + ahead);
    vf vv[C];
#pragma GCC unroll 8
    for (int u = 0; u < C; u += kPack<TE>)
      load_block(vr + u * kW, vv + u);
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r) {
      const vf pj = vsplat(p[j * ldp + r]);
#pragma GCC unroll 8
      for (int u = 0; u < C; ++u)
        acc[r][u] = vfma(pj, vv[u], acc[r][u]);
    }
  }
  decode_acc_store(acc, o, Dv, c0);
}

// decode_pv_cols over every column (Dv a multiple of TE's block): chunks as
// wide as the accumulator registers allow (half the vector registers: 16
// with AVX-512, 8 otherwise), then single blocks.
template <int R, class TE>
void decode_pv(const TE *__restrict v, int64_t ldv, int64_t nk,
               const float *__restrict p, int64_t ldp,
               const float *__restrict alpha, float *__restrict o, int64_t Dv,
               int64_t ahead) {
  constexpr int kAccRegs = kW == 16 ? 16 : 8, P = kPack<TE>;
  constexpr int fit = kAccRegs / R / P * P;
  constexpr int C = fit < P ? P : fit > 8 ? 8 : fit;
  int64_t c0 = 0;
  for (; c0 + C * kW <= Dv; c0 += C * kW)
    decode_pv_cols<R, C>(v, ldv, nk, p, ldp, alpha, o, Dv, c0, ahead);
  if constexpr (C > P)
    for (; c0 < Dv; c0 += P * kW)
      decode_pv_cols<R, P>(v, ldv, nk, p, ldp, alpha, o, Dv, c0, ahead);
}

// Where column c of a row goes in the order decode_pv_dp and amx_pv leave
// O's rows in: interleaving two V rows of 32 columns by unpacklo/hi_epi16
// pairs columns {0-3, 8-11, 16-19, 24-27} in one vector, the rest in the
// next.
inline int64_t dp_block_pos(int64_t c) {
  return c / 32 * 32 + c % 8 / 4 * 16 + c % 32 / 8 * 4 + c % 4;
}

#if ATTC_CPU_DPBF16
// The decode kernels on vdpbf16ps (bf16 rows in place, AVX-512 BF16): two
// elements per lane and instruction, where the f32 kernels above widen each
// element and spend one FMA on it.

// decode_scores on pairs along D: q2 holds the R rows as bf16 pairs (row r
// at q2 + r * ldq, natural order, unscaled: the sums are scaled).
template <int R>
void decode_scores_dp(const bf16 *__restrict k, int64_t ldk, int64_t nk,
                      const uint32_t *__restrict q2, int64_t ldq, int64_t D,
                      float scale, float *__restrict s, int64_t lds,
                      int64_t ahead) {
  constexpr int J = kW / R;
  for (int64_t j0 = 0; j0 < nk; j0 += J) {
    vf acc[kW] = {};
    const bf16 *kr[J];
    for (int jj = 0; jj < J; ++jj)
      kr[jj] = k + (j0 + jj < nk ? j0 + jj : nk - 1) * ldk;
    for (int64_t d = 0; d < D; d += 2 * kW) {
      vpair qv[R];
#pragma GCC unroll 8
      for (int r = 0; r < R; ++r) {
        std::memcpy(&qv[r], q2 + r * ldq + d / 2, sizeof(vpair));
        pin_register(qv[r]);
      }
#pragma GCC unroll 16
      for (int jj = 0; jj < J; ++jj) {
        __builtin_prefetch(kr[jj] + ahead + d);
        vpair kv;
        std::memcpy(&kv, kr[jj] + d, sizeof kv);
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r)
          acc[jj * R + r] = dp_bf16(acc[jj * R + r], kv, qv[r]);
      }
    }
    const vf res = hsum_many(acc) * scale;
    const int n = nk - j0 < J ? int(nk - j0) : J;
    for (int jj = 0; jj < n; ++jj)
      for (int r = 0; r < R; ++r)
        s[(j0 + jj) * lds + r] = res[jj * R + r];
  }
}

// decode_pv_cols on pairs of keys: p2[(j / 2) * ldp + r] holds rows r's
// weights of keys j and j + 1 as bf16 (pack_p_bf16), and C vectors (C / 2
// blocks of 32 columns) of each row accumulate in dp_block_pos order.
template <int R, int C>
void decode_pv_dp_cols(const bf16 *__restrict v, int64_t ldv, int64_t nk,
                       const uint32_t *__restrict p2, int64_t ldp,
                       const float *__restrict alpha, float *__restrict o,
                       int64_t Dv, int64_t c0, int64_t ahead) {
  vf acc[R][C];
  decode_acc_load(acc, o, Dv, c0, alpha);
  // Keys j and j + 1 (a zero row for j + 1 past the tile).
  auto step = [&](int64_t j, bool pair) {
    const bf16 *r0 = v + j * ldv + c0, *r1 = r0 + ldv;
    __builtin_prefetch(r0 + ahead);
    vpair vv[C];
#pragma GCC unroll 8
    for (int u = 0; u < C; u += 2) {
      const __m512i a = _mm512_loadu_si512(r0 + u * kW);
      const __m512i b =
          pair ? _mm512_loadu_si512(r1 + u * kW) : _mm512_setzero_si512();
      vv[u] = (vpair)_mm512_unpacklo_epi16(a, b);
      vv[u + 1] = (vpair)_mm512_unpackhi_epi16(a, b);
    }
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r) {
      const uint32_t pj = p2[j / 2 * ldp + r];
#pragma GCC unroll 8
      for (int u = 0; u < C; ++u)
        acc[r][u] = dp_bf16(acc[r][u], pj, vv[u]);
    }
  };
  int64_t j = 0;
  for (; j + 1 < nk; j += 2) {
    __builtin_prefetch(v + (j + 1) * ldv + c0 + ahead);
    step(j, true);
  }
  if (j < nk)
    step(j, false);
  decode_acc_store(acc, o, Dv, c0);
}

// decode_pv_dp_cols over every column (Dv a multiple of 32), in chunks as
// in decode_pv.
template <int R>
void decode_pv_dp(const bf16 *__restrict v, int64_t ldv, int64_t nk,
                  const uint32_t *__restrict p2, int64_t ldp,
                  const float *__restrict alpha, float *__restrict o,
                  int64_t Dv, int64_t ahead) {
  constexpr int fit = 16 / R / 2 * 2;
  constexpr int C = fit < 2 ? 2 : fit > 8 ? 8 : fit;
  int64_t c0 = 0;
  for (; c0 + C * kW <= Dv; c0 += C * kW)
    decode_pv_dp_cols<R, C>(v, ldv, nk, p2, ldp, alpha, o, Dv, c0, ahead);
  if constexpr (C > 2)
    for (; c0 < Dv; c0 += 2 * kW)
      decode_pv_dp_cols<R, 2>(v, ldv, nk, p2, ldp, alpha, o, Dv, c0, ahead);
}
#endif

// dst[c] = src[c * sd] as f32, for n elements; the unit-stride case is
// written separately so that it vectorizes (including f16/bf16 widening).
template <class T>
inline void load_row(float *__restrict dst, const T *__restrict src, int64_t sd,
                     int64_t n) {
  if (sd == 1)
    for (int64_t c = 0; c < n; ++c)
      dst[c] = to_float(src[c]);
  else
    for (int64_t c = 0; c < n; ++c)
      dst[c] = to_float(src[c * sd]);
}

template <class T>
inline void store_row(T *__restrict dst, int64_t sd,
                      const float *__restrict src, int64_t n) {
  if (sd == 1)
    for (int64_t c = 0; c < n; ++c)
      dst[c] = from_float<T>(src[c]);
  else
    for (int64_t c = 0; c < n; ++c)
      dst[c * sd] = from_float<T>(src[c]);
}

// Query rows (heads x queries) of one task at most, so that its scratch
// stays cache-sized.
constexpr int64_t kMaxTaskRows = 256;

// Per-launch constants shared by all tasks.
struct Plan {
  int64_t G;   // query heads per kv head
  int64_t GS;  // query heads per task (a divisor of G)
  int64_t NG;  // lane groups per task at most (see run_task)
  int64_t nqt; // query tiles per head
  int64_t Dvp; // Dv rounded up to whole micro-kernel rows
  int64_t TKp; // TK rounded up to whole micro-kernel rows
  float scale;
  bool amx; // the CPU has AMX and the process may use it
};

// Thread-private scratch, one 64-byte aligned block per thread and launch.
struct Scratch {
  void *raw = nullptr;
  float *qt, *o, *m, *l, *mx, *alpha, *k, *v, *s, *out;
  // The bf16 path's P^T pairs (on AMX: P's rows of pairs); its Q^T, K
  // and V pairs reuse qt, k and v.
  uint32_t *p2;

  static int64_t pad(int64_t n) { return round_up(n, 16); }
  template <int LQ, int TK> bool alloc(const attc_launch &L, const Plan &P) {
    const int64_t sizes[11] = {P.NG * L.D * LQ,
                               P.NG * P.Dvp * LQ,
                               P.NG * LQ,
                               P.NG * LQ,
                               P.NG * LQ,
                               LQ,
                               P.TKp * L.D,
                               (int64_t(TK) + 1) * P.Dvp,
                               P.TKp * LQ,
                               P.Dvp,
                               (round_up(P.TKp, 32) / 2 + 1) * LQ};
    int64_t total = 16;
    for (int64_t n : sizes)
      total += pad(n);
    raw = std::malloc(size_t(total) * sizeof(float));
    if (!raw)
      return false;
    float *p = reinterpret_cast<float *>(
        (reinterpret_cast<uintptr_t>(raw) + 63) & ~uintptr_t(63));
    float *p2f;
    float **dst[11] = {&qt, &o, &m, &l, &mx, &alpha, &k, &v, &s, &out, &p2f};
    for (int i = 0; i < 11; ++i) {
      *dst[i] = p;
      p += pad(sizes[i]);
    }
    p2 = reinterpret_cast<uint32_t *>(p2f);
    return true;
  }
  ~Scratch() { std::free(raw); }
};

// The score, mask and (without row statistics) weight hooks over the nq
// queries from q0 of one key kk, in place; si, mi and ni are the hooks'
// per-head parts (V::score_inv etc.), so that the loops read no inputs and
// vectorize (GCC 12 keeps a loop with an input read, ALiBi's slopes[h],
// scalar: its bounds checks are control flow it does not if-convert).
template <class V, class SI, class MI, class NI>
inline void score_row(const attc_launch &L, const SI &si, const MI &mi,
                      const NI &ni, float *__restrict row, float *__restrict mx,
                      bool masked, bool track_max, int64_t b, int64_t h,
                      int64_t hk, int64_t q0, int64_t nq, int64_t kk) {
  using Norm = typename V::Norm;
  if constexpr (Norm::kRowStats) {
    if (masked)
      for (int64_t i = 0; i < nq; ++i) {
        const float sp = V::score_at(L, si, row[i], b, h, hk, q0 + i, kk);
        row[i] = V::mask_at(L, mi, b, h, hk, q0 + i, kk) ? sp : -kInf;
      }
    else
      for (int64_t i = 0; i < nq; ++i)
        row[i] = V::score_at(L, si, row[i], b, h, hk, q0 + i, kk);
  } else {
    for (int64_t i = 0; i < nq; ++i) {
      const float sp = V::score_at(L, si, row[i], b, h, hk, q0 + i, kk);
      const bool keep = !masked || V::mask_at(L, mi, b, h, hk, q0 + i, kk);
      if (track_max && keep && sp > mx[i])
        mx[i] = sp;
      row[i] =
          keep ? Norm::weight(sp, V::norm_param_at(L, ni, b, h, hk, q0 + i, kk))
               : 0.0f;
    }
  }
}

// Finalizes row qi of head h from its state (m: the running max, or the
// raw-score max without row statistics; l; the accumulator acc[c * stride]):
// o = acc * inv through the epilogue (via `row`, Dv floats), lse and max.
template <class V>
inline void finish_row(const attc_launch &L, int64_t b, int64_t h, int64_t hk,
                       int64_t qi, float m, float l, const float *acc,
                       int64_t stride, float *row) {
  using T = typename V::elem_t;
  const norm::Final fin = V::Norm::template finalize<V::kHasNormParam>(
      m, l, V::sink(L, b, h, hk, qi));
  for (int64_t c = 0; c < L.Dv; ++c) {
    float val = acc[c * stride] * fin.inv;
    if constexpr (V::kHasEpilogue)
      val = V::epilogue(L, val, b, h, hk, qi, c);
    row[c] = val;
  }
  const int64_t *os = L.o.strides;
  store_row(static_cast<T *>(L.o.data) + b * os[0] + h * os[1] + qi * os[2],
            os[3], row, L.Dv);
  if (L.lse.data) {
    const int64_t *ls = L.lse.strides;
    static_cast<float *>(L.lse.data)[b * ls[0] + h * ls[1] + qi * ls[2]] =
        fin.lse;
  }
  if (L.max.data) {
    const int64_t *ms = L.max.strides;
    static_cast<float *>(L.max.data)[b * ms[0] + h * ms[1] + qi * ms[2]] = m;
  }
}

// Records a thread's failure (to allocate its scratch) from inside a
// parallel region; the region's loops then skip their work.
inline void set_failed(int &failed) {
#ifdef _OPENMP
#pragma omp atomic write
#endif
  failed = 1;
}

// Split-KV: where a launch has fewer tasks than threads (decode with few kv
// heads), each task's key tiles are split `splits` ways; a split leaves its
// rows' partial states in a workspace, (m, l, acc[Dv]) per (split, b, h,
// q), and merge_splits combines them with the normalizer's merge (the LSE
// rule for softmax, sums otherwise) before finish_row.
struct Splits {
  int64_t count = 1, index = 0;
  float *ws = nullptr; // null: no split, finish rows in place
  static int64_t row_floats(const attc_launch &L) { return L.Dv + 2; }
  float *at(const attc_launch &L, int64_t split, int64_t b, int64_t h,
            int64_t qi) const {
    return ws + (((split * L.B + b) * L.Hq + h) * L.Lq + qi) * row_floats(L);
  }
};

// One task: query tile `qtile` of the GS query heads starting at `g0` within kv
// head `hk` of batch `b`, against every key tile. The task's (head, query)
// rows go along the vector lanes in groups of HG heads x nq queries, lane
// (gg * nq + i) for head gg of the group: one head per group when the tile
// fills the lanes, several when it does not (decode: one query of each of a
// GQA group's heads), so that short query tiles do not leave most lanes idle.
template <class V, int TQ, int TK>
void run_task(const attc_launch &L, const Plan &P, Scratch &S, int64_t b,
              int64_t hk, int64_t g0, int64_t qtile, const Splits &split) {
  using T = typename V::elem_t;
  using Norm = typename V::Norm;
  // Softmax-like normalizers keep row statistics; the others weigh each
  // pair on its own.
  constexpr bool kSoftmax = Norm::kRowStats;
  const int64_t D = L.D, Dv = L.Dv, Dvp = P.Dvp, GS = P.GS;
  constexpr int64_t LQ = (TQ + kW - 1) / kW * kW; // lanes per group
  const int64_t q0 = qtile * TQ;
  const int64_t nq = L.Lq - q0 < TQ ? L.Lq - q0 : TQ;
  const int64_t HG = LQ / nq < GS ? LQ / nq : GS; // heads per lane group
  const int64_t ngroups = (GS + HG - 1) / HG;
  // A few rows per group: the decode path (decode_scores / decode_pv), whose
  // vectors run along D and Dv.
  const bool decode = HG * nq <= kW / 2 && D % kW == 0 && Dv % kW == 0;
  // bf16 storage on a CPU with AVX-512 BF16: the vdpbf16ps micro-kernels
  // (pairs along D, so D even).
#if ATTC_CPU_DPBF16
  constexpr bool kDot16 = std::is_same_v<T, bf16>;
#else
  constexpr bool kDot16 = false;
#endif
  const bool dot16 = kDot16 && !decode && D % 2 == 0;
  // S^T on AMX tiles (K rows of 32-element steps of D, in 16-row tiles).
  const bool amx = P.amx && dot16 && D % 32 == 0;
  // O += P V on AMX tiles too (V in pairs of unit-stride rows, 32 columns
  // at a time); O then holds one row per lane (as decode's), in the column
  // order of amx_pack_v; P's rows hold ldpt pairs of keys.
  const bool pv_amx = amx && Dv % 32 == 0 && L.v.strides[3] == 1;
  const bool o_rows = decode || pv_amx;
  const int64_t ldpt = round_up(TK, 32) / 2;
#if ATTC_CPU_AMX
  if (amx)
    amx_configure();
#endif
  const int64_t *qs = L.q.strides, *ks = L.k.strides, *vs = L.v.strides;
  // The decode path reads f32 and bf16 rows of unit stride in place, in
  // the block order of load_block; others from f32 copies.
  constexpr int64_t kBlock = kPack<T> * kW;
  const bool k_direct =
      kRowDirect<T> && decode && ks[3] == 1 && D % kBlock == 0;
  const bool v_direct =
      kRowDirect<T> && decode && vs[3] == 1 && Dv % kBlock == 0;
  // bf16 rows in place on vdpbf16ps (Q as pairs, P rounded to pairs).
  const bool dps = kDot16 && k_direct, dpv = kDot16 && v_direct;
  const int64_t D2 = D / 2;
  const bool track_max = !kSoftmax && L.max.data != nullptr;
  // Heads of group grp: [first, first + count); h of its head gg.
  auto group_heads = [&](int64_t grp) {
    return grp * HG + HG <= GS ? HG : GS - grp * HG;
  };
  auto head = [&](int64_t grp, int64_t gg) {
    return hk * P.G + g0 + grp * HG + gg;
  };

  // Q^T tiles, pre-scaled, zero in padded lanes; fresh accumulators.
  for (int64_t grp = 0; grp < ngroups; ++grp) {
    const int64_t hg = group_heads(grp), nl = hg * nq;
    float *qt = S.qt + grp * D * LQ;
    if constexpr (kDot16)
      if (dot16) {
        // Q^T as bf16 pairs along D (unscaled: mk_bf16 scales S).
        uint32_t *qt2 = reinterpret_cast<uint32_t *>(qt);
        for (int64_t gg = 0; gg < hg; ++gg) {
          const T *src = static_cast<const T *>(L.q.data) + b * qs[0] +
                         head(grp, gg) * qs[1];
          for (int64_t i = 0; i < nq; ++i)
            for (int64_t d = 0; d < D2; ++d) {
              const T *x = src + (q0 + i) * qs[2] + 2 * d * qs[3];
              qt2[d * LQ + gg * nq + i] = bf16_pair(x[0], x[qs[3]]);
            }
        }
        for (int64_t d = 0; d < D2; ++d)
          for (int64_t i = nl; i < round_up(nl, kW); ++i)
            qt2[d * LQ + i] = 0;
      }
    // Q^T (lane-minor) for the micro-kernel, or one row per lane to decode.
    // (decode_scores_dp: one row of unscaled bf16 pairs per lane.)
    const int64_t lane_stride = decode ? D : 1, d_stride = decode ? 1 : LQ;
    for (int64_t gg = 0; gg < hg && !dot16; ++gg) {
      const T *src = static_cast<const T *>(L.q.data) + b * qs[0] +
                     head(grp, gg) * qs[1];
      for (int64_t i = 0; i < nq; ++i) {
        const T *x = src + (q0 + i) * qs[2];
        float *row = qt + (gg * nq + i) * lane_stride;
        if (dps)
          for (int64_t d = 0; d < D2; ++d)
            reinterpret_cast<uint32_t *>(row)[d] =
                bf16_pair(x[2 * d * qs[3]], x[(2 * d + 1) * qs[3]]);
        else
          for (int64_t d = 0; d < D; ++d)
            row[(k_direct ? block_pos<T>(d) : d) * d_stride] =
                P.scale * to_float(x[d * qs[3]]);
      }
    }
    if (decode) // the rows with_rows pads to
      std::memset(qt + nl * D, 0, sizeof(float) * (LQ - nl) * D);
    else if (!dot16)
      for (int64_t d = 0; d < D; ++d)
        for (int64_t i = nl; i < round_up(nl, kW); ++i)
          qt[d * LQ + i] = 0.0f;
    std::memset(S.o + grp * Dvp * LQ, 0, sizeof(float) * Dvp * LQ);
    for (int64_t i = 0; i < LQ; ++i) {
      S.m[grp * LQ + i] = -kInf;
      S.l[grp * LQ + i] = 0.0f;
      S.mx[grp * LQ + i] = -kInf;
    }
  }
  // The decode path writes only its lanes of S; the others stay finite.
  if (decode)
    std::memset(S.s, 0, sizeof(float) * P.TKp * LQ);
  // Without row statistics O is never rescaled (decode_pv reads alpha).
  if constexpr (!kSoftmax)
    for (int64_t i = 0; i < LQ; ++i)
      S.alpha[i] = 1.0f;
  // This task's K and V rows.
  const T *kb = static_cast<const T *>(L.k.data) + b * ks[0] + hk * ks[1];
  const T *vb = static_cast<const T *>(L.v.data) + b * vs[0] + hk * vs[1];

  int cls[kMaxTaskRows]; // GS is at most this (see attention)
  int64_t k_begin, k_end;
  key_tiles<V, TK>(L, q0, q0 + nq, k_begin, k_end);
  if (split.count > 1) {
    // This split's share of whole key tiles.
    const int64_t nt = (k_end - k_begin + TK - 1) / TK;
    const int64_t lo = k_begin + nt * split.index / split.count * TK;
    const int64_t hi = k_begin + nt * (split.index + 1) / split.count * TK;
    k_begin = lo;
    k_end = hi < k_end ? hi : k_end;
  }
  for (int64_t k0 = k_begin; k0 < k_end; k0 += TK) {
    const int64_t nk = L.Lk - k0 < TK ? L.Lk - k0 : TK;
    const int64_t nkp = round_up(nk, kRows);

    // Block-sparsity: skip (query tile, key tile) pairs with nothing kept,
    // and mask calls where everything is kept.
    bool any = false;
    for (int64_t g = 0; g < GS; ++g) {
      cls[g] = tile_class<V>(L, b, hk * P.G + g0 + g, q0, q0 + nq, k0, k0 + nk);
      any |= cls[g] != kTileEmpty;
    }
    if (!any)
      continue;

    // K and V tiles as contiguous f32, shared by the GS heads; K rows past
    // nk are zero so whole key blocks can be computed. The decode path reads
    // rows in place where k_direct / v_direct, else row-major f32 copies;
    // rows in place prefetch the next tile's as they go.
    const bool next = k0 + TK < k_end;
    const bool k_tiles = amx && ks[3] == 1 && nk % 16 == 0;
    // f32 K rows of unit stride in whole micro-kernel blocks: the S^T
    // micro-kernel broadcasts from them where they lie.
    const bool k_rows = std::is_same_v<T, float> && !decode && !dot16 &&
                        ks[3] == 1 && nk % kRows == 0;
    // Likewise V's rows for O^T += V^T P^T, where Dv holds whole blocks.
    const float *vrows = reinterpret_cast<const float *>(vb + k0 * vs[2]);
    const bool v_rows = std::is_same_v<T, float> && !decode && !dot16 &&
                        vs[3] == 1 && Dv % kRows == 0;
    if (decode) {
      if (!k_direct)
        for (int64_t j = 0; j < nk; ++j)
          load_row(S.k + j * D, kb + (k0 + j) * ks[2], ks[3], D);
    } else if (dot16) {
      // K pairs in panels of kRows keys; V pairs of keys (j, j + 1) by
      // column, zero past nk and Dv.
      // Unit-stride rows are copied as words (K) and interleaved with
      // vector shifts (V), not assembled element by element.
      uint32_t *k2 = reinterpret_cast<uint32_t *>(S.k);
      // (AMX: K rows as they are, zero up to a multiple of 16 keys; read
      // in place instead where the tile is whole 16-row blocks of
      // unit-stride rows, k_tiles.)
      bf16 *krows = reinterpret_cast<bf16 *>(S.k);
      for (int64_t j = 0; j < round_up(nk, 16) && amx && !k_tiles; ++j) {
        const T *src = kb + (k0 + j) * ks[2];
        if (j >= nk)
          std::memset(krows + j * D, 0, sizeof(bf16) * D);
        else if (ks[3] == 1)
          std::memcpy(krows + j * D, src, sizeof(bf16) * D);
        else
          for (int64_t d = 0; d < D; ++d)
            std::memcpy(krows + j * D + d, src + d * ks[3], sizeof(bf16));
      }
      for (int64_t j = 0; j < nkp && !amx; ++j) {
        uint32_t *kp = k2 + (j / kRows) * kRows * D2 + j % kRows;
        const T *src = kb + (k0 + j) * ks[2];
        if (j >= nk)
          for (int64_t d = 0; d < D2; ++d)
            kp[d * kRows] = 0;
        else if (ks[3] == 1)
          for (int64_t d = 0; d < D2; ++d)
            std::memcpy(kp + d * kRows, src + 2 * d, sizeof(uint32_t));
        else
          for (int64_t d = 0; d < D2; ++d)
            kp[d * kRows] =
                bf16_pair(src[2 * d * ks[3]], src[(2 * d + 1) * ks[3]]);
      }
      uint32_t *v2 = reinterpret_cast<uint32_t *>(S.v);
      const T zero{};
#if ATTC_CPU_AMX
      if (pv_amx)
        amx_pack_v(reinterpret_cast<const bf16 *>(vb + k0 * vs[2]), vs[2], nk,
                   Dv, v2);
#endif
      for (int64_t j = 0; j < nk && !pv_amx; j += 2) {
        const T *r0 = vb + (k0 + j) * vs[2], *r1 = r0 + vs[2];
        uint32_t *__restrict dst = v2 + (j / 2) * Dvp;
        if (vs[3] == 1 && j + 1 < nk) {
          const uint16_t *a = reinterpret_cast<const uint16_t *>(r0);
          const uint16_t *c1 = reinterpret_cast<const uint16_t *>(r1);
          for (int64_t c = 0; c < Dv; ++c)
            dst[c] = uint32_t(a[c]) | uint32_t(c1[c]) << 16;
        } else {
          for (int64_t c = 0; c < Dv; ++c)
            dst[c] =
                bf16_pair(r0[c * vs[3]], j + 1 < nk ? r1[c * vs[3]] : zero);
        }
        for (int64_t c = Dv; c < Dvp; ++c)
          dst[c] = 0;
      }
    } else {
      // K goes into panels of kRows keys (key-minor) for the S^T product,
      // unless its f32 rows are read in place.
      for (int64_t j = 0; j < nkp && !k_rows; ++j) {
        float *kp = S.k + (j / kRows) * kRows * D + j % kRows;
        if (j < nk) {
          const T *src = kb + (k0 + j) * ks[2];
          const int64_t sd = ks[3];
          for (int64_t d = 0; d < D; ++d)
            kp[d * kRows] = to_float(src[d * sd]);
        } else {
          for (int64_t d = 0; d < D; ++d)
            kp[d * kRows] = 0.0f;
        }
      }
    }
    if (!v_direct && !dot16 && !v_rows)
      for (int64_t j = 0; j < nk; ++j) {
        load_row(S.v + j * Dvp, vb + (k0 + j) * vs[2], vs[3], Dv);
        for (int64_t c = Dv; c < Dvp; ++c)
          S.v[j * Dvp + c] = 0.0f;
      }

    for (int64_t grp = 0; grp < ngroups; ++grp) {
      const int64_t hg = group_heads(grp), nl = hg * nq;
      const int64_t nlv = round_up(nl, kW); // lanes computed
      bool live = false, all_full = true;
      for (int64_t gg = 0; gg < hg; ++gg) {
        live |= cls[grp * HG + gg] != kTileEmpty;
        all_full &= cls[grp * HG + gg] == kTileFull;
      }
      if (!live)
        continue;
      const bool masked = V::kHasMask && !all_full;
      float *s = S.s;
      float *o = S.o + grp * Dvp * LQ;
      float *m = S.m + grp * LQ, *l = S.l + grp * LQ, *mx = S.mx + grp * LQ;

      // S^T = K Q^T
      if (decode)
        with_rows(nl, [&](auto rows) {
          constexpr int R = decltype(rows)::value;
          const float *qg = S.qt + grp * D * LQ;
#if ATTC_CPU_DPBF16
          if constexpr (kDot16)
            if (dps)
              return decode_scores_dp<R>(kb + k0 * ks[2], ks[2], nk,
                                         reinterpret_cast<const uint32_t *>(qg),
                                         D, D, P.scale, s, LQ,
                                         next ? TK * ks[2] : 0);
#endif
          if constexpr (kRowDirect<T>)
            if (k_direct)
              return decode_scores<R>(kb + k0 * ks[2], ks[2], nk, qg, D, s, LQ,
                                      next ? TK * ks[2] : 0);
          decode_scores<R>(S.k, D, nk, qg, D, s, LQ, 0);
        });
#if ATTC_CPU_AMX
      else if (amx)
        amx_scores(k_tiles ? reinterpret_cast<const bf16 *>(kb + k0 * ks[2])
                           : reinterpret_cast<const bf16 *>(S.k),
                   k_tiles ? ks[2] : D, round_up(nk, 16),
                   reinterpret_cast<const uint32_t *>(S.qt + grp * D * LQ), LQ,
                   D, s, LQ, nlv, P.scale);
#endif
#if ATTC_CPU_DPBF16
      else if (dot16)
        mk_tile_bf16<kVecs, Init::Zero, ALayout::Panel>(
            reinterpret_cast<const uint32_t *>(S.k), D2,
            reinterpret_cast<const uint32_t *>(S.qt + grp * D * LQ), LQ, D2, s,
            LQ, S.alpha, P.scale, nlv, nkp);
#endif
      else if (k_rows)
        mk_tile<kVecs, Init::Zero, ALayout::Rows>(
            reinterpret_cast<const float *>(kb + k0 * ks[2]), ks[2],
            S.qt + grp * D * LQ, LQ, D, s, LQ, S.alpha, 0, nlv, nkp);
      else
        mk_tile<kVecs, Init::Zero, ALayout::Panel>(
            S.k, D, S.qt + grp * D * LQ, LQ, D, s, LQ, S.alpha, 0, nlv, nkp);

      // Per-element hooks, vectorizable over queries when they inline.
      for (int64_t gg = 0; gg < hg; ++gg) {
        const int64_t h = head(grp, gg);
        const auto si = V::score_inv(L, b, h, hk);
        const auto mi = V::mask_inv(L, b, h, hk);
        const auto ni = V::norm_param_inv(L, b, h, hk);
        for (int64_t j = 0; j < nk; ++j)
          score_row<V>(L, si, mi, ni, s + j * LQ + gg * nq, mx + gg * nq,
                       masked, track_max, b, h, hk, q0, nq, k0 + j);
      }

      if constexpr (kSoftmax) {
        // Online softmax over this key tile, one vector of lanes at a time.
        using Online = typename Norm::template Online<VecOps>;
        for (int64_t i = 0; i < nlv; i += kW) {
          vf mt = vsplat(-kInf);
          for (int64_t j = 0; j < nk; ++j)
            mt = vmax(mt, vload(s + j * LQ + i));
          vf mv = vload(m + i), lv = vload(l + i), mn;
          const vf offset = Online::begin_tile(mv, mt, mn);
          vf sum = vsplat(0.0f);
          for (int64_t j = 0; j < nk; ++j) {
            const vf p = Online::weight(vload(s + j * LQ + i), offset);
            vstore(s + j * LQ + i, p);
            sum += p;
          }
          vstore(S.alpha + i, Online::end_tile(mv, lv, mn, offset, sum));
          vstore(l + i, lv);
          vstore(m + i, mv);
        }
      }
      // O^T = alpha O^T + V^T P^T (alpha = 1 without row statistics)
      if (decode)
        with_rows(nl, [&](auto rows) {
          constexpr int R = decltype(rows)::value;
#if ATTC_CPU_DPBF16
          if constexpr (kDot16)
            if (dpv) {
              pack_p_bf16(s, LQ, nk, kW, S.p2, LQ);
              return decode_pv_dp<R>(vb + k0 * vs[2], vs[2], nk, S.p2, LQ,
                                     S.alpha, o, Dv, next ? TK * vs[2] : 0);
            }
#endif
          if constexpr (kRowDirect<T>)
            if (v_direct)
              return decode_pv<R>(vb + k0 * vs[2], vs[2], nk, s, LQ, S.alpha, o,
                                  Dv, next ? TK * vs[2] : 0);
          decode_pv<R>(S.v, Dvp, nk, s, LQ, S.alpha, o, Dv, 0);
        });
#if ATTC_CPU_DPBF16
      else if (dot16) {
        const uint32_t *v2 = reinterpret_cast<const uint32_t *>(S.v);
#if ATTC_CPU_AMX
        if (pv_amx) {
          // Whole 32-key steps: the pairs past the tile are zero.
          const int64_t nw = round_up(nk, 32) / 2;
          uint32_t *pt = S.p2;
          amx_pack_pt(s, LQ, nk, nlv, pt, ldpt);
          // (Once the row maxima settle, every alpha is 1.)
          for (int64_t i = 0; i < nlv && kSoftmax; ++i)
            if (S.alpha[i] != 1.0f)
              for (int64_t c = 0; c < Dv; c += kW)
                vstore(o + i * Dv + c, vload(o + i * Dv + c) * S.alpha[i]);
          amx_pv(pt, ldpt, nw, v2, Dv, o, Dv, nlv, Dv);
        } else
#endif
        {
          pack_p_bf16(s, LQ, nk, nlv, S.p2, LQ);
          if constexpr (kSoftmax)
            mk_tile_bf16<kVecs, Init::Rescale, ALayout::Cols>(
                v2, Dvp, S.p2, LQ, (nk + 1) / 2, o, LQ, S.alpha, 1.0f, nlv,
                Dvp);
          else
            mk_tile_bf16<kVecs, Init::Load, ALayout::Cols>(
                v2, Dvp, S.p2, LQ, (nk + 1) / 2, o, LQ, S.alpha, 1.0f, nlv,
                Dvp);
        }
      }
#endif
      else if constexpr (kSoftmax)
        mk_tile<kVecs, Init::Rescale, ALayout::Cols>(
            v_rows ? vrows : S.v, v_rows ? vs[2] : Dvp, s, LQ, nk, o, LQ,
            S.alpha, 0, nlv, Dvp);
      else
        mk_tile<kVecs, Init::Load, ALayout::Cols>(
            v_rows ? vrows : S.v, v_rows ? vs[2] : Dvp, s, LQ, nk, o, LQ,
            S.alpha, 0, nlv, Dvp);
    }
  }

#if ATTC_CPU_AMX
  if (amx)
    _tile_release();
#endif
  // Normalize, apply the epilogue and store o, lse and max; or leave the
  // split's partial state.
  for (int64_t grp = 0; grp < ngroups; ++grp) {
    const int64_t hg = group_heads(grp);
    float *acc = S.o + grp * Dvp * LQ;
    for (int64_t l = 0; l < hg * nq && (v_direct || pv_amx); ++l)
      if (dpv || pv_amx)
        unblock_row<32>(acc + l * Dv, Dv, dp_block_pos);
      else
        unblock_row<T>(acc + l * Dv, Dv);
    for (int64_t gg = 0; gg < hg; ++gg) {
      const int64_t h = head(grp, gg);
      for (int64_t i = 0; i < nq; ++i) {
        const int64_t qi = q0 + i, lane = gg * nq + i;
        const float mi =
            kSoftmax ? S.m[grp * LQ + lane] : S.mx[grp * LQ + lane];
        const float li = S.l[grp * LQ + lane];
        const float *a = acc + (o_rows ? lane * Dv : lane);
        const int64_t stride = o_rows ? 1 : LQ;
        if (split.ws) {
          float *part = split.at(L, split.index, b, h, qi);
          part[0] = mi;
          part[1] = li;
          for (int64_t c = 0; c < Dv; ++c)
            part[2 + c] = a[c * stride];
        } else {
          finish_row<V>(L, b, h, hk, qi, mi, li, a, stride, S.out);
        }
      }
    }
  }
}

// Merges the splits of every row and finishes it (Splits); false when a
// thread cannot allocate its row buffer.
template <class V>
bool merge_splits(const attc_launch &L, const Splits &split, int threads) {
  const int64_t rows = L.B * L.Hq * L.Lq, G = L.Hq / L.Hkv;
  int failed = 0;
#ifdef _OPENMP
#pragma omp parallel num_threads(threads)
#endif
  {
    float *buf =
        static_cast<float *>(std::malloc(sizeof(float) * 2 * size_t(L.Dv)));
    if (!buf)
      set_failed(failed);
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
    for (int64_t r = 0; r < rows; ++r) {
      if (!buf)
        continue;
      const int64_t qi = r % L.Lq, h = r / L.Lq % L.Hq, b = r / L.Lq / L.Hq;
      float m = -kInf, l = 0.0f, *acc = buf, *row = buf + L.Dv;
      for (int64_t c = 0; c < L.Dv; ++c)
        acc[c] = 0.0f;
      for (int64_t s = 0; s < split.count; ++s) {
        const float *part = split.at(L, s, b, h, qi);
        V::Norm::merge(m, l, acc, part[0], part[1], part + 2, L.Dv);
      }
      finish_row<V>(L, b, h, h / G, qi, m, l, acc, 1, row);
    }
    std::free(buf);
  }
  return !failed;
}

} // namespace detail

// Runs the launch with query tiles of TQ rows and key tiles of TK keys;
// HPT query heads of a kv head per task (the schedule's heads_per_task; 0 or
// one that does not divide this launch's group: the largest divisor of the
// group up to 256 query rows per task). Returns ATTC_OK, ATTC_ERR_INVALID
// for an inconsistent launch, or ATTC_ERR_NOMEM when a thread cannot
// allocate its scratch.
// KVS (the schedule's kv_splits): above 1, each task's key tiles are split
// that many ways (at most one split per key tile); otherwise split-KV is
// chosen here, when the launch has fewer tasks than threads (see Splits).
template <class V, int TQ, int TK, int HPT = 0, int KVS = 1>
int attention(const attc_launch &L) {
  using namespace detail;
  static_assert(TQ > 0, "TQ must be positive");
  static_assert(TK > 0, "TK must be positive");
  if (!valid_launch<V>(L))
    return ATTC_ERR_INVALID;
  if (L.B == 0 || L.Lq == 0)
    return ATTC_OK;

  Plan P;
  P.G = L.Hq / L.Hkv;
  // Heads sharing a kv head share each converted K/V tile, up to
  // kMaxTaskRows rows of queries per task (more heads when Lq is short).
  const int64_t rows = L.Lq < TQ ? L.Lq : TQ;
  const int64_t max_gs = rows >= kMaxTaskRows ? 1 : kMaxTaskRows / rows;
  P.GS = 1;
  if (HPT > 0 && HPT <= max_gs && P.G % HPT == 0)
    P.GS = HPT;
  else
    for (int64_t gs = P.G < max_gs ? P.G : max_gs; gs > 1; --gs)
      if (P.G % gs == 0) {
        P.GS = gs;
        break;
      }
  {
    // run_task's lane groups: the fewest heads per group (HG) come with the
    // longest tiles.
    constexpr int64_t LQ = (TQ + kW - 1) / kW * kW;
    const int64_t hg = LQ / rows < P.GS ? LQ / rows : P.GS;
    P.NG = (P.GS + hg - 1) / hg;
  }
  P.nqt = (L.Lq + TQ - 1) / TQ;
  P.Dvp = round_up(L.Dv, kRows);
  P.TKp = round_up(TK, kRows);
  P.scale = V::scale(L);
#if ATTC_CPU_AMX
  P.amx =
      std::is_same_v<typename V::elem_t, bf16> && TK % 16 == 0 && amx_enabled();
#else
  P.amx = false;
#endif
  const int64_t nsub = P.G / P.GS;
  const int64_t ntasks = L.B * L.Hkv * nsub * P.nqt;

  // Split-KV: a fixed count, or enough splits of at least two key tiles
  // each to give every thread a task.
  const int threads = L.num_threads > 0 ? L.num_threads : max_threads();
  const int64_t nkt = (L.Lk + TK - 1) / TK;
  int64_t nsplit = KVS;
  if (KVS <= 1 && ntasks < threads) {
    nsplit = (threads + ntasks - 1) / ntasks;
    if (nsplit > nkt / 2)
      nsplit = nkt / 2;
  }
  if (nsplit > nkt)
    nsplit = nkt;
  Splits split;
  if (nsplit > 1) {
    split.count = nsplit;
    split.ws = static_cast<float *>(
        std::malloc(sizeof(float) * size_t(nsplit * L.B * L.Hq * L.Lq *
                                           Splits::row_floats(L))));
    if (!split.ws)
      return ATTC_ERR_NOMEM;
  }
  const int64_t nwork = ntasks * split.count;

  int failed = 0;
  auto work = [&]() {
    // Scratch is allocated on a thread's first task, so idle threads of a
    // small launch allocate nothing.
    Scratch S;
    bool ok = false, tried = false;
#ifdef _OPENMP
#pragma omp for schedule(dynamic)
#endif
    for (int64_t w = 0; w < nwork; ++w) {
      if (!tried) {
        tried = true;
        ok = S.alloc<(TQ + kW - 1) / kW * kW, TK>(L, P);
        if (!ok)
          set_failed(failed);
      }
      if (!ok)
        continue;
      // Consecutive tasks share a head, so threads running side by side
      // share its K/V in cache; within a head the last query tiles go first,
      // as under causal-like masks they cost the most.
      Splits mine = split;
      mine.index = w % split.count;
      const int64_t t = w / split.count;
      const int64_t qtile = P.nqt - 1 - t % P.nqt;
      int64_t r = t / P.nqt;
      const int64_t sub = r % nsub;
      r /= nsub;
      const int64_t hk = r % L.Hkv;
      const int64_t b = r / L.Hkv;
      run_task<V, TQ, TK>(L, P, S, b, hk, sub * P.GS, qtile, mine);
    }
  };
  const int nt = nwork < threads ? int(nwork) : threads;
  (void)nt;
#ifdef _OPENMP
#pragma omp parallel num_threads(nt)
#endif
  work();
  if (!failed && split.ws && !merge_splits<V>(L, split, threads))
    failed = 1;
  std::free(split.ws);
  return failed ? ATTC_ERR_NOMEM : ATTC_OK;
}

// Counts the (query tile, key tile) pairs of every head the kernel visits
// and how many of them are full: stats[0] all, stats[1] visited, stats[2]
// full; the same classification as attention(), for `attc bench`. When
// `grid` is not null it receives the classes of batch 0, head 0, one char
// per tile, row-major over query tiles: '.' skipped, 'P' partial, 'F' full.
template <class V, int TQ, int TK>
int tile_stats(const attc_launch &L, int64_t stats[3], char *grid) {
  using namespace detail;
  stats[0] = stats[1] = stats[2] = 0;
  if (!valid_launch<V>(L, /*outputs=*/false))
    return ATTC_ERR_INVALID;
  const int64_t nqt = (L.Lq + TQ - 1) / TQ, nkt = (L.Lk + TK - 1) / TK;
  int64_t visited = 0, full = 0;
#ifdef _OPENMP
#pragma omp parallel for collapse(2) reduction(+ : visited, full)
#endif
  for (int64_t bh = 0; bh < L.B * L.Hq; ++bh)
    for (int64_t qt = 0; qt < nqt; ++qt) {
      const int64_t b = bh / L.Hq, h = bh % L.Hq;
      const int64_t q0 = qt * TQ, q1 = L.Lq < q0 + TQ ? L.Lq : q0 + TQ;
      char *row = grid && bh == 0 ? grid + qt * nkt : nullptr;
      if (row)
        std::memset(row, '.', size_t(nkt));
      int64_t k_begin, k_end;
      key_tiles<V, TK>(L, q0, q1, k_begin, k_end);
      for (int64_t k0 = k_begin; k0 < k_end; k0 += TK) {
        const int64_t k1 = L.Lk < k0 + TK ? L.Lk : k0 + TK;
        const int c = tile_class<V>(L, b, h, q0, q1, k0, k1);
        visited += c != kTileEmpty;
        full += c == kTileFull;
        if (row && c != kTileEmpty)
          row[k0 / TK] = c == kTileFull ? 'F' : 'P';
      }
    }
  stats[0] = L.B * L.Hq * nqt * nkt;
  stats[1] = visited;
  stats[2] = full;
  return ATTC_OK;
}

} // namespace cpu
} // namespace attc

#pragma GCC visibility pop

#endif // ATTC_CPU_ATTENTION_H
