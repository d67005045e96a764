//===- Passes.td - attc's passes ----------------------------*- tablegen -*-===//

#ifndef ATTC_TRANSFORMS_PASSES_TD
#define ATTC_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def AttnCanonicalize : Pass<"attn-canonicalize", "::attc::attn::SpecOp"> {
  let summary = "Inline consts and static dims, fold stage expressions";
  let description = [{
    Replaces `attn.const` with its value and `attn.dim` of a static dim with
    a constant, then folds the stage bodies with the arith and math
    canonicalizations plus the identities upstream leaves alone for floats
    (`x + 0.0`, `x - 0.0`, `x * 1.0`: the sign of a zero does not matter to
    an attention weight), and removes dead code.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
}

#endif // ATTC_TRANSFORMS_PASSES_TD
