//===- Jit.h - compile C++ with the host compiler, cache, load --*- C++ -*-===//

#ifndef ATTC_LIB_RUNTIME_JIT_H
#define ATTC_LIB_RUNTIME_JIT_H

#include "llvm/Support/Error.h"

#include <memory>
#include <string>

namespace attc {

/// A loaded shared object; closed when the last owner goes.
struct LoadedObject {
  void *handle = nullptr;
  std::string path;
  bool fromCache = false;
  ~LoadedObject();
  void *symbol(const char *name) const;
};

/// The cache directory: `override`, else $ATTC_CACHE_DIR, else
/// $XDG_CACHE_HOME/attc, else $HOME/.cache/attc.
std::string cacheDirectory(const std::string &override);

/// Compiles `source` into a shared object in the cache (keyed by a hash of
/// the source, the compiler and its flags) unless it is there, then loads
/// it. The cache directory is created owner-only (0700); a directory, object
/// or sidecar that another user owns or that group/others can write, and an
/// entry that is a symlink or not a regular file, are errors. Beside each
/// object `attc-<hash>.so`, `attc-<hash>.meta` records the SHA-256 of the
/// key, the source and the object's bytes; an object that does not match it
/// (damaged, replaced, truncated, no sidecar) is rebuilt, never loaded.
llvm::Expected<std::shared_ptr<LoadedObject>>
compileAndLoad(const std::string &source, const std::string &cacheDir);

} // namespace attc

#endif // ATTC_LIB_RUNTIME_JIT_H
