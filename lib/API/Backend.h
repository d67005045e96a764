//===- Backend.h - the targets jit() and emitSource() dispatch to -*- C++ -*-//
//
// A backend is one target: its code generator (a spec lowered for it, with
// #attn.schedule chosen, to source) and its toolchain (source to a loaded
// object). Adding a target means one Backend subclass registered in
// Backends.cpp; the API, the CLI and the C API reach it by name.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_LIB_API_BACKEND_H
#define ATTC_LIB_API_BACKEND_H

#include "attc/Codegen/CudaCodegen.h"
#include "attc/Runtime/Toolchain.h"
#include "dialects/Attn/IR/AttnDialect.h"

#include "llvm/Support/Error.h"

#include <string>

namespace attc {

class Backend {
public:
  virtual ~Backend();
  /// The target name users pass: "cpu", ...
  virtual llvm::StringRef name() const = 0;
  /// Rejects an --arch the backend cannot generate for.
  virtual llvm::Error checkArch(llvm::StringRef arch) const = 0;
  /// The source of a spec lowered for this target.
  virtual mlir::FailureOr<std::string>
  emitSource(attn::SpecOp lowered) const = 0;
  virtual const Toolchain &toolchain() const = 0;
  /// Compiles `source` for `arch` through the cache under `cacheDir` and
  /// loads it; the toolchain's compileAndLoad unless the arch matters.
  virtual llvm::Expected<std::shared_ptr<LoadedObject>>
  compileAndLoad(const std::string &source, llvm::StringRef arch,
                 const std::string &cacheDir) const;
  /// An AOT binary ("ptx", "object") of `source` for `arch`; targets
  /// whose object is the JIT's shared library have none.
  virtual llvm::Expected<std::string> compileBinary(const std::string &source,
                                                    llvm::StringRef arch,
                                                    llvm::StringRef kind) const;
  /// A GPU target's launch ABI name ("cuda", "hip": its kernel.meta and
  /// launch runtime); empty for targets whose objects are shared libraries.
  virtual llvm::StringRef launchAbi() const { return ""; }
  /// The kernels emitSource writes with their launch constants (GPU
  /// targets); fails with a diagnostic as emitSource does.
  virtual mlir::FailureOr<std::vector<CudaKernelInfo>>
  launchKernels(attn::SpecOp lowered) const;
};

/// The backend registered for `target`, or an error naming the ones there
/// are.
llvm::Expected<const Backend &> findBackend(llvm::StringRef target);

} // namespace attc

#endif // ATTC_LIB_API_BACKEND_H
