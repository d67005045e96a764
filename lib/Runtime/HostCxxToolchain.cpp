//===- HostCxxToolchain.cpp - the host C++ compiler, cache, dlopen --------===//

#include "CompileCache.h"
#include "attc/Runtime/Toolchain.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/TargetParser/Host.h"

#include <dlfcn.h>
#include <link.h>

using namespace llvm;
using namespace attc;

// Objects are opened with RTLD_NODELETE: OpenMP worker threads started by a
// kernel outlive the handle, so the code must stay mapped until exit.
LoadedObject::~LoadedObject() {
  if (handle)
    dlclose(handle);
}

void *LoadedObject::symbol(const char *name) const {
  return dlsym(handle, name);
}

std::string attc::cacheDirectory(const std::string &override) {
  if (!override.empty())
    return override;
  if (auto dir = sys::Process::GetEnv("ATTC_CACHE_DIR"); dir && !dir->empty())
    return *dir;
  SmallString<256> path;
  if (auto xdg = sys::Process::GetEnv("XDG_CACHE_HOME"); xdg && !xdg->empty())
    path = *xdg;
  else if (auto home = sys::Process::GetEnv("HOME"); home && !home->empty())
    sys::path::append(path, *home, ".cache");
  else
    path = "/tmp";
  sys::path::append(path, "attc");
  return std::string(path);
}

namespace {
Error makeError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

struct HostCompiler {
  std::string path;
  /// `flags` come before the source and `libraries` after it; both are
  /// part of the cache key.
  std::vector<std::string> flags, libraries;
  std::string identity; ///< path + version, part of the cache key
};

/// The path of SLEEF's vector-ABI library (libsleefgnuabi: _ZGVeN16v_expf
/// and the like) where it is installed, else "": kernels built with
/// ATTC_VECMATH and linked with it vectorize the hooks' libm calls
/// (templates/cpu/attc_vecmath.h). ATTC_NO_VECMATH=1 leaves it out.
const std::string &vectorMathLibrary() {
  static const std::string path = [] {
    std::string found;
    if (auto off = sys::Process::GetEnv("ATTC_NO_VECMATH");
        off && !off->empty() && *off != "0")
      return found;
    void *handle = dlopen("libsleefgnuabi.so.3", RTLD_LAZY | RTLD_LOCAL);
    if (!handle)
      return found;
    struct link_map *map = nullptr;
    if (dlinfo(handle, RTLD_DI_LINKMAP, &map) == 0 && map && map->l_name)
      found = map->l_name;
    dlclose(handle);
    return found;
  }();
  return path;
}

Expected<HostCompiler> findCompiler() {
  HostCompiler cc;
  std::string name = "c++";
  if (auto env = sys::Process::GetEnv("ATTC_CXX"); env && !env->empty())
    name = *env;
  auto found = sys::findProgramByName(name);
  if (!found)
    return makeError("host C++ compiler '" + name +
                     "' not found (set ATTC_CXX to a g++ or clang++)");
  cc.path = *found;
  // -fno-trapping-math: the hooks' selects between computed values (tanh's
  // small and large branches, a division in one) may be evaluated on every
  // lane, so their loops vectorize on AVX2 as they do with AVX-512 masks.
  // Kernels never enable floating-point exceptions.
  cc.flags = {
      "-std=c++17", "-O3",     "-march=native",   "-fopenmp",           "-fPIC",
      "-shared",    "-fwrapv", "-fno-math-errno", "-fno-trapping-math", "-w"};
  if (const std::string &vecmath = vectorMathLibrary(); !vecmath.empty()) {
    cc.flags.push_back("-DATTC_VECMATH");
    cc.libraries.push_back(vecmath);
  }
  // The compiler's real path stands for its version: distributions install
  // each version under its own name.
  SmallString<256> real;
  if (sys::fs::real_path(cc.path, real))
    real = cc.path;
  cc.identity = std::string(real);
  return cc;
}
} // namespace

Toolchain::~Toolchain() = default;

/// Builds `source` with `cc` into the cache and loads it.
static Expected<std::shared_ptr<LoadedObject>>
compileWith(const HostCompiler *cc, const std::string &source,
            const std::string &cacheDir);

namespace {
class HostCxxToolchain : public Toolchain {
public:
  StringRef name() const override { return "host C++ compiler"; }
  Expected<std::shared_ptr<LoadedObject>>
  compileAndLoad(const std::string &source,
                 const std::string &cacheDir) const override;
};
} // namespace

const Toolchain &attc::hostCxxToolchain() {
  static const HostCxxToolchain kHost;
  return kHost;
}

Expected<std::shared_ptr<LoadedObject>>
HostCxxToolchain::compileAndLoad(const std::string &source,
                                 const std::string &cacheDir) const {
  auto cc = findCompiler();
  if (!cc)
    return cc.takeError();
  return compileWith(&*cc, source, cacheDir);
}

