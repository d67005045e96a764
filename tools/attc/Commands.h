//===- Commands.h - attc run, check and bench -------------------*- C++ -*-===//

#ifndef ATTC_TOOLS_ATTC_COMMANDS_H
#define ATTC_TOOLS_ATTC_COMMANDS_H

#include <cstdint>
#include <string>
#include <vector>

namespace attc {

struct CommonOptions {
  std::string spec;
  std::string target = "cpu";
  std::string dtype, layout; ///< overrides of the spec's; empty keeps it
  std::vector<std::string> dims;   ///< NAME=N
  std::vector<std::string> inputs; ///< NAME=FILE.npy
  uint64_t seed = 0;
  int threads = 0;
  int tileQ = 0, tileK = 0; ///< 0: the schedule's choice
  int kvSplits = 0;         ///< 0: the schedule's choice
  int headsPerTask = -1;    ///< -1: the schedule's choice
  bool denseTiles = false; ///< --dense: no block sparsity
  bool hopper = false;     ///< --hopper: cuda's TMA + wgmma kernels
  bool showTiles = false;  ///< --show-tiles: print the tile classes
  bool noTuneDb = false;   ///< --no-tune-db: ignore the tuning database
  bool grad = false;       ///< --grad: also the backward
  std::string tuneDb;      ///< --tune-db PATH (empty: the default)
  std::string arch = "native"; ///< --arch (cuda, hip)
  std::string outputsDir;      ///< check --outputs DIR: outputs made elsewhere
};

/// attc tune: what to sweep and how.
struct TuneOptions {
  CommonOptions common;
  double budgetSeconds = 0; ///< 0: no limit
  int repeats = 5;
  std::string report;              ///< --report DIR
  bool show = false;               ///< --show
  std::string sweep;               ///< --sweep FILE
  int shard = 0, shards = 1;       ///< --shard I/N
  std::vector<std::string> merge;  ///< --merge DB...
};

int tuneCommand(const TuneOptions &opts);

/// attc compile --target=cuda|hip --bundle DIR: the kernel for each of
/// `archs`, its metadata and one case of random inputs per --shape
/// (Gpu.cpp).
int bundleCommand(const CommonOptions &opts, const std::string &dir,
                  const std::vector<std::string> &archs,
                  const std::vector<std::string> &shapes);
/// attc check --bundle DIR --outputs OUT: every case of a bundle against the
/// outputs a GPU host wrote for it.
int checkBundleCommand(const CommonOptions &opts, const std::string &bundle,
                       const std::string &outputs);

int runCommand(const CommonOptions &opts, const std::string &outDir);
int checkCommand(const CommonOptions &opts);
int benchCommand(const CommonOptions &opts, int repeats);

} // namespace attc

#endif // ATTC_TOOLS_ATTC_COMMANDS_H
