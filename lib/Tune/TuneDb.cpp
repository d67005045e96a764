//===- TuneDb.cpp - the tuning database jit() consults --------------------===//

#include "attc/Tune/TuneDb.h"
#include "attc/DimNames.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace llvm;
using namespace attc;

static Error tuneError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

std::string TuneKey::str() const {
  return spec + "|" + target + "|" + device + "|" + bucket;
}

std::string attc::specHash(const std::string &ir) {
  return toHex(SHA256::hash(arrayRefFromStringRef(ir)), /*LowerCase=*/true);
}

std::string attc::shapeBucket(const int64_t *dims, const std::string &dtype) {
  auto pow2 = [](int64_t n) {
    int64_t p = 1;
    while (p < n)
      p *= 2;
    return n <= 0 ? 0 : p;
  };
  std::string s;
  for (unsigned i = kHq; i < kNumDims; ++i) {
    int64_t v = i == kLq || i == kLk ? pow2(dims[i]) : dims[i];
    s += std::string(kDimNames[i]) + "=" + std::to_string(v) + ",";
  }
  return s + dtype;
}

std::string attc::deviceName(const std::string &target) {
  if (target != "cpu")
    return target;
  std::string model = "unknown CPU";
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);)
    if (StringRef(line).starts_with("model name")) {
      model = StringRef(line).split(':').second.trim().str();
      break;
    }
  // The ISA the JIT's -march=native targets decides which kernel runs.
  const char *isa = __builtin_cpu_supports("avx512f") ? "avx512"
                    : __builtin_cpu_supports("avx2")  ? "avx2"
                                                      : "generic";
  return model + " (" + isa + ")";
}

std::string attc::tuneDbPath(const std::string &cacheDir,
                             const std::string &device) {
  if (auto env = sys::Process::GetEnv("ATTC_TUNE_DB"); env && !env->empty())
    return *env;
  std::string slug;
  for (char c : device)
    slug += isAlnum(c) ? char(toLower(c)) : '-';
  SmallString<256> path(cacheDir);
  sys::path::append(path, "tune-" + slug.substr(0, 80) + ".json");
  return std::string(path);
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

static json::Object toJson(const TuneDb::Row &row) {
  const ScheduleChoice &s = row.entry.schedule;
  return json::Object{{"spec", row.key.spec},
                      {"target", row.key.target},
                      {"device", row.key.device},
                      {"bucket", row.key.bucket},
                      {"tile_q", s.tileQ},
                      {"tile_k", s.tileK},
                      {"kv_splits", s.kvSplits},
                      {"heads_per_task", s.headsPerTask},
                      {"warpgroups", s.warpgroups},
                      {"ms", row.entry.ms},
                      {"default_ms", row.entry.defaultMs},
                      {"host", row.entry.host}};
}

static bool fromJson(const json::Value &value, TuneDb::Row &row) {
  const json::Object *o = value.getAsObject();
  if (!o)
    return false;
  auto str = [&](StringRef key, std::string &out) {
    std::optional<StringRef> v = o->getString(key);
    if (v)
      out = v->str();
    return v.has_value();
  };
  auto num = [&](StringRef key, int64_t &out) {
    std::optional<int64_t> v = o->getInteger(key);
    if (v)
      out = *v;
    return v.has_value();
  };
  auto real = [&](StringRef key, double &out) {
    std::optional<double> v = o->getNumber(key);
    if (v)
      out = *v;
    return v.has_value();
  };
  ScheduleChoice &s = row.entry.schedule;
  // Databases written before the Hopper path have no warpgroups (0).
  if (o->get("warpgroups") && !num("warpgroups", s.warpgroups))
    return false;
  return str("spec", row.key.spec) && str("target", row.key.target) &&
         str("device", row.key.device) && str("bucket", row.key.bucket) &&
         num("tile_q", s.tileQ) && num("tile_k", s.tileK) &&
         num("kv_splits", s.kvSplits) &&
         num("heads_per_task", s.headsPerTask) && real("ms", row.entry.ms) &&
         real("default_ms", row.entry.defaultMs) && str("host", row.entry.host);
}

/// Parses a database text; false (with `why`) when it is not one.
static bool parse(StringRef text, TuneDb &db, std::string &why) {
  Expected<json::Value> value = json::parse(text);
  if (!value) {
    why = toString(value.takeError());
    return false;
  }
  const json::Object *top = value->getAsObject();
  const json::Array *entries = top ? top->getArray("entries") : nullptr;
  if (!entries || top->getInteger("attc_tune_db") != 1) {
    why = "not an attc tuning database (version 1)";
    return false;
  }
  for (const json::Value &e : *entries) {
    TuneDb::Row row;
    if (!fromJson(e, row)) {
      why = "an entry lacks a field or has the wrong type";
      return false;
    }
    db.record(row.key, row.entry);
  }
  return true;
}

/// Why a file another user could have written must not be trusted, or "".
static std::string untrusted(const struct stat &st) {
  if (st.st_uid != geteuid())
    return "owned by uid " + std::to_string(st.st_uid) + ", not this user";
  if (st.st_mode & (S_IWGRP | S_IWOTH))
    return "writable by group or others";
  if (!S_ISREG(st.st_mode))
    return "not a regular file";
  return "";
}

TuneDb TuneDb::load(const std::string &path, std::string &warning) {
  TuneDb db;
  warning.clear();
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    if (errno != ENOENT)
      warning = path + ": tuning database ignored: " + strerror(errno);
    return db;
  }
  struct stat st;
  std::string why = fstat(fd, &st) ? strerror(errno) : untrusted(st);
  std::string text;
  if (why.empty()) {
    char buf[65536];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0 && text.size() < (64u << 20))
      text.append(buf, size_t(n));
  }
  ::close(fd);
  if (why.empty() && !parse(text, db, why))
    db.rows.clear();
  if (!why.empty())
    warning = path + ": tuning database ignored: " + why;
  return db;
}

