//===- NvrtcToolchain.cpp - CUDA units to cached cubins with NVRTC --------===//
//
// The cuda JIT: NVRTC compiles the generated unit (header-only templates,
// libcu++ for the std:: names, no host compiler) into a cubin kept in the
// JIT cache under the CPU cache's rules. NVRTC is dlopen'ed, so attc builds
// and runs without the CUDA toolkit; then this toolchain fails with one
// line "no NVRTC: ...".
//
//===----------------------------------------------------------------------===//

#include "CompileCache.h"
#include "attc/Runtime/Toolchain.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

#include <dlfcn.h>

using namespace llvm;
using namespace attc;

namespace {
Error makeError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

// nvrtc.h's entry points, declared here so that no toolkit is needed to
// build attc. nvrtcResult is an enum whose success is 0.
using nvrtcProgram = struct _nvrtcProgram *;
template <class F> using Fn = F *;
#define ATTC_NVRTC_FUNCTIONS(X)                                                \
  X(nvrtcVersion, int(int *, int *))                                           \
  X(nvrtcGetErrorString, const char *(int))                                    \
  X(nvrtcCreateProgram, int(nvrtcProgram *, const char *, const char *, int,   \
                            const char *const *, const char *const *))         \
  X(nvrtcDestroyProgram, int(nvrtcProgram *))                                  \
  X(nvrtcCompileProgram, int(nvrtcProgram, int, const char *const *))          \
  X(nvrtcGetProgramLogSize, int(nvrtcProgram, size_t *))                       \
  X(nvrtcGetProgramLog, int(nvrtcProgram, char *))                             \
  X(nvrtcGetCUBINSize, int(nvrtcProgram, size_t *))                            \
  X(nvrtcGetCUBIN, int(nvrtcProgram, char *))

struct Nvrtc {
#define ATTC_NVRTC_MEMBER(fn, type) Fn<type> fn = nullptr;
  ATTC_NVRTC_FUNCTIONS(ATTC_NVRTC_MEMBER)
#undef ATTC_NVRTC_MEMBER
  std::string error;    ///< why there is none; empty when loaded
  std::string identity; ///< "NVRTC <major>.<minor> <library path>"
  std::string cccl;     ///< the toolkit's include/cccl (libcu++)

