//===- CpuCodegen.h - attn.spec to a C++ CPU kernel -------------*- C++ -*-===//

#ifndef ATTC_CODEGEN_CPUCODEGEN_H
#define ATTC_CODEGEN_CPUCODEGEN_H

#include "dialects/Attn/IR/AttnDialect.h"

#include <string>

namespace attc {

/// Emits one self-contained C++17 translation unit for `spec`, which must
/// have been through the lowering pipeline for the cpu target (its tiles
/// come from `attn.schedule`): the kernel templates, the variant and the C
/// entry point
///   extern "C" int attc_kernel_entry(const attc_launch *);
/// Fails (with a diagnostic on the offending op) on an op it cannot lower.
mlir::FailureOr<std::string> emitCpuSource(attn::SpecOp spec);

} // namespace attc

#endif // ATTC_CODEGEN_CPUCODEGEN_H
