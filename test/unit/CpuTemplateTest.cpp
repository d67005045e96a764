//===- CpuTemplateTest.cpp - CPU attention template vs. f64 reference -----===//
//
// Hand-written variants, as attc would generate them, run through
// templates/cpu/attention.h and compared with a naive float64 reference on
// random inputs over awkward shapes, layouts and dtypes.
//
//===----------------------------------------------------------------------===//
#include "attc_abi.h"
#include "attc_normalize.h"
#include "attc_types.h"
#include "attc_variant.h"
#include "attention.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

//===----------------------------------------------------------------------===//
// Variants
//===----------------------------------------------------------------------===//

// Hand-written variants follow the contract of attc_variant.h: derive from
// VariantBase (a default for every hook) and hide what differs.
template <class T> struct Plain : attc::VariantBase<Plain<T>> {
  using elem_t = T;
};

// Bottom-right aligned causal mask with a tanh soft-cap.
template <class T> struct CausalSoftcap : attc::VariantBase<CausalSoftcap<T>> {
  using elem_t = T;
  static constexpr bool kHasMask = true;
  static float score(const attc_launch &, float s, int64_t, int64_t, int64_t,
                     int64_t, int64_t) {
    return 2.0f * std::tanh(s / 2.0f);
  }
  static bool mask(const attc_launch &L, int64_t, int64_t, int64_t, int64_t q,
                   int64_t k) {
    return k <= q + (L.Lk - L.Lq);
  }
};

// Same, with the block-sparsity hook.
template <class T> struct CausalTiled : CausalSoftcap<T> {
  static int tile_class(const attc_launch &L, int64_t, int64_t, int64_t q0,
                        int64_t q1, int64_t k0, int64_t k1) {
    const int64_t off = L.Lk - L.Lq;
    if (k0 > q1 - 1 + off)
      return attc::kTileEmpty;
    if (k1 - 1 <= q0 + off)
      return attc::kTileFull;
    return attc::kTilePartial;
  }
};

// Sink per head; the first two query rows have no kept key.
struct Sink : attc::VariantBase<Sink> {
  using elem_t = float;
  static constexpr bool kHasMask = true;
  static constexpr bool kHasNormParam = true;
  static bool mask(const attc_launch &, int64_t, int64_t, int64_t, int64_t q,
                   int64_t k) {
    return k <= q - 2;
  }
  static float sink(const attc_launch &, int64_t, int64_t h, int64_t, int64_t) {
    return 0.7f * float(h) - 0.5f;
  }
};

struct SigmoidBias : attc::VariantBase<SigmoidBias> {
  using elem_t = float;
  using Norm = attc::norm::Sigmoid;
  static constexpr bool kHasNormParam = true;
  static constexpr bool kHasMask = true;
  static float score(const attc_launch &, float s, int64_t, int64_t, int64_t,
                     int64_t, int64_t) {
    return s - 1.0f;
  }
  static bool mask(const attc_launch &, int64_t, int64_t, int64_t, int64_t q,
                   int64_t k) {
    return q - k <= 17 && k - q <= 17;
  }
  // bias = 0.25 (h - k % 3): the sigmoid's parameter hook.
  static float norm_param(const attc_launch &, int64_t, int64_t h, int64_t,
                          int64_t, int64_t k) {
    return 0.25f * float(h - k % 3);
  }
};

struct Relu2 : attc::VariantBase<Relu2> {
  using elem_t = float;
  using Norm = attc::norm::Relu<2>;
  static constexpr bool kHasMask = true;
  static float scale(const attc_launch &L) { return 1.0f / float(L.D); }
  static bool mask(const attc_launch &, int64_t, int64_t, int64_t, int64_t q,
                   int64_t k) {
    return k <= q;
  }
};

struct NoneNorm : attc::VariantBase<NoneNorm> {
  using elem_t = float;
  using Norm = attc::norm::Identity;
  static float scale(const attc_launch &L) { return 1.0f / float(L.D); }
};

struct Epilogue : CausalSoftcap<float> {
  static constexpr bool kHasEpilogue = true;
  static float epilogue(const attc_launch &, float o, int64_t, int64_t h,
                        int64_t, int64_t q, int64_t d) {
    return 1.5f * o + 0.01f * float(d) - 0.001f * float(q) + float(h);
  }
};

// Extra inputs: ALiBi slopes [Hq] (bf16), key padding [B, Lk] (bool) and
// per-batch kv lengths [B] (i64).
struct Inputs : attc::VariantBase<Inputs> {
  using elem_t = float;
  static constexpr bool kHasMask = true;
  static float score(const attc_launch &L, float s, int64_t, int64_t h, int64_t,
                     int64_t q, int64_t k) {
    return s + attc::load_input<float>(L.inputs[0], h) * float(k - q);
  }
  static bool mask(const attc_launch &L, int64_t b, int64_t, int64_t, int64_t,
                   int64_t k) {
    return attc::load_input<bool>(L.inputs[1], b, k) &&
           k < attc::load_input<int64_t>(L.inputs[2], b);
  }
};

