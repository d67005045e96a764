//===- TuneDb.h - the tuning database jit() consults ------------*- C++ -*-===//
//
// One JSON file per device in the cache directory: the fastest schedule
// measured per (spec hash, target, device, shape bucket). `attc tune`
// writes it; jit() and the CLI read it. Files another user could have
// written, and files that do not parse, are ignored with a warning: a
// schedule is code-shaping input and must come from this user.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_TUNE_TUNEDB_H
#define ATTC_TUNE_TUNEDB_H

#include "attc/Transforms/ScheduleSpace.h"

#include "llvm/Support/Error.h"

#include <map>
#include <string>

namespace attc {

struct TuneKey {
  std::string spec;   ///< SHA-256 of the spec's IR
  std::string target; ///< cpu, cuda, ...
  std::string device; ///< CPU model and ISA, or GPU name and SM
  std::string bucket; ///< lengths rounded up to powers of two, heads, dims
  std::string str() const;
};

struct TuneEntry {
  ScheduleChoice schedule;
  double ms = 0;        ///< median time of the schedule
  double defaultMs = 0; ///< the default schedule's, in the same sweep
  std::string host;     ///< where it was measured
};

class TuneDb {
public:
  /// Reads `path`. A missing file is an empty database; one that is not
  /// this user's, is group/world-writable or does not parse is ignored
  /// (empty) and `warning` says why in one line.
  static TuneDb load(const std::string &path, std::string &warning);

  const TuneEntry *find(const TuneKey &key) const;
  /// Keeps the faster of `entry` and what is there; true if it was kept.
  bool record(const TuneKey &key, const TuneEntry &entry);
  /// Every entry of `other`, keeping the faster per key.
  void merge(const TuneDb &other);
  /// Writes the database to `path` atomically (temp file + rename) under
  /// an exclusive lock, merged with what concurrent writers saved there.
  llvm::Error save(const std::string &path) const;

  struct Row {
    TuneKey key;
    TuneEntry entry;
  };
  std::map<std::string, Row> rows; ///< by TuneKey::str()
};

/// This machine's device name for `target` ("cpu": model name and ISA).
std::string deviceName(const std::string &target);
/// The database file of `device` under `cacheDir` ($ATTC_TUNE_DB wins).
std::string tuneDbPath(const std::string &cacheDir, const std::string &device);
/// The shape bucket of B, Hq, Hkv, Lq, Lk, D, Dv and a dtype name.
std::string shapeBucket(const int64_t *dims, const std::string &dtype);
/// The key part of a spec: SHA-256 of its printed IR.
std::string specHash(const std::string &ir);

} // namespace attc

#endif // ATTC_TUNE_TUNEDB_H
