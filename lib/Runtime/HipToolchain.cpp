//===- HipToolchain.cpp - HIP sources to code objects, AOT and JIT --------===//
//
// Generated HIP units compile with clang alone (no ROCm needed) in a private
// temporary directory: ahead of time (hipCompile) and for the JIT, whose
// code objects go to the content-hashed cache like NVRTC's cubins
// (hipCompileAndLoad). The launch runtime (libattc_hip_rt) loads them; the
// HIP runtime and a device are needed only there.
//
//===----------------------------------------------------------------------===//

#include "attc/Runtime/HipToolchain.h"
#include "CompileCache.h"
#include "ToolRun.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"

using namespace llvm;
using namespace attc;

namespace {
Error makeError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

/// clang's flags for a code object of `arch`, but the files: device code
/// only, no ROCm headers or device libraries, one raw code object.
std::vector<std::string> hipFlags(StringRef arch) {
  return {"-x",
          "hip",
          ("--offload-arch=" + arch).str(),
          "-nogpulib",
          "-nogpuinc",
          "--cuda-device-only",
          "--no-gpu-bundle-output",
          "-std=c++17",
          "-O3"};
}

/// The JIT compiles for gfx942 when no arch is given, as AOT does.
class HipToolchain : public Toolchain {
public:
  StringRef name() const override { return "HIP (clang)"; }
  Expected<std::shared_ptr<LoadedObject>>
  compileAndLoad(const std::string &source,
                 const std::string &cacheDir) const override {
    return hipCompileAndLoad(source, "gfx942", cacheDir);
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
        SmallVector<std::string> args = {*clang};
        for (std::string &flag : hipFlags(arch))
          args.push_back(std::move(flag));
        args.append({"-c", "-o", out.str(), src.str()});
        return args;
      });
}

// hiprtc (in libamdhip64) would compile in process, but it needs the ROCm
// device libraries, which Debian's ROCm 5.2 lacks for gfx942, and a HIP
// runtime on the compiling machine: the JIT uses the clang that AOT uses,
// so kernels compile (and cache) on machines without either.
Expected<std::shared_ptr<LoadedObject>>
attc::hipCompileAndLoad(const std::string &source, StringRef arch,
                        const std::string &cacheDir) {
  auto clang = findHipClang();
  if (!clang)
    return clang.takeError();
  // The compiler's real path stands for its version (clang-22's lives in
  // /usr/lib/llvm-22).
  SmallString<256> real;
  if (sys::fs::real_path(*clang, real))
    real = *clang;
  return cachedImage(cacheDir, source, real, hipFlags(arch), "hsaco", "hip",
                     arch, [&](const CacheEntry &, const std::string &) {
                       return hipCompile(source, arch);
                     });
}
