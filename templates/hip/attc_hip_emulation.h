//===- attc_hip_emulation.h - HIP kernels run lane by lane on the host ----===//
//
// With ATTC_HIP_EMULATION defined, a generated HIP unit compiles as host C++
// (clang) and its kernels run on the CPU: every lane of a work-group is a
// fiber (ucontext) of one thread, switched at the points where lanes meet
// (barrier, shuffles, MFMA). MFMA is computed from the CDNA3 ISA's operand
// layouts of V_MFMA_F32_16X16X16_F16 / _BF16_1K, written here from the ISA,
// not from the kernel's policy, so a layout error in the policy shows up as
// a wrong result against the float64 reference. This is how the HIP-only
// code (the MFMA policy, wave64 shuffles, LDS ring) is checked without an
// AMD GPU; the emulated entry point is the CPU kernels' attc_kernel_entry.
// Lanes that reach different meeting points (a divergent barrier or
// shuffle) are an error of the launch, never a hang.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_HIP_EMULATION_H
#define ATTC_HIP_EMULATION_H

#include <stdint.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

#include <ucontext.h>

#define __host__
#define __device__
#define __global__
// One work-group runs at a time, so a static local is its LDS.
#define __shared__ static
#define __forceinline__ inline __attribute__((always_inline))
#define ATTC_HIP_WORK_GROUP_SIZE(...)

