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

def AttnScoreInfToMask : Pass<"attn-score-inf-to-mask", "::attc::attn::SpecOp"> {
  let summary = "Move `cond ? s : -inf` score selections into the mask";
  let description = [{
    A score stage yielding `select(%c, %x, -inf)` (or `select(%c, -inf, %x)`)
    where `%c` does not read the score masks the pair out under softmax,
    sigmoid and relu alike: the weight of a -inf logit is 0 and it never
    raises the row maximum. The pass moves `%c` into the mask stage
    (creating one, or and-ing it with the existing mask), so the tile
    analysis sees it. Specs normalized with `identity` are left alone: there
    a -inf score is a value, not an absence.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def AttnTileSparsity : Pass<"attn-tile-sparsity", "::attc::attn::SpecOp"> {
  let summary = "Classify the mask for block sparsity (#attn.sparsity)";
  let description = [{
    Attaches `attn.sparsity = #attn.sparsity<...>` to the spec. The kind says
    how a backend can classify a tile of queries x keys as empty, full or
    partial: not at all (`opaque`), by interval arithmetic over the tile's
    index ranges (`static`), or with per-tile bounds of the inputs the mask
    loads (`data`). `key_lower` / `key_upper` give closed-form bounds on
    the kept keys of a query, from the mask's top-level conjuncts that are
    linear in k with coefficient +-1.
  }];
}


def AttnSchedule : Pass<"attn-schedule", "::attc::attn::SpecOp"> {
  let summary = "Choose the tiling schedule (#attn.schedule) for a target";
  let description = [{
    Attaches `attn.schedule = #attn.schedule<...>` to the spec: tile sizes,
    key splits and heads per task, from the target's table and the spec's
    shape bucket (the dims it fixes). Options override single fields; a
    schedule already on the spec for the same target is kept where no
    option overrides it. Backends read their tiles only from here, and the
    autotuner searches over it.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"cpu\"",
           "the backend to schedule for (cpu)">,
    Option<"tileQ", "tile-q", "int64_t", /*default=*/"0",
           "queries per tile, 1..512 (0: the target's choice)">,
    Option<"tileK", "tile-k", "int64_t", /*default=*/"0",
           "keys per tile, 1..512 (0: the target's choice)">,
    Option<"kvSplits", "kv-splits", "int64_t", /*default=*/"0",
           "key ranges per row merged afterwards (0: the target's choice)">,
    Option<"headsPerTask", "heads-per-task", "int64_t", /*default=*/"-1",
           "query heads of a kv head per task (0: at launch; -1: the "
           "target's choice)">,
    Option<"dense", "dense", "bool", /*default=*/"false",
           "ignore block sparsity (visit every tile)">,
    Option<"hopper", "hopper", "bool", /*default=*/"false",
           "cuda: the Hopper path (TMA + wgmma, sm_90a; unverified on "
           "hardware): attn.warpgroups, or a note on why the mma.sync path "
           "stays">,
  ];
}


def AttnDifferentiate : Pass<"attn-differentiate", "::attc::attn::SpecOp"> {
  let summary = "Derive the stage regions a backward pass needs";
  let description = [{
    Adds one `attn.derivative` per differentiable stage: `score` (yields
    g * ds'/ds), `epilogue` (g * dy/do), `sink` (softmax) and `norm_param`
    (sigmoid's bias, relu's scale), each adding g * (d stage / d x) to the
    gradient of every float input element x it reads (`attn.accumulate`).
    Reverse mode over the region's single block, chain rule through the
    arith and math ops; min/max/select and abs are piecewise. Documented
    zero gradients: floor and ceil, comparisons (a float input that only
    decides a comparison, e.g. in the mask, gets no gradient), integer ops.
    Existing derivatives are rebuilt, so the pass is idempotent.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
}

def AttnTestNormalizer : Pass<"attn-test-normalizer", "::attc::attn::SpecOp"> {
  let summary = "Report the NormalizerOpInterface of each spec (for tests)";
  let description = [{
    Emits one remark per spec with what its normalizer's interface answers:
    the per-row state, whether it keeps row statistics, the merge rule, the
    C++ normalizer and the parameter hook. Changes nothing.
  }];
}

#endif // ATTC_TRANSFORMS_PASSES_TD
