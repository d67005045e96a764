//===- Passes.h - attc's passes ---------------------------------*- C++ -*-===//

#ifndef ATTC_TRANSFORMS_PASSES_H
#define ATTC_TRANSFORMS_PASSES_H

#include "dialects/Attn/IR/AttnDialect.h"
#include "mlir/Pass/Pass.h"

namespace attc {
#define GEN_PASS_DECL
#include "attc/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "attc/Transforms/Passes.h.inc"

/// The lowering pipeline every backend runs before code generation:
/// canonicalize, move -inf score selections into the mask, classify tiles,
/// choose the schedule for `schedule.target`.
void addAttnLoweringPasses(
    mlir::OpPassManager &pm,
    const AttnScheduleOptions &schedule = AttnScheduleOptions());
} // namespace attc

#endif // ATTC_TRANSFORMS_PASSES_H
