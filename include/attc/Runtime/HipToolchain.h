//===- HipToolchain.h - HIP code objects, AOT and JIT -----------*- C++ -*-===//

#ifndef ATTC_RUNTIME_HIPTOOLCHAIN_H
#define ATTC_RUNTIME_HIPTOOLCHAIN_H

#include "attc/Runtime/Toolchain.h"

namespace attc {

/// The hip target's JIT toolchain: hipCompileAndLoad for gfx942.
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

/// Compiles a HIP unit for `arch` with hipCompile into a code object under
/// `cacheDir`, with the host cache's rules (attc-<hash>.hsaco, its .meta
/// sidecar, the source as attc-<hash>.hip), keyed by the source, clang's
/// real path and the flags; the result holds the code object's bytes for
/// the launch runtime. No HIP runtime or device is needed.
llvm::Expected<std::shared_ptr<LoadedObject>>
hipCompileAndLoad(const std::string &source, llvm::StringRef arch,
                  const std::string &cacheDir);

} // namespace attc

#endif // ATTC_RUNTIME_HIPTOOLCHAIN_H
