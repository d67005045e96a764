//===- SpecToIR.h - spec files to the attn dialect --------------*- C++ -*-===//

#ifndef ATTC_SPEC_SPECTOIR_H
#define ATTC_SPEC_SPECTOIR_H

#include "attc/Spec/RawSpec.h"
#include "dialects/Attn/IR/AttnDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace attc {

/// Registers and loads what spec IR needs into `ctx`.
void loadSpecDialects(mlir::MLIRContext &ctx);

/// Type checks the expressions of `raw` and builds an attn.spec at the end
/// of `module`. On failure returns null with a one-line `error` that names
/// `file`, the key and the column inside the expression.
attn::SpecOp buildSpecIR(const RawSpec &raw, const std::string &file,
                         mlir::ModuleOp module, std::string &error);

/// Reads a spec from `path`: JSON (any extension but .mlir) or the attn
/// dialect (.mlir; the module must hold exactly one attn.spec). Returns the
/// verified module or null with a one-line `error`.
mlir::OwningOpRef<mlir::ModuleOp> loadSpecFile(mlir::MLIRContext &ctx,
                                               const std::string &path,
                                               std::string &error);

/// As loadSpecFile, from text already in memory.
mlir::OwningOpRef<mlir::ModuleOp> loadSpecText(mlir::MLIRContext &ctx,
                                               const std::string &text,
                                               const std::string &name,
                                               bool isMLIR, std::string &error);

/// The single attn.spec of a module loaded above.
attn::SpecOp getSpec(mlir::ModuleOp module);

} // namespace attc

#endif // ATTC_SPEC_SPECTOIR_H
