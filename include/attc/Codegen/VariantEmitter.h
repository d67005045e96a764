//===- VariantEmitter.h - the generated part of every kernel ----*- C++ -*-===//
//
// Target-independent: prints a lowered attn.spec as `struct AttcVariant`,
// the variant type every skeleton of templates/ is instantiated with (the
// contract is templates/common/attc_variant.h), in a target's dialect.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_CODEGEN_VARIANTEMITTER_H
#define ATTC_CODEGEN_VARIANTEMITTER_H

#include "attc/Codegen/TargetDialect.h"
#include "attc/Codegen/TileClassifier.h"
#include "dialects/Attn/IR/AttnDialect.h"

#include "llvm/Support/raw_ostream.h"

namespace attc {

/// What the instantiation around the variant must provide.
struct VariantInfo {
  /// The mask needs a block map (`struct AttcTileMaps`, emitted before the
  /// variant) built before each launch.
  bool needsBlockMap = false;
  /// Its tables (the GPU units' block-map kernels and launch metadata).
  TileMapsInfo blockMap;
};

/// Emits `struct AttcTileMaps` (when the mask needs one) and
/// `struct AttcVariant` for `spec`, which must have been through the
/// lowering pipeline (it reads `attn.sparsity` and `attn.schedule`). Fails,
/// with a diagnostic on the op, on anything it cannot print.
mlir::FailureOr<VariantInfo> emitVariant(llvm::raw_ostream &os,
                                         attn::SpecOp spec,
                                         const TargetDialect &target);

/// The schedule the lowering pipeline attached to `spec`.
attn::ScheduleAttr getSchedule(attn::SpecOp spec);

/// Writes the embedded template headers `texts` in order, dropping their
/// `#include "attc_*.h"` lines: the result is one self-contained unit.
void emitTemplates(llvm::raw_ostream &os, llvm::ArrayRef<const char *> texts);

} // namespace attc

#endif // ATTC_CODEGEN_VARIANTEMITTER_H
