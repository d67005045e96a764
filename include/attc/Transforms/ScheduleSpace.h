//===- ScheduleSpace.h - the legal schedules of a target --------*- C++ -*-===//
//
// One place for what a target's skeleton can run and what fits its
// resources: attn-schedule checks an explicit schedule with it, and
// `attc tune` enumerates its candidates from it, so the autotuner never
// compiles a schedule the resource model rejects.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_TRANSFORMS_SCHEDULESPACE_H
#define ATTC_TRANSFORMS_SCHEDULESPACE_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace attc {

struct ScheduleChoice {
  int64_t tileQ = 0, tileK = 0;
  int64_t kvSplits = 1;
  int64_t headsPerTask = 0; ///< 0: chosen at launch
  /// Consumer warpgroups of the cuda target's Hopper path (0: mma.sync).
  int64_t warpgroups = 0;
  bool operator==(const ScheduleChoice &o) const {
    return tileQ == o.tileQ && tileK == o.tileK && kvSplits == o.kvSplits &&
           headsPerTask == o.headsPerTask && warpgroups == o.warpgroups;
  }
};

/// A target's row of the schedule table.
struct TargetSchedule {
  llvm::StringLiteral name;
  int64_t tileQ, tileK; ///< the defaults
  /// Query rows (heads_per_task x tile_q) one task may hold: the CPU
  /// skeleton's per-task scratch is sized for at most this many.
  int64_t maxRowsPerTask;
  /// Whether the skeleton can split a row's keys and merge the partial
  /// states (split-KV).
  bool splitsKeys;
  /// Tile sizes the autotuner tries.
  std::vector<int64_t> tileQs, tileKs;
  /// The default tile_k when a fixed D or Dv is above 128 (0: tileK): the
  /// GPU skeletons hold a key tile of scores and a whole O row block in
  /// registers.
  int64_t tileKWide = 0;
  /// Tile sizes must be multiples of this (mma tiles on the GPU).
  int64_t tileMultiple = 1;
  /// Shared memory (LDS) of one block and registers of one lane (VGPRs
  /// with AGPRs) that the skeleton's K/V ring and accumulators must fit in
  /// (0: not modelled here).
  int64_t sharedBytes = 0, registers = 0;
  /// The Hopper path (cuda, sm_90a: TMA + wgmma) where the target has one:
  /// default tiles (tile_q rows of one head are tile_q / 64 consumer
  /// warpgroups), tile_k over 128-wide heads, the tile_k the tuner tries.
  int64_t hopperTileQ = 0, hopperTileK = 0, hopperTileKWide = 0;
  std::vector<int64_t> hopperTileKs = {};
};

/// The row of `target`, or null.
const TargetSchedule *findTargetSchedule(llvm::StringRef target);
/// The targets that have a row, comma-separated (for messages).
std::string scheduleTargetNames();

/// Why `choice` cannot run for a problem of `dims` (B, Hq, Hkv, Lq, Lk, D,
/// Dv; -1 where unknown) on `target`, or "" when it can: the resource model.
/// `cacheBytes` bounds one thread's working set (CPU: its L2).
std::string rejectSchedule(const TargetSchedule &target,
                           const ScheduleChoice &choice, const int64_t *dims,
                           int64_t cacheBytes);

/// Why `choice` cannot take the Hopper path of `target` (its warpgroups
/// are set from tile_q x heads) for a spec of storage `dtype` ("f32",
/// "f16", "bf16") and `dims`, or "" when it can.
std::string rejectHopper(const TargetSchedule &target,
                         const ScheduleChoice &choice, llvm::StringRef dtype,
                         const int64_t *dims);

/// Every candidate the tuner should time for `dims` (all known), the
/// default first; the resource model's rejects are left out.
/// With `hopperDtype` (the spec's storage type), also the Hopper path's
/// candidates that rejectHopper leaves.
std::vector<ScheduleChoice>
enumerateSchedules(const TargetSchedule &target, const int64_t *dims,
                   int64_t cacheBytes, llvm::StringRef hopperDtype = "");

} // namespace attc

#endif // ATTC_TRANSFORMS_SCHEDULESPACE_H