//===----------------------------------------------------------------------===//
// Strided tensors
//===----------------------------------------------------------------------===//

enum class Layout { BHSD, BSHD, DMajor }; // DMajor: D outside L

struct Buf {
  std::vector<unsigned char> mem;
  attc_tensor t{};
  std::vector<int64_t> offsets; // logical row-major index -> element offset
};

template <class T> int dtype_code();
template <> int dtype_code<float>() { return ATTC_F32; }
template <> int dtype_code<attc::f16>() { return ATTC_F16; }
template <> int dtype_code<attc::bf16>() { return ATTC_BF16; }
template <> int dtype_code<int64_t>() { return ATTC_I64; }
template <> int dtype_code<bool>() { return ATTC_BOOL; }

// A view of `shape` whose physical dim order is `perm` (outermost first) and
// whose innermost physical dim is padded by `pad` unused elements.
template <class T>
Buf make_buf(std::vector<int64_t> shape, std::vector<int> perm, int pad) {
  const int R = int(shape.size());
  Buf b;
  b.t.dtype = dtype_code<T>();
  b.t.rank = R;
  int64_t stride = 1;
  for (int k = R - 1; k >= 0; --k) {
    b.t.strides[perm[k]] = stride;
    stride *= shape[perm[k]] + (k == R - 1 ? pad : 0);
  }
  int64_t n = 1;
  for (int d = 0; d < R; ++d) {
    b.t.shape[d] = shape[d];
    n *= shape[d];
  }
  b.mem.assign(size_t(stride) * sizeof(T) + 1, 0);
  b.t.data = stride > 0 ? b.mem.data() : nullptr;
  b.offsets.resize(size_t(n));
  for (int64_t i = 0; i < n; ++i) {
    int64_t r = i, off = 0;
    for (int d = R - 1; d >= 0; --d) {
      off += (r % shape[d]) * b.t.strides[d];
      r /= shape[d];
    }
    b.offsets[size_t(i)] = off;
  }
  return b;
}

std::vector<int> perm_of(Layout l) {
  switch (l) {
  case Layout::BHSD:
    return {0, 1, 2, 3};
  case Layout::BSHD:
    return {0, 2, 1, 3};
  case Layout::DMajor:
    return {0, 1, 3, 2};
  }
  return {};
}

template <class T> void set(Buf &b, int64_t i, double x) {
  reinterpret_cast<T *>(b.mem.data())[b.offsets[size_t(i)]] =
      attc::from_float<T>(float(x));
}
template <class T> double get(const Buf &b, int64_t i) {
  return attc::to_float(
      reinterpret_cast<const T *>(b.mem.data())[b.offsets[size_t(i)]]);
}

// Fills with N(0,1) rounded to T; returns the rounded values.
template <class T> std::vector<double> fill_normal(Buf &b, std::mt19937 &rng) {
  std::normal_distribution<float> dist;
  std::vector<double> vals(b.offsets.size());
  for (size_t i = 0; i < vals.size(); ++i) {
    set<T>(b, int64_t(i), dist(rng));
    vals[i] = get<T>(b, int64_t(i));
  }
  return vals;
}

// Every byte NaN-ish: f32 0xffffffff, f16 0xffff and bf16 0xffff are NaNs.
void fill_nan(Buf &b) { std::memset(b.mem.data(), 0xff, b.mem.size()); }

// Elements outside the view must keep the sentinel.
template <class T> bool padding_untouched(const Buf &b) {
  std::vector<char> used(b.mem.size() / sizeof(T) + 1, 0);
  for (int64_t off : b.offsets)
    used[size_t(off)] = 1;
  for (size_t i = 0; i + sizeof(T) <= b.mem.size(); i += sizeof(T))
    if (!used[i / sizeof(T)])
      for (size_t k = 0; k < sizeof(T); ++k)
        if (b.mem[i + k] != 0xff)
          return false;
  return true;
}

//===----------------------------------------------------------------------===//
// Reference and driver
//===----------------------------------------------------------------------===//

struct Case {
  int64_t B, Hq, Hkv, Lq, Lk, D, Dv;
  Layout lq = Layout::BHSD, lk = Layout::BHSD, lv = Layout::BHSD,
         lo = Layout::BHSD;
  int pad = 0;
  bool lse = true, max = true;
  int threads = 0;
};

