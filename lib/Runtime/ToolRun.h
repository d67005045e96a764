//===- ToolRun.h - run an offline compiler on one source -------*- C++ -*-===//
//
// What the AOT GPU toolchains (nvcc, clang for HIP) share: the source in a
// private temporary directory, the tool's output collected, its log
// reduced to the first error line.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_LIB_RUNTIME_TOOLRUN_H
#define ATTC_LIB_RUNTIME_TOOLRUN_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

#include <string>

namespace attc {

/// Writes `source` to `srcName` in a fresh temporary directory, runs `tool`
/// with the arguments `args(src, out)` gives (argv[0] included) and returns
/// the bytes of the file `out` (named `outName` there). A failure is one
/// line: "<what> <tool> failed (status N): <the log's first error>".
llvm::Expected<std::string> runCompiler(
    llvm::StringRef what, llvm::StringRef tool, const std::string &source,
    llvm::StringRef srcName, llvm::StringRef outName,
    llvm::function_ref<llvm::SmallVector<std::string>(llvm::StringRef src,
                                                      llvm::StringRef out)>
        args);

} // namespace attc

#endif // ATTC_LIB_RUNTIME_TOOLRUN_H
