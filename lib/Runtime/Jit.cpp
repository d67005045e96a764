//===- Jit.cpp - compile C++ with the host compiler, cache, load ----------===//

#include "Jit.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <dlfcn.h>

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
  std::vector<std::string> flags;
  std::string identity; ///< path + version, part of the cache key
};

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
  cc.flags = {"-std=c++17", "-O3",   "-march=native", "-fopenmp",
              "-fPIC",      "-shared", "-fwrapv",     "-fno-math-errno",
              "-w"};
  // The compiler's real path stands for its version: distributions install
  // each version under its own name.
  SmallString<256> real;
  if (sys::fs::real_path(cc.path, real))
    real = cc.path;
  cc.identity = std::string(real);
  return cc;
}

std::string hexHash(StringRef data) {
  SHA256 hasher;
  hasher.update(data);
  auto digest = hasher.final();
  return toHex(ArrayRef<uint8_t>(digest.data(), digest.size()), true)
      .substr(0, 40);
}

/// Writes `data` to `path` through a unique temporary file and a rename, so
/// a concurrent reader sees either nothing or the whole file.
Error writeAtomically(StringRef path, StringRef data) {
  SmallString<256> tmp;
  int fd;
  if (std::error_code ec = sys::fs::createUniqueFile(path + ".tmp-%%%%%%%%",
                                                     fd, tmp, sys::fs::OF_None,
                                                     0600))
    return makeError(path + ": cannot create: " + ec.message());
  {
    raw_fd_ostream os(fd, /*shouldClose=*/true);
    os << data;
    os.close();
    if (os.has_error()) {
      sys::fs::remove(tmp);
      return makeError(path + ": write failed");
    }
  }
  if (std::error_code ec = sys::fs::rename(tmp, path)) {
    sys::fs::remove(tmp);
    return makeError(path + ": cannot rename into place: " + ec.message());
  }
  return Error::success();
}
} // namespace

Expected<std::shared_ptr<LoadedObject>>
attc::compileAndLoad(const std::string &source, const std::string &cacheDir) {
  auto cc = findCompiler();
  if (!cc)
    return cc.takeError();
  std::string key = source + "\n" + cc->identity;
  for (const std::string &flag : cc->flags)
    key += " " + flag;
  std::string hash = hexHash(key);

  if (std::error_code ec = sys::fs::create_directories(
          cacheDir, /*IgnoreExisting=*/true, sys::fs::perms::owner_all))
    return makeError("cache directory " + cacheDir +
                     ": cannot create: " + ec.message() +
                     " (set ATTC_CACHE_DIR to a writable directory)");
  if (sys::fs::access(cacheDir, sys::fs::AccessMode::Write))
    return makeError("cache directory " + cacheDir +
                     " is not writable (set ATTC_CACHE_DIR to a writable "
                     "directory)");

  SmallString<256> object(cacheDir), sourcePath(cacheDir), logPath(cacheDir);
  sys::path::append(object, "attc-" + hash + ".so");
  sys::path::append(sourcePath, "attc-" + hash + ".cpp");
  sys::path::append(logPath, "attc-" + hash + ".log");

  auto loaded = std::make_shared<LoadedObject>();
  loaded->path = std::string(object);
  if (sys::fs::exists(object)) {
    loaded->handle = dlopen(object.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
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
  std::vector<StringRef> args = {cc->path};
  for (const std::string &flag : cc->flags)
    args.push_back(flag);
  args.push_back("-o");
  args.push_back(tmpObject);
  args.push_back(sourcePath);
  std::optional<StringRef> redirects[] = {std::nullopt, StringRef(logPath),
                                          StringRef(logPath)};
  std::string execError;
  int status = sys::ExecuteAndWait(cc->path, args, std::nullopt, redirects,
                                   /*SecondsToWait=*/300, 0, &execError);
  if (status != 0) {
    sys::fs::remove(tmpObject);
    std::string firstLine;
    if (auto log = MemoryBuffer::getFile(logPath)) {
      SmallVector<StringRef> lines;
      (*log)->getBuffer().split(lines, '\n');
      for (StringRef line : lines)
        if (line.contains("error")) {
          firstLine = line.str();
          break;
        }
    }
    return makeError("host compiler " + cc->path + " failed (status " +
                     Twine(status) + (execError.empty() ? "" : ", ") +
                     execError + ")" +
                     (firstLine.empty() ? "" : ": " + firstLine) +
                     "; full log in " + logPath);
  }
  if (std::error_code ec = sys::fs::rename(tmpObject, object)) {
    sys::fs::remove(tmpObject);
    return makeError(object + ": cannot rename into place: " + ec.message());
  }
  sys::fs::remove(logPath);
  loaded->handle = dlopen(object.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!loaded->handle)
    return makeError(object + ": cannot load: " + dlerror());
  return loaded;
}