std::string describe(const Case &c) {
  char buf[200];
  std::snprintf(buf, sizeof buf,
                "B=%lld Hq=%lld Hkv=%lld Lq=%lld Lk=%lld D=%lld Dv=%lld "
                "layouts=%d%d%d%d pad=%d threads=%d",
                (long long)c.B, (long long)c.Hq, (long long)c.Hkv,
                (long long)c.Lq, (long long)c.Lk, (long long)c.D,
                (long long)c.Dv, int(c.lq), int(c.lk), int(c.lv), int(c.lo),
                c.pad, c.threads);
  return buf;
}

struct Ref {
  std::vector<double> o, lse, max;
};

template <class V>
Ref reference(const attc_launch &L, const std::vector<double> &q,
              const std::vector<double> &k, const std::vector<double> &v) {
  Ref r;
  r.o.assign(size_t(L.B * L.Hq * L.Lq * L.Dv), 0.0);
  r.lse.assign(size_t(L.B * L.Hq * L.Lq), -kInf);
  r.max.assign(size_t(L.B * L.Hq * L.Lq), -kInf);
  const double scale = V::scale(L);
  const int64_t G = L.Hq / L.Hkv;
  std::vector<double> sp(size_t(L.Lk)), p(size_t(L.Lk));
  std::vector<char> keep(size_t(L.Lk));
  for (int64_t b = 0; b < L.B; ++b)
    for (int64_t h = 0; h < L.Hq; ++h)
      for (int64_t i = 0; i < L.Lq; ++i) {
        const int64_t hk = h / G;
        const int64_t row = (b * L.Hq + h) * L.Lq + i;
        const double *qi = &q[size_t(row * L.D)];
        double mx = -kInf;
        for (int64_t j = 0; j < L.Lk; ++j) {
          const double *kj = &k[size_t(((b * L.Hkv + hk) * L.Lk + j) * L.D)];
          double s = 0;
          for (int64_t d = 0; d < L.D; ++d)
            s += qi[d] * kj[d];
          sp[size_t(j)] = V::score(L, float(scale * s), b, h, hk, i, j);
          keep[size_t(j)] = !V::kHasMask || V::mask(L, b, h, hk, i, j);
          if (keep[size_t(j)] && sp[size_t(j)] > mx)
            mx = sp[size_t(j)];
        }
        r.max[size_t(row)] = mx;
        if constexpr (V::Norm::kRowStats) {
          double M = mx, sk = -kInf;
          if (V::kHasNormParam) {
            sk = V::sink(L, b, h, hk, i);
            M = std::max(M, sk);
          }
          double sum = 0;
          for (int64_t j = 0; j < L.Lk; ++j) {
            p[size_t(j)] =
                keep[size_t(j)] && M != -kInf ? std::exp(sp[size_t(j)] - M) : 0;
            sum += p[size_t(j)];
          }
          if (V::kHasNormParam && M != -kInf)
            sum += std::exp(sk - M);
          for (int64_t j = 0; j < L.Lk; ++j)
            p[size_t(j)] = sum > 0 ? p[size_t(j)] / sum : 0;
          r.lse[size_t(row)] = sum > 0 ? M + std::log(sum) : -kInf;
        } else {
          for (int64_t j = 0; j < L.Lk; ++j)
            p[size_t(j)] =
                keep[size_t(j)]
                    ? V::Norm::weight(float(sp[size_t(j)]),
                                      V::norm_param(L, b, h, hk, i, j))
                    : 0;
        }
        for (int64_t c = 0; c < L.Dv; ++c) {
          double acc = 0;
          for (int64_t j = 0; j < L.Lk; ++j)
            acc += p[size_t(j)] *
                   v[size_t(((b * L.Hkv + hk) * L.Lk + j) * L.Dv + c)];
          if (V::kHasEpilogue)
            acc = V::epilogue(L, float(acc), b, h, hk, i, c);
          r.o[size_t(row * L.Dv + c)] = acc;
        }
      }
  return r;
}

// Extra inputs a variant reads; most read none.
template <class V> std::vector<Buf> make_inputs(const Case &) { return {}; }
template <> std::vector<Buf> make_inputs<Inputs>(const Case &c) {
  std::vector<Buf> in;
  in.push_back(make_buf<attc::bf16>({c.Hq}, {0}, 0));
  for (int64_t h = 0; h < c.Hq; ++h)
    set<attc::bf16>(in[0], h, 0.05 * double(h + 1));
  // Key padding, transposed in memory to exercise strides.
  in.push_back(make_buf<bool>({c.B, c.Lk}, {1, 0}, 1));
  for (int64_t i = 0; i < c.B * c.Lk; ++i)
    reinterpret_cast<bool *>(in[1].mem.data())[in[1].offsets[size_t(i)]] =
        (i * 7) % 5 != 0;
  in.push_back(make_buf<int64_t>({c.B}, {0}, 0));
  for (int64_t b = 0; b < c.B; ++b)
    reinterpret_cast<int64_t *>(in[2].mem.data())[b] =
        b == 0 ? c.Lk - 3 : 0; // batch 1+: every row fully masked
  return in;
}

