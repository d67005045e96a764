//===- attc.cpp - the attc command line -----------------------------------===//
//
// attc compile | run | check | bench | tune, as SPEC.md describes. Exit
// codes: 0 success, 1 failed check, 2 bad input (one line on stderr).
//
//===----------------------------------------------------------------------===//

#include "attc/Spec/SpecToIR.h"
#include "attc/Transforms/Passes.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace attc;

namespace {
cl::SubCommand compileCmd("compile", "Compile a spec for a target");

cl::opt<std::string> compileSpec(cl::Positional, cl::desc("SPEC"),
                                 cl::Required, cl::sub(compileCmd));
cl::opt<std::string> compileTarget("target",
                                   cl::desc("cpu, cuda or hip (default cpu)"),
                                   cl::init("cpu"), cl::sub(compileCmd));
cl::opt<std::string>
    compileArch("arch",
                cl::desc("native, sm_80, sm_90a, gfx90a or gfx942 "
                         "(default native)"),
                cl::init("native"), cl::sub(compileCmd));
cl::opt<std::string>
    compileEmit("emit",
                cl::desc("mlir, lowered-mlir, source or object "
                         "(default mlir)"),
                cl::init("mlir"), cl::sub(compileCmd));
cl::opt<std::string> compileOutput("o", cl::desc("output path (default -)"),
                                   cl::init("-"), cl::sub(compileCmd));

/// A bad-input failure: one line on stderr, exit 2.
int badInput(const Twine &message) {
  errs() << "attc: " << message << "\n";
  return 2;
}

/// Writes `text` to `path` ("-" is stdout) atomically: nothing half-written.
int writeOutput(StringRef path, StringRef text) {
  if (path == "-") {
    outs() << text;
    outs().flush();
    return 0;
  }
  std::error_code ec;
  ToolOutputFile out(path, ec, sys::fs::OF_None);
  if (ec)
    return badInput(path + ": cannot write (-o): " + ec.message());
  out.os() << text;
  out.os().close();
  if (out.os().has_error())
    return badInput(path + ": write failed (-o)");
  out.keep();
  return 0;
}

int runCompile() {
  if (compileTarget != "cpu" && compileTarget != "cuda" &&
      compileTarget != "hip")
    return badInput("--target: unknown target '" + compileTarget +
                    "' (expected cpu, cuda or hip)");
  if (compileEmit != "mlir" && compileEmit != "lowered-mlir" &&
      compileEmit != "source" && compileEmit != "object")
    return badInput("--emit: unknown kind '" + compileEmit +
                    "' (expected mlir, lowered-mlir, source or object)");
  mlir::MLIRContext ctx;
  std::string error;
  auto module = loadSpecFile(ctx, compileSpec, error);
  if (!module)
    return badInput(error);
  if (compileEmit == "lowered-mlir") {
    mlir::PassManager pm(&ctx);
    pm.nest<attn::SpecOp>().addPass(createAttnCanonicalize());
    if (failed(pm.run(*module)))
      return badInput(compileSpec + ": lowering failed");
  }
  if (compileEmit == "mlir" || compileEmit == "lowered-mlir") {
    std::string text;
    raw_string_ostream os(text);
    module->print(os);
    os << "\n";
    return writeOutput(compileOutput, text);
  }
  return badInput("--emit=" + compileEmit + ": not available yet for target " +
                  compileTarget);
}
} // namespace

int main(int argc, char **argv) {
  std::string parseErrors;
  raw_string_ostream errStream(parseErrors);
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "attc - compile attention mechanisms into fused kernels\n\n"
          "  attc compile SPEC --target=cpu|cuda|hip [--emit=...] [-o PATH]\n",
          &errStream)) {
    StringRef first = StringRef(parseErrors).split('\n').first;
    return badInput(first.starts_with("attc: ") ? first.drop_front(6) : first);
  }
  if (compileCmd)
    return runCompile();
  return badInput("expected a command: compile (see attc --help)");
}
