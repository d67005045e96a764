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
} // namespace attc

#endif // ATTC_TRANSFORMS_PASSES_H