template <class V, int TQ, int TK, int KVS = 1>
void run_case(const Case &c, double tol, uint32_t seed = 1) {
  using T = typename V::elem_t;
  SCOPED_TRACE(describe(c) + " TQ=" + std::to_string(TQ) +
               " TK=" + std::to_string(TK) + " KVS=" + std::to_string(KVS));
  std::mt19937 rng(seed);
  Buf q = make_buf<T>({c.B, c.Hq, c.Lq, c.D}, perm_of(c.lq), c.pad);
  Buf k = make_buf<T>({c.B, c.Hkv, c.Lk, c.D}, perm_of(c.lk), c.pad);
  Buf v = make_buf<T>({c.B, c.Hkv, c.Lk, c.Dv}, perm_of(c.lv), c.pad);
  Buf o = make_buf<T>({c.B, c.Hq, c.Lq, c.Dv}, perm_of(c.lo), c.pad);
  Buf lse = make_buf<float>({c.B, c.Hq, c.Lq}, {0, 1, 2}, c.pad);
  Buf mx = make_buf<float>({c.B, c.Hq, c.Lq}, {1, 0, 2}, c.pad);
  std::vector<double> qv = fill_normal<T>(q, rng);
  std::vector<double> kv = fill_normal<T>(k, rng);
  std::vector<double> vv = fill_normal<T>(v, rng);
  fill_nan(o);
  fill_nan(lse);
  fill_nan(mx);
  std::vector<Buf> inputs = make_inputs<V>(c);
  std::vector<attc_tensor> in_t;
  for (Buf &b : inputs)
    in_t.push_back(b.t);

  attc_launch L{};
  L.B = c.B, L.Hq = c.Hq, L.Hkv = c.Hkv, L.Lq = c.Lq, L.Lk = c.Lk, L.D = c.D,
  L.Dv = c.Dv;
  L.q = q.t, L.k = k.t, L.v = v.t, L.o = o.t;
  if (c.lse && V::Norm::kRowStats)
    L.lse = lse.t;
  if (c.max)
    L.max = mx.t;
  L.inputs = in_t.data();
  L.num_inputs = int32_t(in_t.size());
  L.num_threads = c.threads;
  ASSERT_EQ((attc::cpu::attention<V, TQ, TK, 0, KVS>(L)), ATTC_OK);

  Ref r = reference<V>(L, qv, kv, vv);
  double err = 0, ref_max = 0;
  for (size_t i = 0; i < r.o.size(); ++i) {
    const double x = get<T>(o, int64_t(i));
    ASSERT_FALSE(std::isnan(x)) << "o[" << i << "] not written";
    err = std::max(err, std::fabs(x - r.o[i]));
    ref_max = std::max(ref_max, std::fabs(r.o[i]));
  }
  EXPECT_LE(err / std::max(ref_max, 1e-30), tol)
      << "max abs err " << err << " max |ref| " << ref_max;
  EXPECT_TRUE(padding_untouched<T>(o));

  auto check_stat = [&](const Buf &b, const std::vector<double> &ref,
                        const char *what) {
    for (size_t i = 0; i < ref.size(); ++i) {
      const double x = get<float>(b, int64_t(i));
      if (std::isinf(ref[i])) {
        ASSERT_EQ(x, ref[i]) << what << "[" << i << "]";
      } else {
        ASSERT_FALSE(std::isnan(x)) << what << "[" << i << "] not written";
        ASSERT_NEAR(x, ref[i], tol * 10 * (1 + std::fabs(ref[i])))
            << what << "[" << i << "]";
      }
    }
    EXPECT_TRUE(padding_untouched<float>(b)) << what;
  };
  if (c.lse && V::Norm::kRowStats)
    check_stat(lse, r.lse, "lse");
  if (c.max)
    check_stat(mx, r.max, "max");
}

// Shapes that stress tails, odd head dims, GQA, layouts and empty extents.
std::vector<Case> shapes() {
  std::vector<Case> cs;
  cs.push_back({1, 1, 1, 1, 1, 32, 32});
  cs.push_back({2, 2, 2, 67, 131, 80, 80});
  cs.push_back({1, 2, 1, 131, 67, 128, 64});
  cs.push_back({1, 1, 1, 1, 200, 32, 48});
  cs.push_back({1, 8, 2, 64, 64, 128, 128});
  cs.push_back({1, 3, 3, 130, 1, 32, 16});
  cs.push_back({2, 2, 1, 5, 0, 32, 24});
  Case c{2, 4, 2, 67, 131, 80, 96};
  c.lq = c.lk = c.lv = c.lo = Layout::BSHD;
  cs.push_back(c);
  c = {1, 4, 4, 33, 70, 32, 40};
  c.lq = c.lo = Layout::DMajor;
  c.lk = Layout::BSHD;
  c.lv = Layout::DMajor;
  c.pad = 3;
  cs.push_back(c);
  c = {1, 6, 2, 100, 100, 64, 64};
  c.threads = 3;
  c.lse = false;
  cs.push_back(c);
  return cs;
}