namespace attc {
namespace hipemu {

constexpr int kWave = 64;

typedef short frag __attribute__((ext_vector_type(4)));
typedef _Float16 half4 __attribute__((ext_vector_type(4)));
typedef float acc4 __attribute__((ext_vector_type(4)));

// A group of lanes that meet: arrivals in this generation.
struct Meeting {
  int size = 0, arrived = 0;
  uint64_t generation = 0;
};

struct Lane {
  ucontext_t context;
  std::unique_ptr<char[]> stack;
  bool done = false;
};

// What the lanes of one wave exchange at a meeting.
struct WaveSlots {
  Meeting meeting;
  float f[kWave];
  frag a[kWave], b[kWave];
};

struct WorkGroup {
  int threads = 0;
  int id[3] = {0, 0, 0}, blocksX = 1;
  std::vector<Lane> lanes;
  std::vector<WaveSlots> waves;
  Meeting all;
  ucontext_t scheduler;
  int current = 0;
  bool progress = false, deadlock = false;
  void (*kernel)(const void *) = nullptr;
  const void *params = nullptr;
};

inline WorkGroup *&group() {
  static thread_local WorkGroup *g = nullptr;
  return g;
}

// Back to the scheduler until it resumes this lane.
inline void yield() {
  WorkGroup &g = *group();
  Lane &l = g.lanes[size_t(g.current)];
  swapcontext(&l.context, &g.scheduler);
}

// Waits until every lane of `m` has arrived (once per generation).
inline void meet(Meeting &m) {
  WorkGroup &g = *group();
  const uint64_t gen = m.generation;
  g.progress = true;
  if (++m.arrived == m.size) {
    m.arrived = 0;
    ++m.generation;
    return;
  }
  while (m.generation == gen && !g.deadlock)
    yield();
}

inline int lane_id() { return group()->current; }
inline WaveSlots &wave() { return group()->waves[size_t(lane_id() / kWave)]; }

inline float to_f(short bits, bool bf) {
  if (bf) {
    uint32_t u = uint32_t(uint16_t(bits)) << 16;
    float f;
    std::memcpy(&f, &u, 4);
    return f;
  }
  _Float16 h;
  std::memcpy(&h, &bits, 2);
  return float(h);
}

// D = A B + C for one 16x16x16 MFMA. CDNA3 ISA, "Dependent Arithmetic:
// MFMA" operand layouts of the 16x16x16 forms: lane l holds A[l % 16][4
// (l / 16) + j], B[4 (l / 16) + j][l % 16] and D[4 (l / 16) + j][l % 16]
// in its element j.
inline acc4 mfma(frag a, frag b, acc4 c, bool bf) {
  WaveSlots &w = wave();
  const int l = lane_id() % kWave;
  w.a[l] = a;
  w.b[l] = b;
  meet(w.meeting);
  acc4 d;
  const int n = l % 16;
  for (int j = 0; j < 4; ++j) {
    const int m = 4 * (l / 16) + j;
    float sum = c[j];
    for (int k = 0; k < 16; ++k)
      sum += to_f(w.a[m + 16 * (k / 4)][k % 4], bf) *
             to_f(w.b[n + 16 * (k / 4)][k % 4], bf);
    d[j] = sum;
  }
  meet(w.meeting); // nobody overwrites the slots before all have read
  return d;
}

inline void lane_main(int, int) {
  WorkGroup &g = *group();
  g.kernel(g.params);
  g.lanes[size_t(g.current)].done = true;
  g.progress = true;
  swapcontext(&g.lanes[size_t(g.current)].context, &g.scheduler);
}

// Runs work-group (x, y, z) of `kernel` to the end; false when its lanes
// met at different points (the kernel's fault, reported as a failure).
inline bool run_group(void (*kernel)(const void *), const void *params,
                      int threads, int x, int y, int z, int blocksX) {
  constexpr size_t kStack = 256 * 1024;
  WorkGroup g;
  g.threads = threads;
  g.id[0] = x;
  g.id[1] = y;
  g.id[2] = z;
  g.blocksX = blocksX;
  g.kernel = kernel;
  g.params = params;
  g.all.size = threads;
  g.waves.resize(size_t((threads + kWave - 1) / kWave));
  for (size_t w = 0; w < g.waves.size(); ++w)
    g.waves[w].meeting.size =
        threads - int(w) * kWave < kWave ? threads - int(w) * kWave : kWave;
  g.lanes.resize(size_t(threads));
  for (Lane &l : g.lanes) {
    l.stack.reset(new char[kStack]);
    getcontext(&l.context);
    l.context.uc_stack.ss_sp = l.stack.get();
    l.context.uc_stack.ss_size = kStack;
    l.context.uc_link = nullptr;
    makecontext(&l.context, reinterpret_cast<void (*)()>(lane_main), 2, 0, 0);
  }
  WorkGroup *outer = group();
  group() = &g;
  for (;;) {
    bool all_done = true;
    g.progress = false;
    for (int t = 0; t < threads; ++t) {
      if (g.lanes[size_t(t)].done)
        continue;
      all_done = false;
      g.current = t;
      swapcontext(&g.scheduler, &g.lanes[size_t(t)].context);
    }
    if (all_done)
      break;
    if (!g.progress) { // every live lane waits for one that never comes
      g.deadlock = true;
      break;
    }
  }
  group() = outer;
  return !g.deadlock;
}

// A kernel of the unit: its entry, launch constants and block-map kernel
// (null without a data mask).
struct Kernel {
  void (*entry)(const void *);
  const int *meta;
  void (*block_map)(const void *);
};

// K/V tiles the work-groups of this thread's launches loaded (the
// skeleton counts them here): what ATTC_HIP_EMULATION_STATS prints.
inline int64_t &tiles_loaded() {
  static thread_local int64_t n = 0;
  return n;
}

// Runs `blocks` x `y` x `z` work-groups of `threads` lanes.
inline bool run_grid(void (*kernel)(const void *), const void *params,
                     int threads, int64_t blocks, int64_t y, int64_t z) {
  for (int64_t k = 0; k < z; ++k)
    for (int64_t j = 0; j < y; ++j)
      for (int64_t i = 0; i < blocks; ++i)
        if (!run_group(kernel, params, threads, int(i), int(j), int(k),
                       int(blocks)))
          return false;
  return true;
}

} // namespace hipemu

namespace hip {
constexpr int kWave = hipemu::kWave;
inline int thread_x() { return hipemu::lane_id(); }
inline int block_x() { return hipemu::group()->id[0]; }
inline int block_y() { return hipemu::group()->id[1]; }
inline int block_z() { return hipemu::group()->id[2]; }
inline int blocks_x() { return hipemu::group()->blocksX; }
inline void barrier() { hipemu::meet(hipemu::group()->all); }
inline float shfl_xor(float x, int mask) {
  hipemu::WaveSlots &w = hipemu::wave();
  const int l = hipemu::lane_id() % kWave;
  w.f[l] = x;
  hipemu::meet(w.meeting);
  const float r = w.f[l ^ mask];
  hipemu::meet(w.meeting);
  return r;
}
} // namespace hip
} // namespace attc

// The device builtins the MFMA policy calls, by name.
#define __builtin_amdgcn_mfma_f32_16x16x16f16(a, b, c, x, y, z)                \
  attc::hipemu::mfma(__builtin_bit_cast(attc::hipemu::frag, a),                \
                     __builtin_bit_cast(attc::hipemu::frag, b), c, false)
#define __builtin_amdgcn_mfma_f32_16x16x16bf16_1k(a, b, c, x, y, z)            \
  attc::hipemu::mfma(a, b, c, true)
#define __builtin_amdgcn_exp2f(x) __builtin_exp2f(x)

// The SMs (CUs) the split-KV rule of an emulated launch counts with:
// gfx942's (MI300X).
#define ATTC_HIP_EMULATED_UNITS 304

