//===- CompileCache.h - the content-hashed JIT cache ------------*- C++ -*-===//
//
// What every JIT toolchain shares (the host C++ compiler, NVRTC, clang for
// HIP): an
// owner-only cache directory, entries attc-<hash>.<ext> keyed by the
// SHA-256 of the source, the compiler and its flags, and a sidecar
// attc-<hash>.meta with the hashes of the key, the source and the object's
// bytes. An object that does not match its sidecar is rebuilt, never
// loaded; an entry another user could have written is an error.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_LIB_RUNTIME_COMPILECACHE_H
#define ATTC_LIB_RUNTIME_COMPILECACHE_H

#include "attc/Runtime/Toolchain.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace attc {

/// The SHA-256 of `data` in lower-case hex (64 digits).
std::string sha256Hex(llvm::StringRef data);

/// Writes `data` to `path` through a unique temporary file and a rename, so
/// a concurrent reader sees either nothing or the whole file.
llvm::Error writeAtomically(llvm::StringRef path, llvm::StringRef data);

/// The first line of a compiler's log that mentions an error, trimmed ("" if
/// none): the one line a failed build reports.
std::string firstErrorLine(llvm::StringRef log);

/// One entry of the cache: the object of `source` built by `compiler` (its
/// identity: path and version) with `flags`.
class CacheEntry {
public:
  /// Creates `dir` owner-only (refusing one others can write) and names the
  /// entry; the object is attc-<hash>.<objectExt>.
  static llvm::Expected<CacheEntry> open(const std::string &dir,
                                         const std::string &source,
                                         llvm::StringRef compiler,
                                         llvm::ArrayRef<std::string> flags,
                                         llvm::StringRef objectExt);
  /// attc-<hash>.<ext> in the cache directory (the source, a log, ...).
  std::string path(llvm::StringRef ext) const;
  const std::string &objectPath() const { return object; }
  /// The object's bytes when it is there and its sidecar matches; nullopt
  /// means rebuild (missing, damaged, replaced, no or stale sidecar). An
  /// untrusted file (symlink, not regular, others could write it) is an
  /// error.
  llvm::Expected<std::optional<std::string>> lookup() const;
  /// Puts the object `bytes` in place, renaming `built` (a file in the
  /// cache directory holding them) or else writing them, then its sidecar:
  /// a reader in between sees a mismatch and rebuilds.
  llvm::Error install(llvm::StringRef bytes, llvm::StringRef built = "") const;

private:
  std::string header; ///< the sidecar less the object's own lines
  std::string object, meta, base;
};

/// What the GPU JITs share: the device image of `source` for `arch`, built
/// by `compiler` with `flags`, from the cache under `dir` (attc-<hash>.
/// <imageExt>) when a verified copy is there; else the source is written
/// beside it (attc-<hash>.<sourceExt>, named in compiler messages), `build`
/// makes the image and it is installed. The result holds the image's bytes.
llvm::Expected<std::shared_ptr<LoadedObject>>
cachedImage(const std::string &dir, const std::string &source,
            llvm::StringRef compiler, llvm::ArrayRef<std::string> flags,
            llvm::StringRef imageExt, llvm::StringRef sourceExt,
            llvm::StringRef arch,
            llvm::function_ref<llvm::Expected<std::string>(
                const CacheEntry &entry, const std::string &sourcePath)>
                build);

} // namespace attc

#endif // ATTC_LIB_RUNTIME_COMPILECACHE_H