template <class V> void run_all(double tol) {
  for (const Case &c : shapes()) {
    run_case<V, 64, 64>(c, tol);
    run_case<V, 20, 13>(c, tol);
    // Split-KV, three ways (merged with the normalizer's merge); the
    // single-row shapes also split on their own with two or more threads.
    run_case<V, 20, 13, 3>(c, tol);
  }
}

constexpr double kTolF32 = 2e-5, kTol16 = 1e-2;

TEST(CpuTemplate, PlainSoftmax) { run_all<Plain<float>>(kTolF32); }
TEST(CpuTemplate, CausalSoftcapGqa) {
  run_all<CausalSoftcap<float>>(kTolF32);
  Case c{2, 8, 2, 131, 67, 128, 128};
  run_case<CausalSoftcap<float>, 64, 64>(c, kTolF32);
}
TEST(CpuTemplate, CausalTileClass) {
  run_all<CausalTiled<float>>(kTolF32);
  Case c{1, 8, 2, 300, 300, 64, 64};
  run_case<CausalTiled<float>, 32, 48>(c, kTolF32);
}
TEST(CpuTemplate, Sink) { run_all<Sink>(kTolF32); }
TEST(CpuTemplate, SigmoidBias) { run_all<SigmoidBias>(kTolF32); }
TEST(CpuTemplate, ReluSquared) { run_all<Relu2>(kTolF32); }
TEST(CpuTemplate, NoNormalize) { run_all<NoneNorm>(kTolF32); }
TEST(CpuTemplate, Epilogue) { run_all<Epilogue>(kTolF32); }
TEST(CpuTemplate, ExtraInputs) { run_all<Inputs>(kTolF32); }
TEST(CpuTemplate, F16) {
  run_all<Plain<attc::f16>>(kTol16);
  run_all<CausalSoftcap<attc::f16>>(kTol16);
}
TEST(CpuTemplate, BF16) {
  run_all<Plain<attc::bf16>>(kTol16);
  run_all<CausalTiled<attc::bf16>>(kTol16);
}

// Rows are computed independently of the thread count: bitwise equal.
TEST(CpuTemplate, ThreadCountInvariant) {
  std::vector<float> outs[2];
  for (int t = 0; t < 2; ++t) {
    std::mt19937 rng(7);
    Buf q = make_buf<float>({1, 4, 70, 64}, perm_of(Layout::BHSD), 0);
    Buf k = make_buf<float>({1, 2, 90, 64}, perm_of(Layout::BHSD), 0);
    Buf v = make_buf<float>({1, 2, 90, 64}, perm_of(Layout::BHSD), 0);
    Buf o = make_buf<float>({1, 4, 70, 64}, perm_of(Layout::BHSD), 0);
    fill_normal<float>(q, rng);
    fill_normal<float>(k, rng);
    fill_normal<float>(v, rng);
    attc_launch L{};
    L.B = 1, L.Hq = 4, L.Hkv = 2, L.Lq = 70, L.Lk = 90, L.D = 64, L.Dv = 64;
    L.q = q.t, L.k = k.t, L.v = v.t, L.o = o.t;
    L.num_threads = t == 0 ? 1 : 0;
    ASSERT_EQ((attc::cpu::attention<CausalSoftcap<float>, 32, 32>(L)), ATTC_OK);
    const float *p = reinterpret_cast<const float *>(o.mem.data());
    outs[t].assign(p, p + 4 * 70 * 64);
  }
  EXPECT_EQ(0, std::memcmp(outs[0].data(), outs[1].data(),
                           outs[0].size() * sizeof(float)));
}

