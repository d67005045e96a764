//===- HipToolchain.h - HIP code objects and the hip "device" ---*- C++ -*-===//

#ifndef ATTC_RUNTIME_HIPTOOLCHAIN_H
#define ATTC_RUNTIME_HIPTOOLCHAIN_H

#include "attc/Runtime/Toolchain.h"

namespace attc {

/// The hip target's JIT toolchain: compileAndLoad looks for the HIP
/// runtime (libamdhip64, dlopen'ed) and a device, and fails with one line
/// naming what is missing ("hip: no HIP runtime: ...", "hip: no HIP
/// device: ..."); with both there, that the launch runtime is not built.
const Toolchain &hipToolchain();

/// The clang that builds HIP code objects: $ATTC_HIP_CLANG, else
/// clang++-22 on PATH, else /usr/lib/llvm-22/bin/clang++ (it links with
/// ld.lld from its own directory, Debian's lld-22).
llvm::Expected<std::string> findHipClang();

/// Compiles a HIP unit for `arch` (gfx90a, gfx942) into an HSA code object
/// with clang alone: -x hip -nogpuinc -nogpulib --cuda-device-only (no ROCm
/// headers or device libraries). A failure is one line with clang's first
/// error.
llvm::Expected<std::string> hipCompile(const std::string &source,
                                       llvm::StringRef arch);

} // namespace attc

#endif // ATTC_RUNTIME_HIPTOOLCHAIN_H
