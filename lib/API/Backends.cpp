//===- Backends.cpp - the registry of targets -----------------------------===//

#include "Backend.h"

#include "attc/Codegen/CpuCodegen.h"

using namespace llvm;
using namespace attc;

Backend::~Backend() = default;

namespace {
/// C++ through the shared variant emitter, the host compiler, dlopen.
class CpuBackend : public Backend {
public:
  StringRef name() const override { return "cpu"; }
  Error checkArch(StringRef arch) const override {
    if (arch.empty() || arch == "native")
      return Error::success();
    return createStringError(inconvertibleErrorCode(),
                             "--arch=" + arch +
                                 ": the cpu target only supports "
                                 "--arch=native (features are detected when "
                                 "the kernel is compiled)");
  }
  mlir::FailureOr<std::string>
  emitSource(attn::SpecOp lowered) const override {
    return emitCpuSource(lowered);
  }
  const Toolchain &toolchain() const override { return hostCxxToolchain(); }
};

/// Every backend attc was built with; a new target adds its line here.
const Backend *const *registry() {
  static const CpuBackend cpu;
  static const Backend *const kBackends[] = {&cpu, nullptr};
  return kBackends;
}
} // namespace

Expected<const Backend &> attc::findBackend(StringRef target) {
  std::string names;
  for (const Backend *const *b = registry(); *b; ++b) {
    if ((*b)->name() == target)
      return **b;
    names += (names.empty() ? "" : ", ") + (*b)->name().str();
  }
  return createStringError(inconvertibleErrorCode(),
                           "target '" + target +
                               "' is not available yet (this build has: " +
                               names + ")");
}
