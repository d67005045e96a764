//===- AttnSchedule.cpp - choose #attn.schedule for a target --------------===//
//
// The target's row of the schedule table (ScheduleSpace.h) holds its
// defaults and limits, the resource model the autotuner prunes with; the
// shape bucket is what the spec fixes statically. Everything a backend
// tiles by is then in the IR.
//
//===----------------------------------------------------------------------===//

#include "attc/Transforms/Passes.h"
#include "attc/Transforms/ScheduleSpace.h"
#include "attc/DimNames.h"

namespace attc {
#define GEN_PASS_DEF_ATTNSCHEDULE
#include "attc/Transforms/Passes.h.inc"
} // namespace attc

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
struct AttnSchedulePass : attc::impl::AttnScheduleBase<AttnSchedulePass> {
  using AttnScheduleBase::AttnScheduleBase;

  void runOnOperation() override {
    SpecOp spec = getOperation();
    const TargetSchedule *t = findTargetSchedule(target);
    if (!t) {
      spec.emitError() << "attn-schedule: no schedule for target '" << target
                       << "' (known: " << scheduleTargetNames() << ")";
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
                         : (wide && t->tileKWide ? t->tileKWide : t->tileK);
    // The Hopper path of the cuda target takes its own default tiles; a
    // spec it cannot run keeps the mma.sync path's, with a note why.
    Type elem = spec.getDtype();
    StringRef dtype = elem.isF16() ? "f16" : elem.isBF16() ? "bf16" : "f32";
    std::string hopperWhy;
    if (hopper) {
      if (!t->hopperTileQ)
        hopperWhy = "the " + target + " target has no Hopper path";
      else if (dtype == "f32")
        hopperWhy = "the copy engine moves 16-bit tiles as they are, the "
                    "spec stores f32";
      else if (!given) {
        tq = tileQ ? tileQ : t->hopperTileQ;
        tk = tileK ? tileK : wide ? t->hopperTileKWide : t->hopperTileK;
      }
    }
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
    // What the spec fixes must fit the target's resource model (the cache
    // budget depends on the machine and is the tuner's to check).
    int64_t sizes[kNumDims];
    for (unsigned i = 0; i < kNumDims; ++i)
      sizes[i] = ShapedType::isDynamic(dims.getSizes()[i]) ? -1
                                                           : dims.getSizes()[i];
    if (spec.getHkvEqualsHq())
      sizes[kHkv] = sizes[kHq];
    std::string why = rejectSchedule(*t, {tq, tk, splits, heads}, sizes, 0);
    if (!why.empty()) {
      spec.emitError() << "attn-schedule: " << why;
      return signalPassFailure();
    }
    spec->removeAttr("attn.warpgroups");
    spec->removeAttr("attn.note");
    if (hopper) {
      ScheduleChoice c{tq, tk, splits, heads};
      if (hopperWhy.empty())
        hopperWhy = rejectHopper(*t, c, dtype, sizes);
      int64_t wg = std::max<int64_t>(heads, 1) * tq / 64;
      if (hopperWhy.empty())
        spec->setAttr(
            "attn.warpgroups",
            IntegerAttr::get(IntegerType::get(&getContext(), 64), wg));
      spec->setAttr(
          "attn.note",
          StringAttr::get(
              &getContext(),
              hopperWhy.empty()
                  ? "hopper: TMA + wgmma (sm_90a), " + std::to_string(wg) +
                        " consumer warpgroup(s); unverified on hardware"
                  : "hopper: the mma.sync (sm_80) path instead: " + hopperWhy));
    }
    spec->setAttr("attn.schedule",
                  ScheduleAttr::get(spec.getContext(),
                                    StringAttr::get(spec.getContext(), target),
                                    tq, tk, splits, heads, denseTiles));
  }
};
} // namespace
