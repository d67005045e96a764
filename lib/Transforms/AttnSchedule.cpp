//===- AttnSchedule.cpp - choose #attn.schedule for a target --------------===//
//
// One table row per target holds its defaults and limits (the resource
// model the autotuner prunes with); the shape bucket is what the spec fixes
// statically. Everything a backend tiles by is then in the IR.
//
//===----------------------------------------------------------------------===//

#include "attc/Transforms/Passes.h"

namespace attc {
#define GEN_PASS_DEF_ATTNSCHEDULE
#include "attc/Transforms/Passes.h.inc"
} // namespace attc

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
/// What a target's skeleton supports and prefers.
struct TargetSchedule {
  llvm::StringLiteral name;
  int64_t tileQ, tileK;
  /// Query rows (heads_per_task x tile_q) one task may hold: the CPU
  /// skeleton's per-thread scratch stays cache-sized below it.
  int64_t maxRowsPerTask;
  /// Whether the skeleton can split a row's keys and merge the partial
  /// states (split-KV).
  bool splitsKeys;
  /// tile_k when a fixed D or Dv is above 128: the GPU skeletons hold a
  /// key tile of scores and the whole O row block in registers.
  int64_t tileKWide;
};

/// Tiles of 64 x 64 measured best on the CPU (bench/RESULTS.md, session 1).
/// CUDA: 64 queries x 64 keys per tile (32 keys for heads over 128), up to
/// 128 rows (8 warps, two GQA heads) per block; mma.sync needs multiples
/// of 16, which the backend checks.
constexpr TargetSchedule kTargets[] = {
    {"cpu", 64, 64, 256, false, 64},
    {"cuda", 64, 64, 128, false, 32},
};

const TargetSchedule *findTarget(StringRef name) {
  for (const TargetSchedule &t : kTargets)
    if (t.name == name)
      return &t;
  return nullptr;
}

struct AttnSchedulePass : attc::impl::AttnScheduleBase<AttnSchedulePass> {
  using AttnScheduleBase::AttnScheduleBase;

  void runOnOperation() override {
    SpecOp spec = getOperation();
    const TargetSchedule *t = findTarget(target);
    if (!t) {
      std::string known;
      for (const TargetSchedule &k : kTargets)
        known += (known.empty() ? "" : ", ") + k.name.str();
      spec.emitError() << "attn-schedule: no schedule for target '" << target
                       << "' (known: " << known << ")";
      return signalPassFailure();
    }
    for (auto [value, name] :
         {std::pair{int64_t(tileQ), "tile-q"}, {int64_t(tileK), "tile-k"}})
      if (value != 0 && (value < 1 || value > 512)) {
        spec.emitError() << "attn-schedule: " << name
                         << " must be between 1 and 512, got " << value;
        return signalPassFailure();
      }
    if (kvSplits < 0 || headsPerTask < -1) {
      spec.emitError() << "attn-schedule: kv-splits must be >= 0 and "
                          "heads-per-task >= -1";
      return signalPassFailure();
    }
    if (kvSplits > 1 && !t->splitsKeys) {
      spec.emitError() << "attn-schedule: the " << target
                       << " backend does not split keys (kv-splits must be "
                          "1)";
      return signalPassFailure();
    }

    // A schedule the spec already carries for this target is the baseline.
    auto given = spec->getAttrOfType<ScheduleAttr>("attn.schedule");
    if (given && given.getTarget().getValue() != target)
      given = {};
    int64_t tq = tileQ ? tileQ : given ? given.getTileQ() : t->tileQ;
    DimsAttr dims = spec.getDims();
    int64_t d = dims.get("D"), dv = spec.getDvEqualsD() ? d : dims.get("Dv");
    bool wide = (!ShapedType::isDynamic(d) && d > 128) ||
                (!ShapedType::isDynamic(dv) && dv > 128);
    int64_t tk = tileK   ? tileK
                 : given ? given.getTileK()
                         : (wide ? t->tileKWide : t->tileK);
    int64_t splits = kvSplits ? kvSplits : given ? given.getKvSplits() : 1;
    bool denseTiles = dense || (given && given.getDenseTiles());

    // Heads per task: with the group size fixed by the spec, the largest
    // divisor of it that keeps a task's rows within the target's limit.
    int64_t heads = headsPerTask >= 0 ? headsPerTask
                    : given           ? given.getHeadsPerTask()
                                      : 0;
    int64_t hq = dims.get("Hq"), hkv = dims.get("Hkv");
    if (spec.getHkvEqualsHq())
      hkv = hq;
    if (headsPerTask < 0 && !given && !ShapedType::isDynamic(hq) &&
        !ShapedType::isDynamic(hkv)) {
      int64_t group = hq / hkv, maxHeads = std::max<int64_t>(
                                    1, t->maxRowsPerTask / tq);
      heads = 1;
      for (int64_t g = std::min(group, maxHeads); g > 1; --g)
        if (group % g == 0) {
          heads = g;
          break;
        }
    }
    spec->setAttr("attn.schedule",
                  ScheduleAttr::get(spec.getContext(),
                                    StringAttr::get(spec.getContext(), target),
                                    tq, tk, splits, heads, denseTiles));
  }
};
} // namespace
