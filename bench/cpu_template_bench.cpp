//===- cpu_template_bench.cpp - Dense f32 attention vs. machine FMA peak --===//
//
// Times templates/cpu/attention.h on dense f32 attention (default B=1 H=8
// L=4096 D=128) and reports GFLOP/s against a measured all-core FMA peak.
// Build: g++ -std=c++17 -O3 -march=native -fopenmp -I templates/common
//        -I templates/cpu bench/cpu_template_bench.cpp \
//        -o cpu_template_bench
// Usage: cpu_template_bench [L [H [D [Hkv]]]]
//        cpu_template_bench decode [Lk [Hq [Hkv [reps]]]]  (Lq = 1, D = 128:
//        K/V read rate against a read probe in the same process)
//
//===----------------------------------------------------------------------===//
#include "attc_abi.h"
#include "attc_expr.h"
#include "attc_normalize.h"
#include "attc_types.h"
#include "attc_variant.h"
#include "attention.h"

// attention.h declares omp_get_max_threads without omp.h (whose noexcept
// declarations would clash); the one other call needed here:
extern "C" int omp_get_num_threads(void);

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <random>
#include <string>
#include <time.h>
#include <vector>

namespace {

template <class T> struct DenseT : attc::VariantBase<DenseT<T>> {
  using elem_t = T;
};

using Dense = DenseT<float>;

// Causal, to see what per-element masking costs (no tile skipping).
struct Causal : Dense {
  static constexpr bool kHasMask = true;
  static bool mask(const attc_launch &, int64_t, int64_t, int64_t, int64_t q,
                   int64_t k) {
    return k <= q;
  }
};

// Causal with the block-sparsity hook.
struct CausalTiled : Causal {
  static int tile_class(const attc_launch &, int64_t, int64_t, int64_t q0,
                        int64_t q1, int64_t k0, int64_t k1) {
    if (k0 > q1 - 1)
      return attc::kTileEmpty;
    return k1 - 1 <= q0 ? attc::kTileFull : attc::kTilePartial;
  }
};

// Causal with tiles, soft-capping and ALiBi slopes from an input, in the
// form the emitter gives it: the slope read hoisted per head
// (score_inv/score_at), so the query loop vectorizes.
struct AlibiSoftcap : CausalTiled {
  static constexpr bool kHasScore = true;
  static constexpr int kNumInputs = 1;
  struct ScoreInv {
    float f0;
  };
  static ScoreInv score_inv(const attc_launch &L, int64_t, int64_t h, int64_t) {
    return {attc::load_input_n<float, ATTC_F32>(L, 0, h)};
  }
  static float score_at(const attc_launch &, const ScoreInv &R, float s,
                        int64_t, int64_t, int64_t, int64_t q, int64_t k) {
    return attc::expr::tanh_f32(s / 30.0f) * 30.0f -
           R.f0 * float(attc::expr::sub(q, k));
  }
  static float score(const attc_launch &L, float s, int64_t b, int64_t h,
                     int64_t hk, int64_t q, int64_t k) {
    return score_at(L, score_inv(L, b, h, hk), s, b, h, hk, q, k);
  }
};

// The same with the slope read per pair (no hoisting).
struct AlibiSoftcapUnhoisted : CausalTiled {
  static constexpr bool kHasScore = true;
  static constexpr int kNumInputs = 1;
  static float score(const attc_launch &L, float s, int64_t, int64_t h, int64_t,
                     int64_t q, int64_t k) {
    return attc::expr::tanh_f32(s / 30.0f) * 30.0f -
           attc::load_input_n<float, ATTC_F32>(L, 0, h) *
               float(attc::expr::sub(q, k));
  }
};

double now() {
  return std::chrono::duration<double>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

struct Peak {
  double wall; // all threads, GFLOP/s of wall-clock time
  double cpu;  // all threads, GFLOP/s of each thread's own CPU time
};

// All-thread FMA peak: 12 independent FMA chains per thread, which covers
// latency x throughput on current x86 cores.
Peak fma_peak() {
  using attc::cpu::detail::kW;
  using attc::cpu::detail::vf;
  const long iters = 20000000;
  const double flops = 2.0 * kW * 12 * double(iters);
  Peak best{0, 0};
  for (int rep = 0; rep < 3; ++rep) {
    int threads = 1;
    double cpu_rate = 0;
    const double t0 = now();
#pragma omp parallel reduction(+ : cpu_rate)
    {
#pragma omp single
      threads = omp_get_num_threads();
      const double c0 = thread_cpu_seconds();
      vf acc[12];
#pragma GCC unroll 12
      for (int i = 0; i < 12; ++i)
        acc[i] = attc::cpu::detail::vsplat(float(i) * 1e-3f);
      const vf a = attc::cpu::detail::vsplat(0.999999f);
      const vf b = attc::cpu::detail::vsplat(1e-7f);
      for (long it = 0; it < iters; ++it) {
#pragma GCC unroll 12
        for (int i = 0; i < 12; ++i)
          acc[i] = attc::cpu::detail::vfma(acc[i], a, b);
        // An empty asm keeps the loop from being folded away.
        __asm__ volatile("" : "+x"(acc[0]));
      }
      cpu_rate += flops / (thread_cpu_seconds() - c0) * 1e-9;
      vf sum = acc[0];
#pragma GCC unroll 12
      for (int i = 1; i < 12; ++i)
        sum += acc[i];
      float s = 0;
      for (int l = 0; l < kW; ++l)
        s += sum[l];
      if (s == 42.0f)
        std::printf(" ");
    }
    const double t = now() - t0;
    best.wall = std::max(best.wall, flops * threads / t * 1e-9);
    best.cpu = std::max(best.cpu, cpu_rate);
  }
  return best;
}

template <class T> struct Problem {
  int64_t B = 1, H = 8, Hkv = 8, L = 4096, D = 128;
  int64_t Lq = 0; // 0: Lq = L
  std::vector<T> q, k, v, o;
  attc_launch launch{};

  static attc_tensor view(std::vector<T> &buf, int64_t b, int64_t h, int64_t l,
                          int64_t d) {
    attc_tensor t{};
    t.data = buf.data();
    t.dtype = attc::dtype_of<T>::value;
    t.rank = 4;
    const int64_t shape[4] = {b, h, l, d};
    int64_t stride = 1;
    for (int i = 3; i >= 0; --i) {
      t.shape[i] = shape[i];
      t.strides[i] = stride;
      stride *= shape[i];
    }
    return t;
  }
  void init() {
    std::mt19937 rng(1);
    std::normal_distribution<float> dist;
    if (!Lq)
      Lq = L;
    q.resize(size_t(B * H * Lq * D));
    k.resize(size_t(B * Hkv * L * D));
    v.resize(k.size());
    o.resize(q.size());
    for (auto *buf : {&q, &k, &v})
      for (T &x : *buf)
        x = attc::from_float<T>(dist(rng));
    launch.B = B, launch.Hq = H, launch.Hkv = Hkv, launch.Lq = Lq,
    launch.Lk = L, launch.D = D, launch.Dv = D;
    launch.q = view(q, B, H, Lq, D);
    launch.k = view(k, B, Hkv, L, D);
    launch.v = view(v, B, Hkv, L, D);
    launch.o = view(o, B, H, Lq, D);
  }
};

double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

// Median of 5 timed runs after a warm-up. The CPU-time column divides by
// the process's CPU seconds (x threads): on a shared machine it shows the
// per-core efficiency that other load hides from the wall-clock numbers.
template <class V, int TQ, int TK, class Prob>
void run(const char *name, Prob &P, Peak peak, double flops) {
  if (attc::cpu::attention<V, TQ, TK>(P.launch) != ATTC_OK) {
    std::printf("%s: launch failed\n", name);
    return;
  }
  std::vector<double> ts;
  const double c0 = cpu_seconds();
  for (int r = 0; r < 5; ++r) {
    const double t0 = now();
    attc::cpu::attention<V, TQ, TK>(P.launch);
    ts.push_back(now() - t0);
  }
  const double cpu = (cpu_seconds() - c0) / 5;
  std::sort(ts.begin(), ts.end());
  const double gf = flops / ts[2] * 1e-9;
  std::printf("%-14s TQ=%3d TK=%3d %8.2f ms %7.1f GFLOP/s %5.1f%% of peak"
              "  (cpu-time: %5.1f%%)\n",
              name, TQ, TK, ts[2] * 1e3, gf, 100.0 * gf / peak.wall,
              100.0 * flops / cpu * 1e-9 / (peak.cpu / omp_get_max_threads()));
}

// GB/s of a sum over 1 GiB of f32 on all threads, best of 5: what the cores
// read from memory (the peer benchmark's probe).
double read_probe() {
  using attc::cpu::detail::kW;
  using attc::cpu::detail::vf;
  std::vector<float> x(size_t(1) << 28, 1.0f);
  const int64_t n = int64_t(x.size()) / (8 * kW);
  double best = 0;
  for (int rep = 0; rep < 5; ++rep) {
    const double t0 = now();
    float sum = 0;
#pragma omp parallel reduction(+ : sum)
    {
      // Eight independent vector sums, so the adds never wait on latency.
      vf acc[8] = {};
#pragma omp for schedule(static)
      for (int64_t i = 0; i < n; ++i)
#pragma GCC unroll 8
        for (int u = 0; u < 8; ++u)
          acc[u] += attc::cpu::detail::vload(x.data() + (i * 8 + u) * kW);
      for (int u = 0; u < 8; ++u)
        for (int l = 0; l < kW; ++l)
          sum += acc[u][l];
    }
    const double t = now() - t0;
    if (sum == 42.0f)
      std::printf(" ");
    best = std::max(best, double(x.size()) * 4 / t * 1e-9);
  }
  return best;
}

// Prints the largest error of the kernel's o (dense softmax, no mask)
// against float64 on the same (rounded) inputs, over the given query heads
// and query rows.
template <class T>
void report_error(const Problem<T> &P, const char *what,
                  std::initializer_list<int64_t> heads,
                  std::initializer_list<int64_t> rows) {
  double err = 0, ref_max = 0;
  const int64_t D = P.D, Lk = P.L, Lq = P.Lq, G = P.H / P.Hkv;
  for (int64_t h : heads)
    for (int64_t i : rows) {
      const T *q = P.q.data() + (h * Lq + i) * D;
      const T *k = P.k.data() + h / G * Lk * D;
      const T *v = P.v.data() + h / G * Lk * D;
      std::vector<double> sc(static_cast<size_t>(Lk));
      std::vector<double> out(static_cast<size_t>(D));
      double mx = -1e300, sum = 0;
      for (int64_t j = 0; j < Lk; ++j) {
        double t = 0;
        for (int64_t d = 0; d < D; ++d)
          t += double(attc::to_float(q[d])) * attc::to_float(k[j * D + d]);
        sc[j] = t / std::sqrt(double(D));
        mx = std::max(mx, sc[j]);
      }
      for (int64_t j = 0; j < Lk; ++j) {
        sc[j] = std::exp(sc[j] - mx);
        sum += sc[j];
        for (int64_t d = 0; d < D; ++d)
          out[d] += sc[j] * attc::to_float(v[j * D + d]);
      }
      for (int64_t d = 0; d < D; ++d) {
        err =
            std::max(err, std::abs(out[d] / sum -
                                   attc::to_float(P.o[(h * Lq + i) * D + d])));
        ref_max = std::max(ref_max, std::abs(out[d] / sum));
      }
    }
  std::printf("%s %s: max |error| %.2e (max |o| %.2e)\n", what,
              sizeof(T) == 4 ? "f32" : "bf16", err, ref_max);
}

// Decode (Lq = 1, Hq query heads on Hkv kv heads): K/V bytes over time,
// against the read probe.
template <class T> void decode(int64_t Lk, int64_t Hq, int64_t Hkv, int reps) {
  Problem<T> P;
  P.L = Lk, P.H = Hq, P.Hkv = Hkv, P.Lq = 1;
  P.init();
  const double probe = read_probe();
  const double bytes = 2.0 * double(Hkv * Lk * P.D) * sizeof(T);
  using V = DenseT<T>;
  attc::cpu::attention<V, 64, 64>(P.launch);
  std::vector<double> ts;
  for (int r = 0; r < reps; ++r) {
    const double t0 = now();
    attc::cpu::attention<V, 64, 64>(P.launch);
    ts.push_back(now() - t0);
  }
  std::sort(ts.begin(), ts.end());
  report_error(P, "decode", {0, Hq - 1}, {0});
  std::printf("decode %s Hq=%lld Hkv=%lld Lk=%lld: %.2f ms (min %.2f) "
              "%.1f GB/s, %.0f%% of the read probe (%.1f GB/s)\n",
              sizeof(T) == 4 ? "f32" : "bf16", (long long)Hq, (long long)Hkv,
              (long long)Lk, ts[reps / 2] * 1e3, ts[0] * 1e3,
              bytes / ts[reps / 2] * 1e-9,
              100.0 * bytes / ts[reps / 2] * 1e-9 / probe, probe);
}

} // namespace

int main(int argc, char **argv) {
  if (argc > 1 && std::string(argv[1]) == "decode") {
    const int64_t Lk = argc > 2 ? std::atol(argv[2]) : 65536;
    const int64_t Hq = argc > 3 ? std::atol(argv[3]) : 32;
    const int64_t Hkv = argc > 4 ? std::atol(argv[4]) : 8;
    const int reps = argc > 5 ? std::max(1, std::atoi(argv[5])) : 7;
    decode<float>(Lk, Hq, Hkv, reps);
    decode<attc::bf16>(Lk, Hq, Hkv, reps);
    return 0;
  }
  if (argc > 1 && std::string(argv[1]) == "bf16") {
    // Dense bf16 prefill: bf16 [L [H]] (D = 128), checked and timed.
    Problem<attc::bf16> P;
    P.L = argc > 2 ? std::atol(argv[2]) : 2048;
    P.H = P.Hkv = argc > 3 ? std::atol(argv[3]) : 8;
    P.init();
    const Peak peak = fma_peak();
    const double flops =
        4.0 * double(P.B * P.H) * double(P.L) * double(P.L) * double(P.D);
    run<DenseT<attc::bf16>, 64, 64>("dense bf16", P, peak, flops);
    if (std::getenv("ATTC_BENCH_TILES")) {
      run<DenseT<attc::bf16>, 128, 64>("dense bf16", P, peak, flops);
      run<DenseT<attc::bf16>, 64, 128>("dense bf16", P, peak, flops);
      run<DenseT<attc::bf16>, 128, 128>("dense bf16", P, peak, flops);
      run<DenseT<attc::bf16>, 256, 64>("dense bf16", P, peak, flops);
      run<DenseT<attc::bf16>, 256, 128>("dense bf16", P, peak, flops);
      run<DenseT<attc::bf16>, 256, 256>("dense bf16", P, peak, flops);
      run<DenseT<attc::bf16>, 128, 256>("dense bf16", P, peak, flops);
    }
    report_error(P, "dense", {0, P.H - 1}, {0, P.L / 2 + 3, P.L - 1});
    return 0;
  }
  Problem<float> P;
  if (argc > 1)
    P.L = std::atol(argv[1]);
  if (argc > 2)
    P.H = P.Hkv = std::atol(argv[2]);
  if (argc > 3)
    P.D = std::atol(argv[3]);
  if (argc > 4)
    P.Hkv = std::atol(argv[4]);
  P.init();
  const Peak peak = fma_peak();
  const double flops =
      4.0 * double(P.B * P.H) * double(P.L) * double(P.L) * double(P.D);
  std::printf("threads=%d vector=%d floats  FMA peak %.1f GFLOP/s (wall), "
              "%.1f GFLOP/s (per CPU second x threads)\n",
              omp_get_max_threads(), attc::cpu::detail::kW, peak.wall,
              peak.cpu);
  std::printf("dense f32 B=%lld H=%lld Hkv=%lld L=%lld D=%lld: %.1f GFLOP\n",
              (long long)P.B, (long long)P.H, (long long)P.Hkv, (long long)P.L,
              (long long)P.D, flops * 1e-9);
  run<Dense, 64, 64>("dense", P, peak, flops);
  run<Dense, 64, 72>("dense", P, peak, flops);
  run<Dense, 128, 64>("dense", P, peak, flops);
  run<Dense, 32, 128>("dense", P, peak, flops);
  // Causal rows do half the work; GFLOP/s below count the dense flops / 2.
  run<Causal, 64, 64>("causal(mask)", P, peak, flops / 2);
  run<CausalTiled, 64, 64>("causal(tiles)", P, peak, flops / 2);
  std::vector<float> slopes(size_t(P.H));
  for (int64_t h = 0; h < P.H; ++h)
    slopes[size_t(h)] = std::exp2(-8.0f * float(h + 1) / float(P.H));
  attc_tensor st{};
  st.data = slopes.data();
  st.dtype = ATTC_F32;
  st.rank = 1;
  st.shape[0] = P.H;
  st.strides[0] = 1;
  P.launch.inputs = &st;
  P.launch.num_inputs = 1;
  run<AlibiSoftcap, 64, 64>("alibi+softcap", P, peak, flops / 2);
  run<AlibiSoftcapUnhoisted, 64, 64>("(unhoisted)", P, peak, flops / 2);
  P.launch.inputs = nullptr;
  P.launch.num_inputs = 0;
  // 16-bit storage: same shapes, conversion to f32 in the tile loads.
  Problem<attc::f16> P16;
  Problem<attc::bf16> Pb16;
  P16.B = Pb16.B = P.B, P16.H = Pb16.H = P.H, P16.Hkv = Pb16.Hkv = P.Hkv;
  P16.L = Pb16.L = P.L, P16.D = Pb16.D = P.D;
  P16.init();
  Pb16.init();
  run<DenseT<attc::f16>, 64, 64>("dense f16", P16, peak, flops);
  run<DenseT<attc::bf16>, 64, 64>("dense bf16", Pb16, peak, flops);
  return 0;
}
