//===- ScheduleSpace.cpp - the legal schedules of a target ----------------===//

#include "attc/Transforms/ScheduleSpace.h"
#include "attc/DimNames.h"

#include "attc_abi.h"
#include "attc_cuda_abi.h"

#include <algorithm>

using namespace attc;

namespace {
/// Tiles of 64 x 64 measured best on the CPU (bench/RESULTS.md, session 1).
/// CUDA (templates/cuda/attention.cuh): 64 queries x 64 keys (32 keys for
/// heads over 128) in multiples of 16 for mma.sync; up to 128 rows (8 warps,
/// two GQA heads) per block.
/// HIP (templates/hip/attention_mfma.h): 64 queries x 32 keys (16 for
/// heads over 128): the two-stage K/V ring of 64 keys at D = 128 would
/// overflow the 64 KiB of LDS a work-group has; Q stays in registers, of
/// which a lane has 512 (VGPRs and AGPRs) with 4 waves per work-group: 64
/// rows per block (two GQA heads of 128 rows spilled at D = 256).
/// CUDA's Hopper path (templates/cuda/attention_sm90.cuh): 128 queries
/// (two consumer warpgroups of 64 rows, ping-pong) x 128 keys, 64 keys
/// over 128-wide heads (S, O and P of a consumer in its 240 registers).
/// Every skeleton splits keys (attc_gpu_attention.h, templates/cpu's
/// Splits): kv_splits N > 1 fixes the count, 1 leaves it to the launch
/// (attc_cuda_kv_splits; the CPU splits when it has fewer tasks than
/// threads).
// clang-format off
const TargetSchedule kTargets[] = {
    // name, tile_q, tile_k, rows per task, split-KV, tuner's tile_q and
    // tile_k, wide tile_k, tile multiple, shared bytes, registers, Hopper:
    // tile_q, tile_k, wide tile_k, tuner's tile_k.
    {"cpu", 64, 64, 256, true, {16, 32, 64, 128}, {32, 64, 128, 256}},
    {"cuda", 64, 64, 128, true, {32, 64, 128}, {32, 64}, 32, 16, 0, 0,
     128, 128, 64, {64, 128}},
    {"hip", 64, 32, 64, true, {32, 64}, {16, 32, 64}, 16, 16, 65536, 512},
};
// clang-format on

/// What the HIP skeleton's ring and registers hold (attc_hip_abi.h): two
/// stages of K and V rows padded by 4 elements of 2 bytes; per lane, S and
/// O accumulators (a quarter of a tile row each, wave64) and Q's operand.
constexpr int64_t kHipStages = 2, kHipPad = 4;
/// VGPRs the hooks, addresses and loop state need besides.
constexpr int64_t kHipRegisterReserve = 128;
/// The Hopper consumers' registers (setmaxnreg), of which addresses, row
/// statistics and hooks take about 64; shared memory of an sm_90 block.
constexpr int64_t kHopperRegisters = 240, kHopperRegisterReserve = 64,
                  kHopperSharedBytes = 232448;

int64_t roundUp(int64_t x, int64_t m) { return (x + m - 1) / m * m; }
} // namespace

const TargetSchedule *attc::findTargetSchedule(llvm::StringRef target) {
  for (const TargetSchedule &t : kTargets)
    if (t.name == target)
      return &t;
  return nullptr;
}

std::string attc::scheduleTargetNames() {
  std::string names;
  for (const TargetSchedule &t : kTargets)
    names += (names.empty() ? "" : ", ") + t.name.str();
  return names;
}

std::string attc::rejectSchedule(const TargetSchedule &target,
                                 const ScheduleChoice &c, const int64_t *dims,
                                 int64_t cacheBytes) {
  if (c.tileQ < 1 || c.tileQ > 512 || c.tileK < 1 || c.tileK > 512)
    return "tile sizes must be between 1 and 512";
  if (c.tileQ % target.tileMultiple || c.tileK % target.tileMultiple)
    return "the " + target.name.str() +
           " backend needs tile sizes that are "
           "multiples of " +
           std::to_string(target.tileMultiple);
  if (c.kvSplits < 1 || c.kvSplits > 64)
    return "kv_splits must be between 1 and 64";
  if (c.kvSplits > 1 && !target.splitsKeys)
    return "the " + target.name.str() +
           " backend does not split keys (kv_splits must be 1)";
  int64_t heads = std::max<int64_t>(c.headsPerTask, 1);
  if (heads * c.tileQ > target.maxRowsPerTask && c.headsPerTask > 1)
    return "heads_per_task x tile_q = " + std::to_string(heads * c.tileQ) +
           " query rows exceeds the task limit of " +
           std::to_string(target.maxRowsPerTask);
  int64_t hq = dims[kHq], hkv = dims[kHkv];
  if (c.headsPerTask > 0 && hq > 0 && hkv > 0 &&
      (hq / hkv) % c.headsPerTask != 0)
    return "heads_per_task " + std::to_string(c.headsPerTask) +
           " does not divide the " + std::to_string(hq / hkv) +
           " query heads of a kv head";
  // One thread's scratch (templates/cpu/attention.h, Scratch::alloc) must
  // stay in its cache: Q^T and O^T of the task's heads, K and V tiles and
  // the S block, in f32, with tiles and Dv padded as the skeleton pads them.
  if (target.name == "cpu" && dims[kD] > 0 && cacheBytes > 0) {
    int64_t d = dims[kD], dv = dims[kDv] > 0 ? dims[kDv] : d;
    int64_t lq = roundUp(c.tileQ, 16), dvp = roundUp(dv, 12);
    int64_t tkp = roundUp(c.tileK, 12);
    int64_t floats = heads * (d + dvp + 3) * lq + lq + tkp * d +
                     c.tileK * dvp + tkp * lq + dvp;
    if (floats * 4 > cacheBytes)
      return "the per-thread working set of " + std::to_string(floats * 4) +
             " bytes exceeds the " + std::to_string(cacheBytes) +
             "-byte cache";
  }
  if (target.sharedBytes && dims[kD] > 0) {
    int64_t d = roundUp(dims[kD], 16);
    int64_t dv = dims[kDv] > 0 ? roundUp(dims[kDv], 16) : d;
    int64_t lds = 2 * kHipStages * c.tileK * (d + kHipPad + dv + kHipPad);
    if (lds > target.sharedBytes)
      return "the K/V ring of " + std::to_string(lds) +
             " bytes exceeds the " + std::to_string(target.sharedBytes) +
             "-byte LDS of a work-group (lower tile_k)";
    int64_t regs = c.tileK / 4 + dv / 4 + d / 8;
    if (regs + kHipRegisterReserve > target.registers)
      return "the accumulators need " + std::to_string(regs) + " of " +
             std::to_string(target.registers) + " registers per lane";
  }
  return "";
}