  std::string describe(int status) const {
    const char *text = nvrtcGetErrorString(status);
    return text ? text : "NVRTC error " + std::to_string(status);
  }
};

/// The libnvrtc.so* of a toolkit's lib64: the unversioned name first, then
/// the versioned ones (the runtime-only packages have no unversioned link).
std::vector<std::string> toolkitLibraries(StringRef lib64) {
  std::vector<std::string> found;
  std::error_code ec;
  for (sys::fs::directory_iterator it(lib64, ec), end; it != end && !ec;
       it.increment(ec)) {
    StringRef name = sys::path::filename(it->path());
    StringRef rest = name;
    if (!rest.consume_front("libnvrtc.so") ||
        !all_of(rest, [](char c) { return isDigit(c) || c == '.'; }))
      continue;
    found.push_back(it->path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

Nvrtc loadNvrtc() {
  Nvrtc n;
  std::vector<std::string> candidates;
  std::optional<std::string> env = sys::Process::GetEnv("ATTC_NVRTC");
  if (env && !env->empty()) {
    candidates.push_back(*env);
  } else {
    candidates = toolkitLibraries("/usr/local/cuda/lib64");
    candidates.push_back("libnvrtc.so");
  }
  void *handle = nullptr;
  std::string why;
  for (const std::string &name : candidates) {
    if ((handle = dlopen(name.c_str(), RTLD_NOW | RTLD_LOCAL)))
      break;
    const char *e = dlerror();
    why = e ? e : "dlopen failed";
  }
  if (!handle) {
    n.error = "no NVRTC: " + why +
              (env && !env->empty()
                   ? " (ATTC_NVRTC)"
                   : " (install the CUDA toolkit at /usr/local/cuda or set "
                     "ATTC_NVRTC to its libnvrtc.so)");
    return n;
  }
#define ATTC_NVRTC_LOAD(fn, type)                                              \
  n.fn = reinterpret_cast<Fn<type>>(dlsym(handle, #fn));                       \
  if (!n.fn) {                                                                 \
    n.error = "no NVRTC: the library lacks " #fn " (too old)";                 \
    return n;                                                                  \
  }
  ATTC_NVRTC_FUNCTIONS(ATTC_NVRTC_LOAD)
#undef ATTC_NVRTC_LOAD
  int major = 0, minor = 0;
  n.nvrtcVersion(&major, &minor);
  // The library's real path names its toolkit (the loader may have found
  // it), whose include/cccl holds libcu++.
  Dl_info info{};
  SmallString<256> real;
  if (dladdr(reinterpret_cast<void *>(n.nvrtcVersion), &info) &&
      info.dli_fname && !sys::fs::real_path(info.dli_fname, real)) {
    SmallString<256> cccl(sys::path::parent_path(sys::path::parent_path(real)));
    sys::path::append(cccl, "include", "cccl");
    if (sys::fs::is_directory(cccl))
      n.cccl = std::string(cccl);
  }
  if (n.cccl.empty() && sys::fs::is_directory("/usr/local/cuda/include/cccl"))
    n.cccl = "/usr/local/cuda/include/cccl";
  if (n.cccl.empty()) {
    n.error = "no NVRTC: libcu++ (include/cccl) not found beside " +
              std::string(real.empty() ? StringRef("libnvrtc") : real.str()) +
              " or in /usr/local/cuda";
    return n;
  }
  n.identity = "NVRTC " + std::to_string(major) + "." + std::to_string(minor) +
               " " + std::string(real);
  return n;
}

/// NVRTC, loaded once; null with `error` set when there is none.
const Nvrtc *nvrtc(std::string &error) {
  static const Nvrtc n = loadNvrtc();
  error = n.error;
  return n.error.empty() ? &n : nullptr;
}

/// Frees a program when it goes out of scope.
struct Program {
  const Nvrtc &n;
  nvrtcProgram prog = nullptr;
  ~Program() {
    if (prog)
      n.nvrtcDestroyProgram(&prog);
  }
};

/// The cubin of `source`; a failure is one line with NVRTC's first error,
/// its whole log at `logPath`.
Expected<std::string> compile(const Nvrtc &n, const std::string &source,
                              const std::string &name,
                              ArrayRef<std::string> flags,
                              const std::string &logPath) {
  Program p{n};
  if (int r = n.nvrtcCreateProgram(&p.prog, source.c_str(), name.c_str(), 0,
                                   nullptr, nullptr))
    return makeError("NVRTC: cannot create the program: " + n.describe(r));
  std::vector<const char *> options;
  for (const std::string &flag : flags)
    options.push_back(flag.c_str());
  int status =
      n.nvrtcCompileProgram(p.prog, int(options.size()), options.data());
  if (status) {
    std::string log;
    size_t size = 0;
    if (!n.nvrtcGetProgramLogSize(p.prog, &size) && size > 1) {
      log.resize(size);
      if (n.nvrtcGetProgramLog(p.prog, log.data()))
        log.clear();
      log.resize(std::min(log.size(), log.find('\0')));
    }
    std::string first = firstErrorLine(log);
    // Without a log file the one line is still the message.
    bool logged = false;
    if (!log.empty()) {
      Error err = writeAtomically(logPath, log);
      logged = !err;
      consumeError(std::move(err));
    }
    return makeError("NVRTC failed (" + n.describe(status) + ")" +
                     (first.empty() ? "" : ": " + first) +
                     (logged ? "; full log in " + logPath : ""));
  }
  size_t size = 0;
  std::string cubin;
  if (int r = n.nvrtcGetCUBINSize(p.prog, &size); r || size == 0)
    return makeError("NVRTC: no cubin (" + n.describe(r) + ")");
  cubin.resize(size);
  if (int r = n.nvrtcGetCUBIN(p.prog, cubin.data()))
    return makeError("NVRTC: cannot read the cubin: " + n.describe(r));
  return cubin;
}

class NvrtcToolchain : public Toolchain {
public:
  StringRef name() const override { return "NVRTC"; }
  Expected<std::shared_ptr<LoadedObject>>
  compileAndLoad(const std::string &source,
                 const std::string &cacheDir) const override {
    return nvrtcCompileAndLoad(source, "sm_80", cacheDir);
  }
};
} // namespace

const Toolchain &attc::cudaToolchain() {
  static const NvrtcToolchain toolchain;
  return toolchain;
}

Expected<std::shared_ptr<LoadedObject>>
attc::nvrtcCompileAndLoad(const std::string &source, StringRef arch,
                          const std::string &cacheDir) {
  std::string why;
  const Nvrtc *n = nvrtc(why);
  if (!n)
    return makeError(why);
  std::vector<std::string> flags = {"--gpu-architecture=" + arch.str(),
                                    "-std=c++17", "-I" + n->cccl};
  return cachedImage(
      cacheDir, source, n->identity, flags, "cubin", "cu", arch,
      [&](const CacheEntry &entry,
          const std::string &sourcePath) -> Expected<std::string> {
        std::string logPath = entry.path("log");
        auto cubin = compile(*n, source, sourcePath, flags, logPath);
        if (cubin)
          sys::fs::remove(logPath); // a failed build's log is stale now
        return cubin;
      });
}
