//===- CliSupport.h - what attc's run/check/bench/tune share -----*- C++ -*-===//

#ifndef ATTC_TOOLS_ATTC_CLISUPPORT_H
#define ATTC_TOOLS_ATTC_CLISUPPORT_H

#include "Commands.h"
#include "Problem.h"

#include "../../lib/API/SpecImpl.h"

namespace attc::cli {

/// One problem ready to run: the spec (with the overrides), its dims and
/// host arrays (random inputs, NaN-poisoned outputs).
struct Setup {
  Spec spec;
  Dims dims;
  Problem problem;
};

llvm::Error badInput(const llvm::Twine &message);
llvm::Expected<Setup> prepare(const CommonOptions &opts);
std::map<std::string, Tensor> views(std::map<std::string, HostArray> &arrays);
/// jit() with the options' tiles, consulting the tuning database for the
/// setup's dims unless --no-tune-db.
llvm::Expected<Kernel> compile(Setup &setup, const CommonOptions &opts);
/// The JIT options of the flags, for the setup's dims.
JitOptions jitOptions(const Setup &setup, const CommonOptions &opts);
/// --target=cuda|hip: compiles for opts.arch (native: the device's), copies
/// the host arrays to the device, launches once plus `repeats` timed runs
/// (their milliseconds in `times`) and copies the outputs back (Gpu.cpp).
llvm::Error runOnGpu(Setup &setup, const CommonOptions &opts, int repeats,
                     std::vector<float> *times);
/// attc bench --target=cuda|hip.
int benchGpu(Setup &setup, const CommonOptions &opts, int repeats);
/// Whether opts.target runs on a GPU through a launch runtime (cuda, hip
/// but for the emulator).
bool onGpu(const CommonOptions &opts);
/// Replaces the setup's outputs with DIR/<name>.npy (--outputs).
llvm::Error readOutputs(Setup &setup, const std::string &dir);
llvm::Error printTiles(const Kernel &kernel,
                       const std::map<std::string, Tensor> &inputs,
                       bool grid = true);
/// One line on stderr; returns `code`.
int fail(const llvm::Twine &message, int code);
int failError(llvm::Error err, int code = 2);
std::string dimsStr(const Dims &dims);

} // namespace attc::cli

#endif // ATTC_TOOLS_ATTC_CLISUPPORT_H
