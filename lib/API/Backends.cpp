//===- Backends.cpp - the registry of targets -----------------------------===//

#include "Backend.h"

#include "attc/Codegen/CpuCodegen.h"
#include "attc/Codegen/CudaCodegen.h"
#include "attc/Codegen/HipCodegen.h"
#include "attc/Runtime/HipToolchain.h"

using namespace llvm;
using namespace attc;

Backend::~Backend() = default;

Expected<std::string> Backend::compileBinary(const std::string &, StringRef,
                                             StringRef kind) const {
  return createStringError(inconvertibleErrorCode(),
                           "--emit=" + kind +
                               ": not available for --target=" + name());
}

mlir::FailureOr<std::vector<CudaKernelInfo>>
Backend::launchKernels(attn::SpecOp lowered) const {
  return lowered.emitOpError()
         << "the " << name() << " target has no launch metadata";
}

Expected<std::shared_ptr<LoadedObject>>
Backend::compileAndLoad(const std::string &source, StringRef,
                        const std::string &cacheDir) const {
  return toolchain().compileAndLoad(source, cacheDir);
}

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

/// CUDA C++ for tensor cores (mma.sync, sm_80+) through the shared variant
/// emitter; nvcc for AOT PTX/cubins, NVRTC for the JIT's cached cubins.
class CudaBackend : public Backend {
public:
  StringRef name() const override { return "cuda"; }
  /// "native" (the CLI's default) means sm_80: there is no device to ask,
  /// and sm_80 code runs on every sm_8x.
  static StringRef resolve(StringRef arch) {
    return arch.empty() || arch == "native" ? "sm_80" : arch;
  }
  Error checkArch(StringRef arch) const override {
    StringRef a = resolve(arch);
    if (a == "sm_80" || a == "sm_86" || a == "sm_89" || a == "sm_90a")
      return Error::success();
    return createStringError(inconvertibleErrorCode(),
                             "--arch=" + arch +
                                 ": the cuda target supports sm_80, sm_86, "
                                 "sm_89 and sm_90a");
  }
  mlir::FailureOr<std::string> emitSource(attn::SpecOp lowered) const override {
    return emitCudaSource(lowered);
  }
  const Toolchain &toolchain() const override { return cudaToolchain(); }
  Expected<std::shared_ptr<LoadedObject>>
  compileAndLoad(const std::string &source, StringRef arch,
                 const std::string &cacheDir) const override {
    return nvrtcCompileAndLoad(source, resolve(arch), cacheDir);
  }
  Expected<std::string> compileBinary(const std::string &source, StringRef arch,
                                      StringRef kind) const override {
    if (kind != "ptx" && kind != "object")
      return Backend::compileBinary(source, arch, kind);
    return nvccCompile(source, resolve(arch), kind == "ptx");
  }
  StringRef launchAbi() const override { return "cuda"; }
  mlir::FailureOr<std::vector<CudaKernelInfo>>
  launchKernels(attn::SpecOp lowered) const override {
    return cudaKernels(lowered);
  }
};

/// HIP for AMD matrix cores (MFMA, gfx90a and gfx942) through the shared
/// GPU skeleton; clang alone for AOT code objects and the JIT's cached ones,
/// launched by libattc_hip_rt.
class HipBackend : public Backend {
public:
  /// The arch whose kernels run on the host CPU through the emulator.
  static constexpr const char *kEmulated = "emulated";
  StringRef name() const override { return "hip"; }
  /// "native" means gfx942 (MI300): there is no device to ask.
  static StringRef resolve(StringRef arch) {
    return arch.empty() || arch == "native" ? "gfx942" : arch;
  }
  Error checkArch(StringRef arch) const override {
    StringRef a = resolve(arch);
    if (a == "gfx90a" || a == "gfx942" || a == kEmulated)
      return Error::success();
    return createStringError(inconvertibleErrorCode(),
                             "--arch=" + arch +
                                 ": the hip target supports gfx90a, gfx942 "
                                 "and emulated (the host CPU)");
  }
  /// The unit as host C++ (clang: the MFMA policy's vector types) whose
  /// kernels the emulator runs lane by lane; the CPU kernels' entry ABI.
  static Expected<std::shared_ptr<LoadedObject>>
  emulate(const std::string &source, const std::string &cacheDir) {
    auto clang = findHipClang();
    if (!clang)
      return clang.takeError();
    return hostCompileAndLoad(hipEmulationPrelude() + source, cacheDir, *clang,
                              {"-x", "c++", "-std=c++17", "-O1", "-fPIC",
                               "-shared", "-fno-math-errno", "-w"});
  }
  mlir::FailureOr<std::string> emitSource(attn::SpecOp lowered) const override {
    return emitHipSource(lowered);
  }
  const Toolchain &toolchain() const override { return hipToolchain(); }
  Expected<std::shared_ptr<LoadedObject>>
  compileAndLoad(const std::string &source, StringRef arch,
                 const std::string &cacheDir) const override {
    if (arch == kEmulated)
      return emulate(source, cacheDir);
    return hipCompileAndLoad(source, resolve(arch), cacheDir);
  }
  Expected<std::string> compileBinary(const std::string &source, StringRef arch,
                                      StringRef kind) const override {
    if (kind != "object")
      return Backend::compileBinary(source, arch, kind);
    if (arch == kEmulated)
      return createStringError(inconvertibleErrorCode(),
                               "--arch=emulated: the host emulator has no "
                               "object (use gfx90a or gfx942)");
    return hipCompile(source, resolve(arch));
  }
  StringRef launchAbi() const override { return "hip"; }
  mlir::FailureOr<std::vector<CudaKernelInfo>>
  launchKernels(attn::SpecOp lowered) const override {
    return hipKernels(lowered);
  }
};

/// Every backend attc was built with; a new target adds its line here.
const Backend *const *registry() {
  static const CpuBackend cpu;
  static const CudaBackend cuda;
  static const HipBackend hip;
  static const Backend *const kBackends[] = {&cpu, &cuda, &hip, nullptr};
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
