//===- CompileCache.cpp - the content-hashed JIT cache --------------------===//

#include "CompileCache.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <array>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace llvm;
using namespace attc;

static Error makeError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

std::string attc::sha256Hex(StringRef data) {
  std::array<uint8_t, 32> digest = SHA256::hash(arrayRefFromStringRef(data));
  return toHex(digest, /*LowerCase=*/true);
}

std::string attc::firstErrorLine(StringRef log) {
  SmallVector<StringRef> lines;
  log.split(lines, '\n');
  for (StringRef line : lines)
    if (line.contains("error"))
      return line.trim().str();
  return "";
}

Error attc::writeAtomically(StringRef path, StringRef data) {
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

namespace {
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

std::string metaObjectLines(StringRef objectBytes) {
  return "object-sha256 " + sha256Hex(objectBytes) + "\nobject-size " +
         std::to_string(objectBytes.size()) + "\n";
}
} // namespace

Expected<CacheEntry> CacheEntry::open(const std::string &dir,
                                      const std::string &source,
                                      StringRef compiler,
                                      ArrayRef<std::string> flags,
                                      StringRef objectExt) {
  std::string key = source + "\n" + compiler.str();
  for (const std::string &flag : flags)
    key += " " + flag;
  std::string keyHash = sha256Hex(key);
  if (Error err = prepareCacheDirectory(dir))
    return std::move(err);
  CacheEntry entry;
  SmallString<256> base(dir);
  sys::path::append(base, "attc-" + keyHash.substr(0, 40));
  entry.base = std::string(base);
  entry.object = entry.path(objectExt);
  entry.meta = entry.path("meta");
  // The sidecar: a header naming the inputs, then the object's lines.
  raw_string_ostream os(entry.header);
  os << "attc-cache-meta 1\n"
     << "key-sha256 " << keyHash << "\n"
     << "source-sha256 " << sha256Hex(source) << "\n"
     << "compiler " << compiler << "\n"
     << "flags " << join(flags, " ") << "\n";
  return entry;
}

std::string CacheEntry::path(StringRef ext) const {
  return base + "." + ext.str();
}

Expected<std::optional<std::string>> CacheEntry::lookup() const {
  CacheFile objectFile, metaFile;
  if (Error err = openCacheFile(object, objectFile))
    return std::move(err);
  if (objectFile.fd < 0)
    return std::nullopt;
  if (Error err = openCacheFile(meta, metaFile))
    return std::move(err);
  if (metaFile.fd < 0 || metaFile.st.st_size > 64 * 1024)
    return std::nullopt;
  std::optional<std::string> metaData = metaFile.read();
  if (!metaData || !StringRef(*metaData).starts_with(header))
    return std::nullopt;
  std::optional<std::string> bytes = objectFile.read();
  if (!bytes || *metaData != header + metaObjectLines(*bytes))
    return std::nullopt;
  return bytes;
}

Error CacheEntry::install(StringRef bytes, StringRef built) const {
  if (built.empty()) {
    if (Error err = writeAtomically(object, bytes))
      return err;
  } else if (std::error_code ec = sys::fs::rename(built, object)) {
    sys::fs::remove(built);
    return makeError(object + ": cannot rename into place: " + ec.message());
  }
  return writeAtomically(meta, header + metaObjectLines(bytes));
}

Expected<std::shared_ptr<LoadedObject>> attc::cachedImage(
    const std::string &dir, const std::string &source, StringRef compiler,
    ArrayRef<std::string> flags, StringRef imageExt, StringRef sourceExt,
    StringRef arch,
    function_ref<Expected<std::string>(const CacheEntry &, const std::string &)>
        build) {
  auto entry = CacheEntry::open(dir, source, compiler, flags, imageExt);
  if (!entry)
    return entry.takeError();
  auto loaded = std::make_shared<LoadedObject>();
  loaded->path = entry->objectPath();
  loaded->imageArch = arch.str();
  auto cached = entry->lookup();
  if (!cached)
    return cached.takeError();
  if (*cached) {
    loaded->image = std::move(**cached);
    loaded->fromCache = true;
    return loaded;
  }
  std::string sourcePath = entry->path(sourceExt);
  if (Error err = writeAtomically(sourcePath, source))
    return std::move(err);
  auto image = build(*entry, sourcePath);
  if (!image)
    return image.takeError();
  if (Error err = entry->install(*image))
    return std::move(err);
  loaded->image = std::move(*image);
  return loaded;
}
