//===- CpuCodegen.h - attn.spec to a C++ CPU kernel -------------*- C++ -*-===//

#ifndef ATTC_CODEGEN_CPUCODEGEN_H
#define ATTC_CODEGEN_CPUCODEGEN_H

#include "dialects/Attn/IR/AttnDialect.h"

#include <string>

namespace attc {

struct CpuSchedule {
  int tileQ = 64;
  int tileK = 64;
  /// Ignore the spec's attn.sparsity: visit every tile and evaluate the
  /// mask everywhere (the reference path for the sparsity machinery).
  bool denseTiles = false;
};

/// Emits one self-contained C++17 translation unit for `spec` (which should
/// have gone through attn-canonicalize): the kernel templates, a Variant
/// struct with the stage bodies inlined, and the C entry point
///   extern "C" int attc_kernel_entry(const attc_launch *);
/// Fails (with a diagnostic on the offending op) on an op it cannot lower.
mlir::FailureOr<std::string> emitCpuSource(attn::SpecOp spec,
                                           const CpuSchedule &schedule);

} // namespace attc

#endif // ATTC_CODEGEN_CPUCODEGEN_H