std::string attc::rejectHopper(const TargetSchedule &target,
                               const ScheduleChoice &c, llvm::StringRef dtype,
                               const int64_t *dims) {
  if (!target.hopperTileQ)
    return "the " + target.name.str() + " target has no Hopper path";
  if (dtype != "f16" && dtype != "bf16")
    return "the copy engine moves 16-bit tiles as they are, the spec "
           "stores " +
           dtype.str();
  int64_t rows = std::max<int64_t>(c.headsPerTask, 1) * c.tileQ;
  if (c.tileQ % 64 || (rows != 64 && rows != 128))
    return "tile_q x heads_per_task = " + std::to_string(rows) +
           " rows are not one or two warpgroups of 64";
  if (c.tileK % 64 || c.tileK > 256)
    return "tile_k " + std::to_string(c.tileK) +
           " is not 64, 128, 192 or 256 (wgmma blocks of 64 keys)";
  // Head dims in 64-column boxes; a `?` one's buckets over 128 take
  // tile_k 64 (CudaCodegen), so 128 is the bound that tile_k must fit.
  auto box = [](int64_t d) { return d > 0 ? roundUp(d, 64) : 128; };
  int64_t d = box(dims[kD]), dv = dims[kDv] > 0 ? box(dims[kDv]) : d;
  int64_t regs = c.tileK / 2 + dv / 2 + c.tileK / 4;
  if (regs + kHopperRegisterReserve > kHopperRegisters)
    return "S, O and P need " + std::to_string(regs) + " of a consumer's " +
           std::to_string(kHopperRegisters) + " registers (lower tile_k)";
  int64_t smem = attc_cuda_tma_smem_bytes(int(c.tileK), int(rows / 64), int(d),
                                          int(dv), 2);
  if (smem > kHopperSharedBytes)
    return "the Q tiles and K/V ring need " + std::to_string(smem) +
           " bytes of shared memory (lower tile_k)";
  return "";
}

std::vector<ScheduleChoice>
attc::enumerateSchedules(const TargetSchedule &target, const int64_t *dims,
                         int64_t cacheBytes, llvm::StringRef hopperDtype) {
  std::vector<ScheduleChoice> out;
  auto add = [&](const ScheduleChoice &c) {
    if (std::find(out.begin(), out.end(), c) == out.end() &&
        rejectSchedule(target, c, dims, cacheBytes).empty())
      out.push_back(c);
  };
  // The default first: what attn-schedule picks with no options.
  int64_t group =
      dims[kHq] > 0 && dims[kHkv] > 0 ? dims[kHq] / dims[kHkv] : 1;
  auto defaultHeads = [&](int64_t tileQ) {
    int64_t limit = std::max<int64_t>(1, target.maxRowsPerTask / tileQ);
    for (int64_t g = std::min(group, limit); g > 1; --g)
      if (group % g == 0)
        return g;
    return int64_t(1);
  };
  // (attn-schedule's choice for heads over 128 wide, where there is one).
  bool wide = dims[kD] > 128 || dims[kDv] > 128;
  add({target.tileQ, wide && target.tileKWide ? target.tileKWide : target.tileK,
       1, defaultHeads(target.tileQ)});
  for (int64_t tq : target.tileQs) {
    // Queries beyond Lq are padding: no tile taller than Lq rounded up.
    if (dims[kLq] > 0 && tq > roundUp(dims[kLq], 16) && tq != target.tileQ)
      continue;
    for (int64_t tk : target.tileKs) {
      if (dims[kLk] > 0 && tk > roundUp(dims[kLk], 32) && tk != target.tileK)
        continue;
      add({tq, tk, 1, defaultHeads(tq)});
      if (group > 1)
        add({tq, tk, 1, 1});
    }
  }
  // The Hopper path: one head of 128 rows, or two GQA heads of 64.
  if (!hopperDtype.empty() && target.hopperTileQ)
    for (int64_t tk : target.hopperTileKs)
      for (auto [tq, heads] : {std::pair<int64_t, int64_t>{128, 1}, {64, 2}}) {
        ScheduleChoice c{tq, tk, 1, heads, tq * heads / 64};
        if ((heads == 1 || group % heads == 0) &&
            rejectHopper(target, c, hopperDtype, dims).empty() &&
            std::find(out.begin(), out.end(), c) == out.end())
          out.push_back(c);
      }
  return out;
}