Expected<std::shared_ptr<LoadedObject>>
attc::hostCompileAndLoad(const std::string &source, const std::string &cacheDir,
                         const std::string &compiler,
                         const std::vector<std::string> &flags) {
  HostCompiler cc;
  cc.path = compiler;
  cc.flags = flags;
  SmallString<256> real;
  if (sys::fs::real_path(cc.path, real))
    real = cc.path;
  cc.identity = std::string(real);
  return compileWith(&cc, source, cacheDir);
}

/// The host CPU as LLVM sees it (name and enabled features, sorted): what
/// -march=native compiles for, so that a cache shared between machines
/// (a network home, a copied image) never hands a kernel built for one CPU
/// to another that lacks its instructions (AVX-512, AMX).
static std::string hostCpuKey() {
  std::vector<std::string> on;
  for (const auto &feature : sys::getHostCPUFeatures())
    if (feature.second)
      on.push_back(feature.first().str());
  llvm::sort(on);
  return "host-cpu=" + sys::getHostCPUName().str() + ":" + llvm::join(on, ",");
}

static Expected<std::shared_ptr<LoadedObject>>
compileWith(const HostCompiler *cc, const std::string &source,
            const std::string &cacheDir) {
  std::vector<std::string> key = cc->flags;
  key.insert(key.end(), cc->libraries.begin(), cc->libraries.end());
  if (llvm::is_contained(cc->flags, "-march=native"))
    key.push_back(hostCpuKey());
  auto entry = CacheEntry::open(cacheDir, source, cc->identity, key, "so");
  if (!entry)
    return entry.takeError();
  const std::string &object = entry->objectPath();
  std::string sourcePath = entry->path("cpp");
  SmallString<256> logPath(entry->path("log"));

  auto loaded = std::make_shared<LoadedObject>();
  loaded->path = object;
  auto cached = entry->lookup();
  if (!cached)
    return cached.takeError();
  // Only this user can write the directory (checked by open), so the file
  // verified is the file dlopen maps, barring this user's own processes,
  // which only rename complete, freshly built objects into place.
  if (*cached) {
    loaded->handle =
        dlopen(object.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (loaded->handle) {
      loaded->fromCache = true;
      return loaded;
    }
    // An unloadable entry is rebuilt below.
  }

  if (Error err = writeAtomically(sourcePath, source))
    return std::move(err);
  SmallString<256> tmpObject;
  {
    int fd;
    if (std::error_code ec = sys::fs::createUniqueFile(
            object + ".tmp-%%%%%%%%", fd, tmpObject, sys::fs::OF_None, 0700))
      return makeError(object + ": cannot create: " + ec.message());
    sys::Process::SafelyCloseFileDescriptor(fd);
  }
  // A log of its own, so that racing builds do not remove each other's.
  SmallString<256> tmpLog;
  {
    int fd;
    if (std::error_code ec = sys::fs::createUniqueFile(
            logPath + ".tmp-%%%%%%%%", fd, tmpLog, sys::fs::OF_None, 0600)) {
      sys::fs::remove(tmpObject);
      return makeError(logPath + ": cannot create: " + ec.message());
    }
    sys::Process::SafelyCloseFileDescriptor(fd);
  }
  std::vector<StringRef> args = {cc->path};
  for (const std::string &flag : cc->flags)
    args.push_back(flag);
  args.push_back("-o");
  args.push_back(tmpObject);
  args.push_back(sourcePath);
  for (const std::string &library : cc->libraries)
    args.push_back(library);
  std::optional<StringRef> redirects[] = {std::nullopt, StringRef(tmpLog),
                                          StringRef(tmpLog)};
  std::string execError;
  int status = sys::ExecuteAndWait(cc->path, args, std::nullopt, redirects,
                                   /*SecondsToWait=*/300, 0, &execError);
  if (status != 0) {
    sys::fs::remove(tmpObject);
    if (sys::fs::rename(tmpLog, logPath))
      logPath = tmpLog;
    std::string firstLine;
    if (auto log = MemoryBuffer::getFile(logPath))
      firstLine = firstErrorLine((*log)->getBuffer());
    return makeError("host compiler " + cc->path + " failed (status " +
                     Twine(status) + (execError.empty() ? "" : ", ") +
                     execError + ")" +
                     (firstLine.empty() ? "" : ": " + firstLine) +
                     "; full log in " + logPath);
  }
  sys::fs::remove(tmpLog);
  sys::fs::remove(logPath); // a failed build's log is stale now

  auto bytes = MemoryBuffer::getFile(tmpObject, /*IsText=*/false,
                                     /*RequiresNullTerminator=*/false);
  if (!bytes) {
    sys::fs::remove(tmpObject);
    return makeError(tmpObject +
                     ": cannot read: " + bytes.getError().message());
  }
  if (Error err = entry->install((*bytes)->getBuffer(), tmpObject))
    return std::move(err);
  bytes->reset();
  loaded->handle =
      dlopen(object.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!loaded->handle)
    return makeError(object + ": cannot load: " + dlerror());
  return loaded;
}
