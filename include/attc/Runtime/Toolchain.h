//===- Toolchain.h - compile generated kernels, cache, load -----*- C++ -*-===//
//
// A backend's toolchain turns the source its code generator wrote into a
// loaded object: the host C++ compiler for the CPU (HostCxxToolchain.cpp),
// NVRTC for CUDA (NvrtcToolchain.cpp). Every toolchain caches by content
// hash under cacheDirectory() (CompileCache.h) and verifies what it loads.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_RUNTIME_TOOLCHAIN_H
#define ATTC_RUNTIME_TOOLCHAIN_H

#include "llvm/Support/Error.h"

#include <memory>
#include <string>
#include <vector>

namespace attc {

/// A compiled object: a dlopen'ed shared object (`handle`, closed when the
/// last owner goes) or, for a GPU target, a device image's verified bytes
/// (`image`) for its launch runtime.
struct LoadedObject {
  void *handle = nullptr;
  std::string image, imageArch;
  std::string path;
  bool fromCache = false;
  ~LoadedObject();
  void *symbol(const char *name) const;
};

/// The cache directory: `override`, else $ATTC_CACHE_DIR, else
/// $XDG_CACHE_HOME/attc, else $HOME/.cache/attc.
std::string cacheDirectory(const std::string &override);

class Toolchain {
public:
  virtual ~Toolchain();
  /// For messages: "host C++ compiler", "NVRTC", ...
  virtual llvm::StringRef name() const = 0;
  /// Compiles `source` into the cache at `cacheDir` (keyed by a hash of the
  /// source, the compiler and its flags) unless a verified copy is there,
  /// then loads it.
  virtual llvm::Expected<std::shared_ptr<LoadedObject>>
  compileAndLoad(const std::string &source,
                 const std::string &cacheDir) const = 0;
};

/// The host C++ compiler ($ATTC_CXX, default c++) building shared objects
/// loaded with dlopen. The cache directory is created owner-only (0700); a
/// directory, object or sidecar that another user owns or that
/// group/others can write, and an entry that is a symlink or not a regular
/// file, are errors. Beside each object `attc-<hash>.so`, `attc-<hash>.meta`
/// records the SHA-256 of the key, the source and the object's bytes; an
/// object that does not match it (damaged, replaced, truncated, no sidecar)
/// is rebuilt, never loaded.
const Toolchain &hostCxxToolchain();

/// The host toolchain's compile, cache and load with another compiler and
/// flags (part of the cache key): the HIP emulator's clang.
llvm::Expected<std::shared_ptr<LoadedObject>>
hostCompileAndLoad(const std::string &source, const std::string &cacheDir,
                   const std::string &compiler,
                   const std::vector<std::string> &flags);

/// The cuda target's JIT toolchain: NVRTC for sm_80 (nvrtcCompileAndLoad
/// for another arch); nvccCompile below builds AOT binaries.
const Toolchain &cudaToolchain();

/// Compiles a CUDA unit for `arch` (sm_80, sm_90a, ...) with NVRTC into a
/// cubin under `cacheDir`, with the host cache's rules (attc-<hash>.cubin,
/// its .meta sidecar, the source as attc-<hash>.cu), keyed by the source,
/// NVRTC's version and path, the arch and the options; the result holds
/// the cubin's bytes. NVRTC is dlopen'ed: $ATTC_NVRTC, else
/// /usr/local/cuda/lib64/libnvrtc.so*, else libnvrtc.so on the loader's
/// path; libcu++ comes from the toolkit's include/cccl beside it. Without
/// it, one line "no NVRTC: ...".
llvm::Expected<std::shared_ptr<LoadedObject>>
nvrtcCompileAndLoad(const std::string &source, llvm::StringRef arch,
                    const std::string &cacheDir);

/// nvcc: $ATTC_NVCC, else /usr/local/cuda/bin/nvcc, else nvcc on PATH.
llvm::Expected<std::string> findNvcc();

/// Compiles a CUDA unit for `arch` (sm_80, sm_90a, ...) to PTX text or a
/// cubin's bytes; an nvcc failure is one line with its first error.
llvm::Expected<std::string> nvccCompile(const std::string &source,
                                        llvm::StringRef arch, bool ptx);

} // namespace attc

#endif // ATTC_RUNTIME_TOOLCHAIN_H
