//===- HipToolchain.cpp - HIP sources to code objects; the hip "device" ---===//
//
// Ahead-of-time compilation of generated HIP units with clang (no ROCm
// needed) in a private temporary directory. The JIT side asks the HIP
// runtime, loaded with dlopen, for a device; this build has no HIP launch
// runtime, so it stops there with one line.
//
//===----------------------------------------------------------------------===//

#include "attc/Runtime/HipToolchain.h"
#include "ToolRun.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"

#include <dlfcn.h>

using namespace llvm;
using namespace attc;

namespace {
Error makeError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

/// The HIP runtime's library names, newest ABI first.
constexpr const char *kHipLibraries[] = {"libamdhip64.so", "libamdhip64.so.6",
                                         "libamdhip64.so.5"};

class HipToolchain : public Toolchain {
public:
  StringRef name() const override { return "HIP"; }
  Expected<std::shared_ptr<LoadedObject>>
  compileAndLoad(const std::string &, const std::string &) const override {
    void *lib = nullptr;
    for (const char *name : kHipLibraries)
      if ((lib = dlopen(name, RTLD_NOW | RTLD_LOCAL)))
        break;
    if (!lib)
      return makeError("hip: no HIP runtime: libamdhip64.so not found "
                       "(kernels still compile: attc compile --target=hip "
                       "--emit=source|object)");
    // hipError_t hipGetDeviceCount(int *): 0 is hipSuccess.
    using GetCount = int (*)(int *);
    auto getCount =
        reinterpret_cast<GetCount>(dlsym(lib, "hipGetDeviceCount"));
    int count = 0, status = getCount ? getCount(&count) : -1;
    dlclose(lib);
    if (!getCount)
      return makeError("hip: no HIP runtime: libamdhip64.so has no "
                       "hipGetDeviceCount");
    if (status != 0 || count == 0)
      return makeError("hip: no HIP device: hipGetDeviceCount found none "
                       "(status " +
                       Twine(status) + ")");
    return makeError("hip: " + Twine(count) +
                     " HIP device(s) found, but this build has no HIP launch "
                     "runtime: export code objects with attc compile "
                     "--target=hip --emit=object");
  }
};
} // namespace

const Toolchain &attc::hipToolchain() {
  static const HipToolchain toolchain;
  return toolchain;
}

Expected<std::string> attc::findHipClang() {
  if (auto env = sys::Process::GetEnv("ATTC_HIP_CLANG"); env && !env->empty()) {
    if (auto found = sys::findProgramByName(*env);
        found && sys::fs::can_execute(*found))
      return *found;
    return makeError("clang '" + *env + "' (ATTC_HIP_CLANG) not found");
  }
  if (auto found = sys::findProgramByName("clang++-22"))
    return *found;
  if (sys::fs::can_execute("/usr/lib/llvm-22/bin/clang++"))
    return std::string("/usr/lib/llvm-22/bin/clang++");
  return makeError("clang++-22 not found (install clang-22 and lld-22, or "
                   "set ATTC_HIP_CLANG)");
}

Expected<std::string> attc::hipCompile(const std::string &source,
                                       StringRef arch) {
  auto clang = findHipClang();
  if (!clang)
    return clang.takeError();
  return runCompiler(
      "clang", *clang, source, "kernel.hip", "kernel.co",
      [&](StringRef src, StringRef out) -> SmallVector<std::string> {
        return {*clang,
                "-x",
                "hip",
                ("--offload-arch=" + arch).str(),
                "-nogpulib",
                "-nogpuinc",
                "--cuda-device-only",
                "--no-gpu-bundle-output",
                "-std=c++17",
                "-O3",
                "-c",
                "-o",
                out.str(),
                src.str()};
      });
}
