//===- HostCxxToolchain.cpp - the host C++ compiler, cache, dlopen --------===//

#include "attc/Runtime/Toolchain.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <optional>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
  cc.flags = {"-std=c++17", "-O3",     "-march=native",   "-fopenmp", "-fPIC",
              "-shared",    "-fwrapv", "-fno-math-errno", "-w"};
  // The compiler's real path stands for its version: distributions install
  // each version under its own name.
  SmallString<256> real;
  if (sys::fs::real_path(cc.path, real))
    real = cc.path;
  cc.identity = std::string(real);
  return cc;
}

/// The SHA-256 of `data` in lower-case hex (64 digits).
std::string sha256Hex(StringRef data) {
  std::array<uint8_t, 32> digest = SHA256::hash(arrayRefFromStringRef(data));
  return toHex(digest, /*LowerCase=*/true);
}

/// Writes `data` to `path` through a unique temporary file and a rename, so
/// a concurrent reader sees either nothing or the whole file.
Error writeAtomically(StringRef path, StringRef data) {
  SmallString<256> tmp;
  int fd;
  if (std::error_code ec = sys::fs::createUniqueFile(
          path + ".tmp-%%%%%%%%", fd, tmp, sys::fs::OF_None, 0600))
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

std::string modeString(mode_t mode) {
  std::string octal;
  raw_string_ostream(octal) << format("%04o", unsigned(mode & 07777));
  return octal;
}

/// Why a file with status `st` may have been written by someone other than
/// the current user (root aside); empty when it may not.
std::string untrustedReason(const struct stat &st) {
  uid_t me = geteuid();
  if (st.st_uid != me)
    return "is owned by uid " + std::to_string(st.st_uid) +
           ", not by the current user (uid " + std::to_string(me) + ")";
  if (st.st_mode & (S_IWGRP | S_IWOTH))
    return "is writable by group or others (mode " + modeString(st.st_mode) +
           ")";
  return "";
}

/// Creates the cache directory owner-only and refuses one that someone else
/// could write into: code loaded from it runs in this process.
Error prepareCacheDirectory(const std::string &dir) {
  auto refuse = [&](const Twine &why) {
    return makeError("cache directory " + dir + " " + why +
                     "; refusing to load code from it (chmod go-w it or set "
                     "ATTC_CACHE_DIR to a directory only you can write)");
  };
  // Every directory this creates gets 0700 (less the umask).
  if (std::error_code ec = sys::fs::create_directories(
          dir, /*IgnoreExisting=*/true, sys::fs::perms::owner_all))
    return makeError("cache directory " + dir +
                     ": cannot create: " + ec.message() +
                     " (set ATTC_CACHE_DIR to a writable directory)");
  struct stat link, st;
  if (lstat(dir.c_str(), &link) != 0 || stat(dir.c_str(), &st) != 0)
    return makeError("cache directory " + dir +
                     ": cannot stat: " + std::strerror(errno));
  // Whoever owns a symlink can point it elsewhere later.
  if (S_ISLNK(link.st_mode) && link.st_uid != geteuid() && link.st_uid != 0)
    return refuse("is a symbolic link owned by uid " +
                  Twine(unsigned(link.st_uid)));
  if (!S_ISDIR(st.st_mode))
    return makeError("cache directory " + dir + " is not a directory");
  std::string why = untrustedReason(st);
  if (!why.empty())
    return refuse(why);
  // Root passes access(2) whatever the mode says; the owner bit is the
  // user's intent.
  if (!(st.st_mode & S_IWUSR) ||
      sys::fs::access(dir, sys::fs::AccessMode::Write))
    return makeError("cache directory " + dir +
                     " is not writable (set ATTC_CACHE_DIR to a writable "
                     "directory)");
  return Error::success();
}

/// A cache file opened without following symlinks and checked on the open
/// descriptor, so the checks and the bytes read are of the same file.
struct CacheFile {
  int fd = -1;
  struct stat st = {};
  CacheFile() = default;
  CacheFile(const CacheFile &) = delete;
  CacheFile &operator=(const CacheFile &) = delete;
  ~CacheFile() {
    if (fd >= 0)
      ::close(fd);
  }
  /// The whole file, or std::nullopt when it cannot be read.
  std::optional<std::string> read() const {
    std::string data;
    data.reserve(size_t(st.st_size));
    char buffer[1 << 16];
    for (off_t at = 0;;) {
      ssize_t n = ::pread(fd, buffer, sizeof(buffer), at);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return std::nullopt;
      if (n == 0)
        return data;
      data.append(buffer, size_t(n));
      at += n;
    }
  }
};

/// Opens `path` if it exists (fd stays -1 if not). A symlink, a non-regular
/// file or one another user could have written is an error: it is refused,
/// never loaded and never silently replaced.
Error openCacheFile(StringRef path, CacheFile &file) {
  std::string p = path.str();
  file.fd = ::open(p.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (file.fd < 0) {
    if (errno == ENOENT)
      return Error::success();
    if (errno == ELOOP)
      return makeError(path + " is a symbolic link, not a regular file; "
                              "refusing to load it (remove it to rebuild)");
    return makeError(path + ": cannot open: " + std::strerror(errno));
  }
  if (fstat(file.fd, &file.st) != 0)
    return makeError(path + ": cannot stat: " + std::strerror(errno));
  if (!S_ISREG(file.st.st_mode))
    return makeError(path + " is not a regular file; refusing to load it "
                            "(remove it to rebuild)");
  std::string why = untrustedReason(file.st);
  if (!why.empty())
    return makeError(path + " " + why + "; refusing to load it");
  return Error::success();
}

/// The sidecar that says what a cached object was built from and what its
/// bytes hash to: a header naming the inputs, then the object's lines.
std::string metaHeader(StringRef keyHash, StringRef sourceHash,
                       const HostCompiler &cc) {
  std::string text;
  raw_string_ostream os(text);
  os << "attc-cache-meta 1\n"
     << "key-sha256 " << keyHash << "\n"
     << "source-sha256 " << sourceHash << "\n"
     << "compiler " << cc.identity << "\n"
     << "flags " << join(cc.flags, " ") << "\n";
  return text;
}

std::string metaObjectLines(StringRef objectBytes) {
  return "object-sha256 " + sha256Hex(objectBytes) + "\nobject-size " +
         std::to_string(objectBytes.size()) + "\n";
}

/// Whether the cached `object` is there and its sidecar `meta` is `header`
/// plus the object's own hash and size. False means rebuild (missing,
/// truncated, replaced, no or stale sidecar); an untrusted file is an error.
Expected<bool> verifyCached(StringRef object, StringRef meta,
                            StringRef header) {
  CacheFile objectFile, metaFile;
  if (Error err = openCacheFile(object, objectFile))
    return std::move(err);
  if (objectFile.fd < 0)
    return false;
  if (Error err = openCacheFile(meta, metaFile))
    return std::move(err);
  if (metaFile.fd < 0 || metaFile.st.st_size > 64 * 1024)
    return false;
  std::optional<std::string> metaData = metaFile.read();
  if (!metaData || !StringRef(*metaData).starts_with(header))
    return false;
  std::optional<std::string> bytes = objectFile.read();
  return bytes && *metaData == (header + metaObjectLines(*bytes)).str();
}
} // namespace

Toolchain::~Toolchain() = default;

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
  std::string key = source + "\n" + cc->identity;
  for (const std::string &flag : cc->flags)
    key += " " + flag;
  std::string keyHash = sha256Hex(key);
  std::string hash = keyHash.substr(0, 40);

  if (Error err = prepareCacheDirectory(cacheDir))
    return std::move(err);

  SmallString<256> object(cacheDir), meta(cacheDir), sourcePath(cacheDir),
      logPath(cacheDir);
  sys::path::append(object, "attc-" + hash + ".so");
  sys::path::append(meta, "attc-" + hash + ".meta");
  sys::path::append(sourcePath, "attc-" + hash + ".cpp");
  sys::path::append(logPath, "attc-" + hash + ".log");
  // The sidecar this build would write, less the object's own lines.
  std::string header = metaHeader(keyHash, sha256Hex(source), *cc);

  auto loaded = std::make_shared<LoadedObject>();
  loaded->path = std::string(object);
  auto intact = verifyCached(object, meta, header);
  if (!intact)
    return intact.takeError();
  // Only this user can write the directory (checked above), so the file
  // verified is the file dlopen maps, barring this user's own processes,
  // which only rename complete, freshly built objects into place.
  if (*intact) {
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
  sys::fs::remove(tmpLog);
  sys::fs::remove(logPath); // a failed build's log is stale now

  // Object first, then its sidecar: a reader in between sees a mismatch and
  // rebuilds, it never trusts an object its sidecar does not describe.
  auto bytes = MemoryBuffer::getFile(tmpObject, /*IsText=*/false,
                                     /*RequiresNullTerminator=*/false);
  if (!bytes) {
    sys::fs::remove(tmpObject);
    return makeError(tmpObject +
                     ": cannot read: " + bytes.getError().message());
  }
  std::string metaData = header + metaObjectLines((*bytes)->getBuffer());
  bytes->reset();
  if (std::error_code ec = sys::fs::rename(tmpObject, object)) {
    sys::fs::remove(tmpObject);
    return makeError(object + ": cannot rename into place: " + ec.message());
  }
  if (Error err = writeAtomically(meta, metaData))
    return std::move(err);
  loaded->handle =
      dlopen(object.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!loaded->handle)
    return makeError(object + ": cannot load: " + dlerror());
  return loaded;
}