TEST(CpuTemplate, InvalidLaunches) {
  Buf q = make_buf<float>({1, 2, 4, 8}, perm_of(Layout::BHSD), 0);
  Buf k = make_buf<float>({1, 1, 5, 8}, perm_of(Layout::BHSD), 0);
  Buf v = make_buf<float>({1, 1, 5, 8}, perm_of(Layout::BHSD), 0);
  Buf o = make_buf<float>({1, 2, 4, 8}, perm_of(Layout::BHSD), 0);
  Buf lse = make_buf<float>({1, 2, 4}, {0, 1, 2}, 0);
  attc_launch good{};
  good.B = 1, good.Hq = 2, good.Hkv = 1, good.Lq = 4, good.Lk = 5, good.D = 8,
  good.Dv = 8;
  good.q = q.t, good.k = k.t, good.v = v.t, good.o = o.t;
  auto run = [](const attc_launch &L) {
    return attc::cpu::attention<Plain<float>, 16, 16>(L);
  };
  EXPECT_EQ(run(good), ATTC_OK);
  attc_launch L = good;
  L.Hkv = 3;
  EXPECT_EQ(run(L), ATTC_ERR_INVALID);
  L = good;
  L.Hkv = 0;
  EXPECT_EQ(run(L), ATTC_ERR_INVALID);
  L = good;
  L.q.data = nullptr;
  EXPECT_EQ(run(L), ATTC_ERR_INVALID);
  L = good;
  L.v.shape[3] = 9;
  EXPECT_EQ(run(L), ATTC_ERR_INVALID);
  L = good;
  L.o.dtype = ATTC_F16;
  EXPECT_EQ(run(L), ATTC_ERR_INVALID);
  L = good;
  L.D = 0;
  EXPECT_EQ(run(L), ATTC_ERR_INVALID);
  L = good;
  L.lse = lse.t;
  L.lse.shape[2] = 5;
  EXPECT_EQ(run(L), ATTC_ERR_INVALID);
  L = good;
  L.num_inputs = 1; // but inputs == NULL
  EXPECT_EQ(run(L), ATTC_ERR_INVALID);
  // lse does not exist for elementwise normalizers.
  L = good;
  L.lse = lse.t;
  EXPECT_EQ((attc::cpu::attention<SigmoidBias, 16, 16>(L)), ATTC_ERR_INVALID);
  // Empty batch is fine and touches nothing.
  L = good;
  L.B = 0;
  L.q.shape[0] = L.k.shape[0] = L.v.shape[0] = L.o.shape[0] = 0;
  L.q.data = L.k.data = L.v.data = L.o.data = nullptr;
  EXPECT_EQ(run(L), ATTC_OK);
}

//===----------------------------------------------------------------------===//
// attc_types.h
//===----------------------------------------------------------------------===//

TEST(AttcTypes, Bf16RoundToNearestEven) {
  auto bits = [](float f) { return attc::float_to_bf16(f); };
  EXPECT_EQ(bits(1.0f), 0x3f80);
  // 1 + 2^-8 is a tie between 1 and 1 + 2^-7: even wins (1).
  EXPECT_EQ(bits(1.00390625f), 0x3f80);
  // 1 + 3*2^-8 ties between 1 + 2^-7 (odd) and 1 + 2^-6: rounds up.
  EXPECT_EQ(bits(1.01171875f), 0x3f82);
  EXPECT_EQ(bits(-2.0f), 0xc000);
  EXPECT_EQ(bits(std::numeric_limits<float>::infinity()), 0x7f80);
  EXPECT_TRUE(std::isnan(
      attc::bf16_to_float(bits(std::numeric_limits<float>::quiet_NaN()))));
  // A NaN whose payload sits in the low bits must stay NaN.
  EXPECT_TRUE(
      std::isnan(attc::bf16_to_float(bits(attc::bits_float(0x7f800001u)))));
  EXPECT_EQ(attc::bf16_to_float(0x4049), 3.140625f);
}

#ifdef __FLT16_MAX__
uint16_t native_to_f16(float f) {
  const _Float16 h = _Float16(f);
  uint16_t u;
  std::memcpy(&u, &h, sizeof u);
  return u;
}
float native_from_f16(uint16_t u) {
  _Float16 h;
  std::memcpy(&h, &u, sizeof h);
  return float(h);
}
#else // Only the hand-picked cases below check the soft conversions.
uint16_t native_to_f16(float f) { return attc::float_to_f16_soft(f); }
float native_from_f16(uint16_t u) { return attc::f16_to_float_soft(u); }
#endif

