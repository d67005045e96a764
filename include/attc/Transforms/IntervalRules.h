//===- IntervalRules.h - what interval arithmetic bounds, once --*- C++ -*-===//
//
// The one table of how templates/common/attc_interval.h bounds each op of
// a mask region. attn-tile-sparsity asks it which mask values are bounded
// (and so whether tiles can be classified); the tile classifier asks it
// which attc::iv function to print. Neither keeps a list of its own.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_TRANSFORMS_INTERVALRULES_H
#define ATTC_TRANSFORMS_INTERVALRULES_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/StringRef.h"

namespace attc {

struct IntervalRule {
  enum class Kind {
    /// The result ranges over its whole type (-inf..inf, maybe).
    Unbounded,
    /// A point known at launch: an integer or bool constant, a dim, an
    /// integer const. The consumer spells the value.
    Point,
    /// attn.load: bounded by a block map when attn-tile-sparsity mapped it
    /// (MaskIndex.h's tiledLoad), unbounded otherwise.
    Load,
    /// attc::iv::<fn>(operands...).
    Call,
  };
  /// Which operands must be bounded (ints) or decided (bools) for the
  /// result to be: all of them; any one (`and`/`or` decide on one side);
  /// or, for select, the condition or both values.
  enum class Needs { All, Any, Select };

  Kind kind = Kind::Unbounded;
  llvm::StringRef fn;
  Needs needs = Needs::All;
};

/// The rule of one op of a mask region (any op of AttnExprVisitor.h).
IntervalRule intervalRule(mlir::Operation *op);

} // namespace attc

#endif // ATTC_TRANSFORMS_INTERVALRULES_H