// The unit's emulated entry point, the CPU kernels' ABI, doing what the
// launch runtime does (lib/Runtime/Gpu/GpuLaunch.h) with host memory: picks
// the smallest head-dim bucket that holds D and Dv, builds the block map
// with the unit's block-map kernel, chooses the split count
// (attc_cuda_kv_splits), runs the grid (ceil(Lq / TQ) x splits, Hq / HPT,
// B) group by group, then the merge kernel. `unit` is the unit's
// attc_hip_meta_unit.
#define ATTC_HIP_EMULATED_ENTRY(kernels, merge, unit)                          \
  extern "C" int attc_kernel_entry(const attc_launch *L) {                     \
    const attc::hipemu::Kernel *best = nullptr;                                \
    for (const attc::hipemu::Kernel &k : kernels)                              \
      if (k.meta[ATTC_CUDA_META_KD] >= L->D &&                                 \
          k.meta[ATTC_CUDA_META_KDV] >= L->Dv &&                               \
          (!best || k.meta[ATTC_CUDA_META_KD] * k.meta[ATTC_CUDA_META_KDV] <   \
                        best->meta[ATTC_CUDA_META_KD] *                        \
                            best->meta[ATTC_CUDA_META_KDV]))                   \
        best = &k;                                                             \
    if (!best || L->num_inputs > ATTC_CUDA_MAX_INPUTS)                         \
      return ATTC_ERR_INVALID;                                                 \
    const int tq = best->meta[ATTC_CUDA_META_TILE_Q],                          \
              tk = best->meta[ATTC_CUDA_META_TILE_K],                          \
              hpt = best->meta[ATTC_CUDA_META_HEADS];                          \
    if ((L->Hq / L->Hkv) % hpt)                                                \
      return ATTC_ERR_INVALID;                                                 \
    attc_cuda_params P = {L->B, L->Hq,   L->Hkv, L->Lq, L->Lk,                 \
                          L->D, L->Dv,   L->q,   L->k,  L->v,                  \
                          L->o, L->lse,  L->max, {},    L->num_inputs,         \
                          1,    nullptr, nullptr};                             \
    for (int i = 0; i < L->num_inputs; ++i)                                    \
      P.inputs[i] = L->inputs[i];                                              \
    const int64_t gx = (L->Lq + tq - 1) / tq, gy = L->Hq / hpt;                \
    const int splits =                                                         \
        attc_cuda_kv_splits(unit[1], gx * gy * L->B, (L->Lk + tk - 1) / tk,    \
                            ATTC_HIP_EMULATED_UNITS);                          \
    std::vector<attc::iv::MapTable> tables;                                    \
    for (int i = 0; i < unit[2]; ++i)                                          \
      tables.push_back({unit[3 + 3 * i], unit[4 + 3 * i], unit[5 + 3 * i]});   \
    std::vector<int64_t> map;                                                  \
    int64_t map_bytes = 0;                                                     \
    if (best->block_map && L->B > 0 && L->Lq > 0) {                            \
      map_bytes =                                                              \
          attc::iv::map_bytes(P, tables.data(), int(tables.size()), tq, tk);   \
      map.resize(size_t(map_bytes / 8 + 1));                                   \
      P.block_map = map.data();                                                \
      const int64_t cells =                                                    \
          (map_bytes - attc::iv::map_header_bytes(int(tables.size()))) / 16;   \
      if (!attc::hipemu::run_grid(best->block_map, &P, ATTC_CUDA_AUX_THREADS,  \
                                  attc_cuda_aux_blocks(cells), 1, 1))          \
        return ATTC_ERR_INVALID;                                               \
    }                                                                          \
    std::vector<float> workspace;                                              \
    if (splits > 1) {                                                          \
      workspace.resize(size_t(                                                 \
          attc_cuda_workspace_floats(splits, L->B * L->Hq * L->Lq, L->Dv)));   \
      P.kv_splits = splits;                                                    \
      P.workspace = workspace.data();                                          \
    }                                                                          \
    const int64_t before = attc::hipemu::tiles_loaded();                       \
    if (!attc::hipemu::run_grid(best->entry, &P,                               \
                                best->meta[ATTC_CUDA_META_THREADS],            \
                                gx * splits, gy, L->B))                        \
      return ATTC_ERR_INVALID;                                                 \
    if (splits > 1 &&                                                          \
        !attc::hipemu::run_grid(                                               \
            merge, &P, ATTC_CUDA_AUX_THREADS,                                  \
            attc_cuda_aux_blocks(L->B * L->Hq * L->Lq * L->Dv), 1, 1))         \
      return ATTC_ERR_INVALID;                                                 \
    if (std::getenv("ATTC_HIP_EMULATION_STATS"))                               \
      std::fprintf(stderr,                                                     \
                   "hip emulated: tiles %dx%d, kv splits %d, block map %lld "  \
                   "bytes, %lld K/V tiles loaded\n",                           \
                   tq, tk, splits, (long long)map_bytes,                       \
                   (long long)(attc::hipemu::tiles_loaded() - before));        \
    return ATTC_OK;                                                            \
  }

#endif // ATTC_HIP_EMULATION_H