TEST(AttcTypes, F16SoftMatchesNative) {
  // Every half converts exactly; NaNs stay NaNs.
  for (uint32_t h = 0; h < 0x10000; ++h) {
    const float a = attc::f16_to_float_soft(uint16_t(h));
    const bool is_nan = (h & 0x7c00) == 0x7c00 && (h & 0x3ff);
    if (is_nan) {
      ASSERT_TRUE(std::isnan(a)) << h;
      ASSERT_TRUE(std::isnan(attc::f16_to_float(uint16_t(h)))) << h;
      continue;
    }
    ASSERT_EQ(attc::float_bits(a),
              attc::float_bits(native_from_f16(uint16_t(h))))
        << h;
    ASSERT_EQ(attc::float_bits(a),
              attc::float_bits(attc::f16_to_float(uint16_t(h))))
        << h;
    // Round trip is the identity.
    ASSERT_EQ(attc::float_to_f16_soft(a), h) << h;
  }
  // Rounding of floats between halves (incl. subnormals and overflow)
  // matches the compiler's conversion.
  std::mt19937 rng(3);
  for (int i = 0; i < 2000000; ++i) {
    uint32_t u = rng();
    // Concentrate on the f16 exponent range.
    u = (u & 0x807fffffu) | ((uint32_t(100 + (rng() % 60)) & 0xff) << 23);
    const float f = attc::bits_float(u);
    ASSERT_EQ(attc::float_to_f16_soft(f), native_to_f16(f)) << u;
    ASSERT_EQ(attc::float_to_f16(f), native_to_f16(f)) << u;
  }
  EXPECT_EQ(attc::float_to_f16_soft(65520.0f), 0x7c00);       // overflow
  EXPECT_EQ(attc::float_to_f16_soft(65519.0f), 0x7bff);       // max half
  EXPECT_EQ(attc::float_to_f16_soft(2.98023224e-8f), 0x0000); // tie to 0
  EXPECT_EQ(attc::float_to_f16_soft(2.98023259e-8f), 0x0001);
  EXPECT_EQ(attc::float_to_f16_soft(-0.0f), 0x8000);
  EXPECT_EQ(attc::float_to_f16_soft(1.0009765625f), 0x3c01);
  EXPECT_EQ(attc::float_to_f16_soft(1.00048828125f), 0x3c00); // tie to even
  EXPECT_EQ(attc::float_to_f16_soft(1.00146484375f), 0x3c02); // tie to even
  EXPECT_EQ(attc::float_to_f16_soft(std::numeric_limits<float>::infinity()),
            0x7c00);
  EXPECT_EQ(attc::float_to_f16_soft(std::numeric_limits<float>::quiet_NaN()) &
                0x7e00,
            0x7e00);
}

TEST(AttcTypes, LoadInput) {
  // [3, 4] int32 viewed transposed (strides 1, 3) inside a [4, 3] buffer.
  int32_t i32[12];
  for (int i = 0; i < 12; ++i)
    i32[i] = i;
  attc_tensor t{};
  t.data = i32;
  t.dtype = ATTC_I32;
  t.rank = 2;
  t.shape[0] = 3, t.shape[1] = 4;
  t.strides[0] = 1, t.strides[1] = 3;
  EXPECT_EQ(attc::load_input<int64_t>(t, 2, 3), 11);
  EXPECT_EQ(attc::load_input<float>(t, 1, 2), 7.0f);
  EXPECT_EQ(attc::load_input<int64_t>(t, 3, 0), 0); // out of range
  EXPECT_EQ(attc::load_input<int64_t>(t, 0, -1), 0);
  EXPECT_EQ(attc::load_input<int64_t>(t, 0, 4), 0);
  EXPECT_EQ(attc::load_input<int64_t>(t, 2), 0); // wrong rank
  EXPECT_FALSE(attc::load_input<bool>(t, 0, 0));
  EXPECT_TRUE(attc::load_input<bool>(t, 1, 0));

  double f64 = 2.75;
  attc_tensor s{}; // rank-0 scalar
  s.data = &f64;
  s.dtype = ATTC_F64;
  EXPECT_EQ(attc::load_input<float>(s), 2.75f);
  EXPECT_EQ(attc::load_input<int64_t>(s), 2);

  uint16_t h[2] = {0x3c00, attc::float_to_bf16(-1.5f)};
  attc_tensor th{};
  th.data = h;
  th.dtype = ATTC_F16;
  th.rank = 1;
  th.shape[0] = 1;
  th.strides[0] = 1;
  EXPECT_EQ(attc::load_input<float>(th, 0), 1.0f);
  th.data = h + 1;
  th.dtype = ATTC_BF16;
  EXPECT_EQ(attc::load_input<float>(th, 0), -1.5f);
  EXPECT_TRUE(attc::load_input<bool>(th, 0));

  int64_t i64 = -5;
  bool flag = true;
  float f32 = 0.0f;
  th.data = &i64, th.dtype = ATTC_I64;
  EXPECT_EQ(attc::load_input<float>(th, 0), -5.0f);
  th.data = &flag, th.dtype = ATTC_BOOL;
  EXPECT_EQ(attc::load_input<int64_t>(th, 0), 1);
  th.data = &f32, th.dtype = ATTC_F32;
  EXPECT_FALSE(attc::load_input<bool>(th, 0));
  f32 = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(attc::load_input<int64_t>(th, 0), 0);
  EXPECT_TRUE(attc::load_input<bool>(th, 0)); // NaN != 0
  f32 = -3.75f;
  EXPECT_EQ(attc::load_input<int64_t>(th, 0), -3);
  th.data = nullptr;
  EXPECT_EQ(attc::load_input<float>(th, 0), 0.0f);
}