const TuneEntry *TuneDb::find(const TuneKey &key) const {
  auto it = rows.find(key.str());
  return it == rows.end() ? nullptr : &it->second.entry;
}

bool TuneDb::record(const TuneKey &key, const TuneEntry &entry) {
  auto [it, inserted] = rows.try_emplace(key.str(), Row{key, entry});
  if (inserted)
    return true;
  if (entry.ms >= it->second.entry.ms)
    return false;
  it->second.entry = entry;
  return true;
}

void TuneDb::merge(const TuneDb &other) {
  for (const auto &[k, row] : other.rows)
    record(row.key, row.entry);
}

Error TuneDb::save(const std::string &path) const {
  SmallString<256> dir(path);
  sys::path::remove_filename(dir);
  if (!dir.empty())
    if (std::error_code ec = sys::fs::create_directories(dir, true,
                                                         sys::fs::perms(0700)))
      return tuneError(dir + ": cannot create: " + ec.message());
  // Writers serialize on a lock file beside the database, then merge with
  // what is there so concurrent sweeps lose nothing.
  std::string lockPath = path + ".lock";
  int lock = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC,
                    0600);
  if (lock < 0)
    return tuneError(lockPath + ": cannot open: " + strerror(errno));
  if (flock(lock, LOCK_EX) != 0) {
    ::close(lock);
    return tuneError(lockPath + ": cannot lock: " + strerror(errno));
  }
  std::string warning;
  TuneDb merged = load(path, warning);
  merged.merge(*this);
  json::Array entries;
  for (const auto &[k, row] : merged.rows)
    entries.push_back(toJson(row));
  std::string text;
  raw_string_ostream os(text);
  os << formatv("{0:2}", json::Value(json::Object{
                             {"attc_tune_db", 1},
                             {"entries", std::move(entries)}}))
     << "\n";
  SmallString<256> tmp;
  int fd;
  Error result = Error::success();
  if (std::error_code ec = sys::fs::createUniqueFile(path + ".tmp-%%%%%%%%", fd,
                                                     tmp, sys::fs::OF_None,
                                                     0600)) {
    result = tuneError(path + ": cannot write: " + ec.message());
  } else {
    {
      raw_fd_ostream out(fd, /*shouldClose=*/true);
      out << text;
      out.close();
      if (out.has_error())
        result = tuneError(tmp + ": write failed");
    }
    if (!result && sys::fs::rename(tmp, path))
      result = tuneError(path + ": cannot rename into place");
    if (result)
      sys::fs::remove(tmp);
  }
  flock(lock, LOCK_UN);
  ::close(lock);
  return result;
}
