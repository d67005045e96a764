//===- NvccToolchain.cpp - CUDA sources to PTX/cubin; the cuda "device" ---===//
//
// Ahead-of-time compilation of generated CUDA units with nvcc
// ($ATTC_NVCC, else /usr/local/cuda/bin/nvcc, else nvcc on PATH) in a
// private temporary directory. Running kernels needs the CUDA launch
// runtime, which this build does not have yet: the toolchain says so in
// one line instead of loading anything.
//
//===----------------------------------------------------------------------===//

#include "attc/Runtime/Toolchain.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace attc;

namespace {
Error makeError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

class CudaToolchain : public Toolchain {
public:
  StringRef name() const override { return "nvcc"; }
  Expected<std::shared_ptr<LoadedObject>>
  compileAndLoad(const std::string &, const std::string &) const override {
    return makeError("cuda: no CUDA device runtime in this build: kernels "
                     "compile (attc compile --target=cuda "
                     "--emit=source|ptx|object) but cannot run yet");
  }
};

/// Removes a directory tree when it goes out of scope.
struct TempDir {
  SmallString<256> path;
  ~TempDir() {
    if (!path.empty())
      sys::fs::remove_directories(path);
  }
};
} // namespace

const Toolchain &attc::cudaToolchain() {
  static const CudaToolchain toolchain;
  return toolchain;
}

Expected<std::string> attc::findNvcc() {
  if (auto env = sys::Process::GetEnv("ATTC_NVCC"); env && !env->empty()) {
    // findProgramByName returns a path with a slash unchecked.
    if (auto found = sys::findProgramByName(*env);
        found && sys::fs::can_execute(*found))
      return *found;
    return makeError("nvcc '" + *env + "' (ATTC_NVCC) not found");
  }
  if (sys::fs::can_execute("/usr/local/cuda/bin/nvcc"))
    return std::string("/usr/local/cuda/bin/nvcc");
  if (auto found = sys::findProgramByName("nvcc"))
    return *found;
  return makeError("nvcc not found (install the CUDA toolkit at "
                   "/usr/local/cuda or set ATTC_NVCC)");
}

Expected<std::string> attc::nvccCompile(const std::string &source,
                                        StringRef arch, bool ptx) {
  auto nvcc = findNvcc();
  if (!nvcc)
    return nvcc.takeError();
  TempDir dir;
  if (std::error_code ec =
          sys::fs::createUniqueDirectory("attc-nvcc", dir.path))
    return makeError("cannot create a temporary directory: " + ec.message());
  SmallString<256> src(dir.path), out(dir.path), log(dir.path);
  sys::path::append(src, "kernel.cu");
  sys::path::append(out, ptx ? "kernel.ptx" : "kernel.cubin");
  sys::path::append(log, "nvcc.log");
  {
    std::error_code ec;
    raw_fd_ostream os(src, ec);
    if (ec)
      return makeError(src + ": cannot write: " + ec.message());
    os << source;
  }
  std::string archFlag = ("-arch=" + arch).str();
  SmallVector<StringRef> args = {
      *nvcc, "-std=c++17", "-O3", archFlag, ptx ? "--ptx" : "--cubin",
      "-o",  out,          src};
  std::optional<StringRef> redirects[] = {std::nullopt, StringRef(log),
                                          StringRef(log)};
  std::string execError;
  int status = sys::ExecuteAndWait(*nvcc, args, std::nullopt, redirects,
                                   /*SecondsToWait=*/600, 0, &execError);
  if (status != 0) {
    std::string first;
    if (auto text = MemoryBuffer::getFile(log)) {
      SmallVector<StringRef> lines;
      (*text)->getBuffer().split(lines, '\n');
      for (StringRef line : lines)
        if (line.contains("error")) {
          first = line.trim().str();
          break;
        }
    }
    return makeError("nvcc " + *nvcc + " failed (status " + Twine(status) +
                     (execError.empty() ? "" : ", " + execError) + ")" +
                     (first.empty() ? "" : ": " + first));
  }
  auto bytes = MemoryBuffer::getFile(out, /*IsText=*/false,
                                     /*RequiresNullTerminator=*/false);
  if (!bytes)
    return makeError(out + ": cannot read: " + bytes.getError().message());
  return (*bytes)->getBuffer().str();
}