//===----------------------------------------------------------------------===//
// Normalizer state: a row split into two key ranges and merged equals the
// whole row (the split-KV contract of attc_normalize.h).
//===----------------------------------------------------------------------===//

struct ScalarOps {
  using value = float;
  static float max(float a, float b) { return a > b ? a : b; }
  static float exp_neg(float x) { return std::exp(x); }
  static float zero_if_ninf(float x) { return x == -INFINITY ? 0.0f : x; }
};

// Runs the online softmax over scores [j0, j1) of one row in tiles of 5,
// accumulating the weighted values `v` (Dv = 3).
void online_row(const std::vector<float> &s, const std::vector<float> &v,
                int j0, int j1, float &m, float &l, float acc[3]) {
  using Online = attc::norm::Softmax::Online<ScalarOps>;
  m = -INFINITY;
  l = 0.0f;
  acc[0] = acc[1] = acc[2] = 0.0f;
  for (int t = j0; t < j1; t += 5) {
    const int e = std::min(t + 5, j1);
    float mt = -INFINITY, mn, sum = 0.0f, p[5];
    for (int j = t; j < e; ++j)
      mt = std::max(mt, s[size_t(j)]);
    const float offset = Online::begin_tile(m, mt, mn);
    for (int j = t; j < e; ++j)
      sum += p[j - t] = Online::weight(s[size_t(j)], offset);
    const float alpha = Online::end_tile(m, l, mn, offset, sum);
    for (int c = 0; c < 3; ++c) {
      acc[c] *= alpha;
      for (int j = t; j < e; ++j)
        acc[c] += p[j - t] * v[size_t(j * 3 + c)];
    }
  }
}

TEST(Normalize, SoftmaxMergeOfSplitsEqualsWholeRow) {
  std::mt19937 rng(11);
  std::normal_distribution<float> dist(0.0f, 3.0f);
  for (int n : {1, 2, 7, 23, 64}) {
    std::vector<float> s(static_cast<size_t>(n)), v(static_cast<size_t>(n) * 3);
    for (float &x : s)
      x = dist(rng);
    for (float &x : v)
      x = dist(rng);
    s[0] = -INFINITY; // a masked key
    float m, l, acc[3];
    online_row(s, v, 0, n, m, l, acc);
    for (int split = 0; split <= n; split += std::max(1, n / 4)) {
      float m1, l1, a1[3], m2, l2, a2[3];
      online_row(s, v, 0, split, m1, l1, a1);
      online_row(s, v, split, n, m2, l2, a2);
      attc::norm::Softmax::merge(m1, l1, a1, m2, l2, a2, 3);
      const attc::norm::Final whole =
          attc::norm::Softmax::finalize<false>(m, l, 0.0f);
      const attc::norm::Final merged =
          attc::norm::Softmax::finalize<false>(m1, l1, 0.0f);
      EXPECT_EQ(m1, m) << "n=" << n << " split=" << split;
      if (std::isinf(whole.lse))
        EXPECT_EQ(merged.lse, whole.lse);
      else
        EXPECT_NEAR(merged.lse, whole.lse, 1e-5f * (1 + std::fabs(whole.lse)));
      for (int c = 0; c < 3; ++c)
        EXPECT_NEAR(a1[c] * merged.inv, acc[c] * whole.inv, 1e-5f)
            << "n=" << n << " split=" << split << " c=" << c;
    }
  }
  // Two empty halves stay empty: o = 0, lse = -inf.
  float m1 = -INFINITY, l1 = 0, a1[3] = {0, 0, 0}, a2[3] = {0, 0, 0};
  attc::norm::Softmax::merge(m1, l1, a1, -INFINITY, 0.0f, a2, 3);
  const attc::norm::Final f = attc::norm::Softmax::finalize<false>(m1, l1, 0);
  EXPECT_EQ(f.inv, 0.0f);
  EXPECT_EQ(f.lse, -INFINITY);
}

TEST(Normalize, ElementwiseMergeAdds) {
  float m = 1.0f, l = 0.0f, a[2] = {1.0f, 2.0f};
  const float b[2] = {0.5f, -4.0f};
  attc::norm::Sigmoid::merge(m, l, a, 3.0f, 0.0f, b, 2);
  EXPECT_EQ(a[0], 1.5f);
  EXPECT_EQ(a[1], -2.0f);
  EXPECT_EQ(m, 3.0f);
  EXPECT_EQ(attc::norm::Relu<3>::weight(2.0f, 0.5f), 4.0f);
  EXPECT_EQ(attc::norm::Relu<3>::weight(-2.0f, 0.5f), 0.0f);
}

} // namespace
