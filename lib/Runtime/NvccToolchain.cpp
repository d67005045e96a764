//===- NvccToolchain.cpp - CUDA sources to PTX/cubin with nvcc ------------===//
//
// Ahead-of-time compilation of generated CUDA units with nvcc
// ($ATTC_NVCC, else /usr/local/cuda/bin/nvcc, else nvcc on PATH) in a
// private temporary directory. The JIT uses NVRTC (NvrtcToolchain.cpp).
//
//===----------------------------------------------------------------------===//

#include "attc/Runtime/Toolchain.h"
#include "ToolRun.h"

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

/// Removes a directory tree when it goes out of scope.
struct TempDir {
  SmallString<256> path;
  ~TempDir() {
    if (!path.empty())
      sys::fs::remove_directories(path);
  }
};
} // namespace

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
  return runCompiler(
      "nvcc", *nvcc, source, "kernel.cu", ptx ? "kernel.ptx" : "kernel.cubin",
      [&](StringRef src, StringRef out) -> SmallVector<std::string> {
        return {*nvcc, "-std=c++17",       "-O3", ("-arch=" + arch).str(),
                ptx ? "--ptx" : "--cubin", "-o",  out.str(),
                src.str()};
      });
}

Expected<std::string> attc::runCompiler(
    StringRef what, StringRef tool, const std::string &source,
    StringRef srcName, StringRef outName,
    function_ref<SmallVector<std::string>(StringRef, StringRef)> makeArgs) {
  TempDir dir;
  if (std::error_code ec = sys::fs::createUniqueDirectory("attc-" + what,
                                                          dir.path))
    return makeError("cannot create a temporary directory: " + ec.message());
  SmallString<256> src(dir.path), out(dir.path), log(dir.path);
  sys::path::append(src, srcName);
  sys::path::append(out, outName);
  sys::path::append(log, "compile.log");
  {
    std::error_code ec;
    raw_fd_ostream os(src, ec);
    if (ec)
      return makeError(src + ": cannot write: " + ec.message());
    os << source;
  }
  SmallVector<std::string> argStrings = makeArgs(src, out);
  SmallVector<StringRef> args(argStrings.begin(), argStrings.end());
  std::optional<StringRef> redirects[] = {std::nullopt, StringRef(log),
                                          StringRef(log)};
  std::string execError;
  int status = sys::ExecuteAndWait(tool, args, std::nullopt, redirects,
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
    return makeError(what + " " + tool + " failed (status " + Twine(status) +
                     (execError.empty() ? "" : ", " + execError) + ")" +
                     (first.empty() ? "" : ": " + first));
  }
  auto bytes = MemoryBuffer::getFile(out, /*IsText=*/false,
                                     /*RequiresNullTerminator=*/false);
  if (!bytes)
    return makeError(out + ": cannot read: " + bytes.getError().message());
  return (*bytes)->getBuffer().str();
}
