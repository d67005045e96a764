//===- LoweringPipeline.cpp - the passes every backend runs ---------------===//

#include "attc/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"

using namespace mlir;
using namespace attc;

void attc::addAttnLoweringPasses(OpPassManager &pm,
                                 const AttnScheduleOptions &schedule) {
  OpPassManager &specPm = pm.nest<attn::SpecOp>();
  specPm.addPass(createAttnCanonicalize());
  specPm.addPass(createAttnScoreInfToMask());
  specPm.addPass(createAttnCanonicalize());
  specPm.addPass(createAttnTileSparsity());
  specPm.addPass(createAttnSchedule(schedule));
}
