//===- attc.cpp - the attc command line -----------------------------------===//
//
// attc compile | run | check | bench | tune, as SPEC.md describes. Exit
// codes: 0 success, 1 failed check, 2 bad input (one line on stderr).
//
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "attc/Spec/SpecToIR.h"
#include "attc/attc.h"
#include "attc/Transforms/Passes.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace attc;

namespace {
/// Only attc's own options show in --help, not LLVM's.
cl::OptionCategory attcOptions("attc options");

cl::SubCommand compileCmd("compile", "Compile a spec for a target");

cl::opt<std::string> compileSpec(cl::Positional, cl::desc("SPEC"),
                                 cl::Required, cl::cat(attcOptions), cl::sub(compileCmd));
cl::opt<std::string> compileTarget("target",
                                   cl::desc("cpu, cuda or hip (default cpu)"),
                                   cl::init("cpu"), cl::cat(attcOptions), cl::sub(compileCmd));
cl::opt<std::string>
    compileArch("arch",
                cl::desc("native, sm_80, sm_90a, gfx90a or gfx942 "
                         "(default native)"),
                cl::init("native"), cl::cat(attcOptions), cl::sub(compileCmd));
cl::opt<std::string>
    compileEmit("emit",
                cl::desc("mlir, lowered-mlir, source, ptx (cuda) or object "
                         "(default mlir)"),
                cl::init("mlir"), cl::cat(attcOptions), cl::sub(compileCmd));
cl::opt<std::string> compileOutput("o", cl::desc("output path (default -)"),
                                   cl::init("-"), cl::cat(attcOptions), cl::sub(compileCmd));

cl::SubCommand runCmd("run", "Compile a spec for the CPU, run it on .npy "
                                   "inputs (or random ones), write outputs");
cl::SubCommand checkCmd("check", "Run the generated kernel and the float64 "
                                 "reference on the same random inputs");
cl::SubCommand benchCmd("bench", "Time the generated kernel");
cl::SubCommand tuneCmd("tune", "Search the schedules of a target for a shape "
                                "and keep the fastest in the tuning database");

// Optional so that `check --bundle DIR` can default it to DIR/spec.mlir.
cl::opt<std::string> execSpec(cl::Positional, cl::desc("SPEC"), cl::Optional,
                              cl::cat(attcOptions), cl::sub(runCmd),
                              cl::sub(checkCmd), cl::sub(benchCmd));
cl::list<std::string> tuneArgs(cl::Positional,
                               cl::desc("[SPEC] (with --merge: more DBs)"),
                               cl::cat(attcOptions), cl::sub(tuneCmd));
cl::opt<double> tuneBudget("budget",
                           cl::desc("seconds the sweep may take; it stops "
                                    "and keeps what it measured (default: "
                                    "no limit)"),
                           cl::init(0), cl::cat(attcOptions), cl::sub(tuneCmd));
cl::opt<int> tuneRepeats("repeats", cl::desc("timed runs per candidate "
                                             "(default 5)"),
                         cl::init(5), cl::cat(attcOptions), cl::sub(tuneCmd));
cl::opt<std::string> tuneReport("report",
                                cl::desc("DIR: write the sweep as CSV and a "
                                         "plot (gnuplot)"),
                                cl::cat(attcOptions), cl::sub(tuneCmd));
cl::opt<bool> tuneShow("show", cl::desc("print the tuning database"),
                       cl::cat(attcOptions), cl::sub(tuneCmd));
cl::opt<std::string> tuneSweep("sweep",
                               cl::desc("FILE: a JSON list of specs x shapes "
                                        "x targets to tune"),
                               cl::cat(attcOptions), cl::sub(tuneCmd));
cl::opt<std::string> tuneShard("shard",
                               cl::desc("I/N: run slice I of N of the sweep "
                                        "(runs i with i mod N = I)"),
                               cl::cat(attcOptions), cl::sub(tuneCmd));
cl::list<std::string> tuneMerge("merge", cl::desc("DB: merge these tuning "
                                                  "databases (fastest per key)"),
                                cl::cat(attcOptions), cl::sub(tuneCmd));
cl::opt<std::string> tuneDb("tune-db",
                            cl::desc("PATH of the tuning database (default: "
                                     "$ATTC_TUNE_DB, else the cache dir)"),
                            cl::cat(attcOptions), cl::sub(tuneCmd),
                            cl::sub(runCmd), cl::sub(checkCmd),
                            cl::sub(benchCmd), cl::sub(compileCmd));
cl::opt<bool> noTuneDb("no-tune-db", cl::desc("ignore the tuning database"),
                       cl::cat(attcOptions), cl::sub(runCmd), cl::sub(checkCmd),
                       cl::sub(benchCmd), cl::sub(compileCmd));
cl::opt<std::string> execTarget("target",
                                cl::desc("cpu (default), cuda or hip"),
                                cl::init("cpu"), cl::cat(attcOptions),
                                cl::sub(runCmd), cl::sub(checkCmd),
                                cl::sub(benchCmd), cl::sub(tuneCmd));
cl::list<std::string> execDims("dim", cl::desc("NAME=N: size of a dim"),
                               cl::cat(attcOptions), cl::sub(runCmd), cl::sub(checkCmd),
                               cl::sub(benchCmd), cl::sub(tuneCmd),
                               cl::sub(compileCmd));
cl::opt<std::string>
    execArch("arch",
             cl::desc("cuda: sm_80, sm_86, sm_89 or sm_90a (default: the "
                      "device's); hip: gfx90a, gfx942, or emulated (the "
                      "kernels run on this CPU, lane by lane)"),
             cl::init("native"), cl::cat(attcOptions), cl::sub(runCmd),
             cl::sub(checkCmd), cl::sub(benchCmd));
cl::opt<std::string>
    execBundle("bundle",
               cl::desc("DIR: compile: export a CUDA or HIP bundle "
                        "(kernels, metadata, random inputs) there; check: "
                        "the bundle whose --outputs to check"),
               cl::cat(attcOptions), cl::sub(compileCmd), cl::sub(checkCmd));
cl::list<std::string>
    bundleShapes("shape",
                 cl::desc("NAME=N,NAME=N...: one bundle case of these dims "
                          "(with --dim)"),
                 cl::cat(attcOptions), cl::sub(compileCmd));
cl::opt<std::string>
    checkOutputs("outputs",
                 cl::desc("DIR: check the .npy outputs there (made "
                          "elsewhere, e.g. by attc-gpu-run) instead of "
                          "running the kernel"),
                 cl::cat(attcOptions), cl::sub(checkCmd));
cl::list<std::string> runInputs("input",
                                cl::desc("NAME=FILE.npy: q, k, v or an input"),
                                cl::cat(attcOptions), cl::sub(runCmd), cl::sub(checkCmd),
                                cl::sub(benchCmd));
cl::opt<bool> execDense("dense",
                        cl::desc("ignore the mask's block sparsity: visit "
                                 "every tile, evaluate the mask everywhere"),
                        cl::cat(attcOptions), cl::sub(runCmd), cl::sub(checkCmd), cl::sub(benchCmd));
cl::opt<bool> execHopper(
    "hopper",
    cl::desc("cuda, --arch=sm_90a: the Hopper kernels (TMA + wgmma; "
             "unverified on hardware); what they cannot run stays on "
             "mma.sync, with a note in --emit=lowered-mlir"),
    cl::cat(attcOptions), cl::sub(compileCmd), cl::sub(runCmd),
    cl::sub(checkCmd), cl::sub(benchCmd));
cl::opt<bool> execGrad("grad",
                       cl::desc("also the backward: dq, dk, dv and the "
                                "gradients of the float inputs"),
                       cl::cat(attcOptions), cl::sub(runCmd),
                       cl::sub(checkCmd), cl::sub(benchCmd));
cl::opt<bool> execShowTiles("show-tiles",
                            cl::desc("print the tile classes of batch 0, "
                                     "head 0"),
                            cl::cat(attcOptions), cl::sub(checkCmd), cl::sub(benchCmd));
cl::opt<std::string> runOut("out", cl::desc("output directory"),
                            cl::init("attc-out"), cl::cat(attcOptions), cl::sub(runCmd));
cl::opt<uint64_t> execSeed("seed", cl::desc("seed of the random inputs"),
                           cl::init(0), cl::cat(attcOptions), cl::sub(runCmd),
                           cl::sub(checkCmd), cl::sub(benchCmd),
                           cl::sub(tuneCmd), cl::sub(compileCmd));
cl::opt<int> execThreads("threads", cl::desc("threads (default: all cores)"),
                         cl::init(0), cl::cat(attcOptions), cl::sub(runCmd),
                         cl::sub(checkCmd), cl::sub(benchCmd),
                         cl::sub(tuneCmd));
cl::opt<int> execTileQ("tile-q",
                       cl::desc("queries per tile, 1-512 (default: the "
                                "schedule's choice)"),
                       cl::init(0), cl::cat(attcOptions), cl::sub(runCmd), cl::sub(checkCmd),
                       cl::sub(benchCmd), cl::sub(compileCmd));
cl::opt<int> execTileK("tile-k",
                       cl::desc("keys per tile, 1-512 (default: the "
                                "schedule's choice)"),
                       cl::init(0), cl::cat(attcOptions), cl::sub(runCmd), cl::sub(checkCmd),
                       cl::sub(benchCmd), cl::sub(compileCmd));
cl::opt<int> execKvSplits(
    "kv-splits",
    cl::desc("split-KV: split each row's keys N ways, 2-64, and merge "
             "(default: left to the launch)"),
    cl::init(0), cl::cat(attcOptions), cl::sub(runCmd), cl::sub(checkCmd),
    cl::sub(benchCmd), cl::sub(compileCmd));
cl::opt<std::string> execDType("dtype",
                               cl::desc("override the spec's dtype: f32, f16 "
                                        "or bf16"),
                               cl::cat(attcOptions), cl::sub(runCmd),
                               cl::sub(checkCmd), cl::sub(benchCmd),
                               cl::sub(tuneCmd), cl::sub(compileCmd));
cl::opt<std::string> execLayout("layout",
                                cl::desc("override the spec's layout: bhsd "
                                         "or bshd"),
                                cl::cat(attcOptions), cl::sub(runCmd),
                                cl::sub(checkCmd), cl::sub(benchCmd),
                                cl::sub(tuneCmd), cl::sub(compileCmd));
cl::opt<int> benchRepeats("repeats", cl::desc("timed runs (default 10)"),
                          cl::init(10), cl::cat(attcOptions), cl::sub(benchCmd));

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

/// --tile-q/--tile-k: 0 (the schedule's choice) or 1 to 512; --kv-splits:
/// 0 (left to the launch) or 2 to 64.
Error checkTiles() {
  if (execTileQ < 0 || execTileQ > 512 || execTileK < 0 || execTileK > 512)
    return createStringError(inconvertibleErrorCode(),
                             "--tile-q/--tile-k: expected 1 to 512");
  if (execKvSplits < 0 || execKvSplits == 1 || execKvSplits > 64)
    return createStringError(inconvertibleErrorCode(),
                             "--kv-splits: expected 2 to 64 (omitted: left "
                             "to the launch)");
  return Error::success();
}

CommonOptions commonOptions();

/// attc compile --target=cuda|hip --bundle DIR [--arch=A,B] [--shape ...]...
int runBundle() {
  bool hip = compileTarget == "hip";
  if (compileTarget != "cuda" && !hip)
    return badInput("--bundle: only for --target=cuda or hip");
  if (compileEmit != "mlir" || compileOutput != "-")
    return badInput("--bundle: writes a directory; --emit and -o do not "
                    "apply");
  // Both matrix-unit generations by default: A100-class and H100/H200,
  // MI200 and MI300.
  std::string archList = compileArch != "native" ? std::string(compileArch)
                         : hip                   ? "gfx90a,gfx942"
                                                 : "sm_80,sm_90a";
  SmallVector<StringRef> parts;
  StringRef(archList).split(parts, ',', -1, /*KeepEmpty=*/false);
  std::vector<std::string> archs;
  for (StringRef a : parts) {
    if (llvm::is_contained(archs, a.trim().str()))
      return badInput("--arch " + archList + ": " + a + " given twice");
    archs.push_back(a.trim().str());
  }
  if (archs.empty())
    return badInput(hip ? "--arch: expected gfx90a or gfx942"
                        : "--arch: expected sm_80, sm_86, sm_89 or sm_90a");
  CommonOptions opts = commonOptions();
  opts.spec = compileSpec;
  opts.target = compileTarget;
  std::vector<std::string> shapes(bundleShapes.begin(), bundleShapes.end());
  return bundleCommand(opts, execBundle, archs, shapes);
}

int runCompile() {
  if (compileTarget != "cpu" && compileTarget != "cuda" &&
      compileTarget != "hip")
    return badInput("--target: unknown target '" + compileTarget +
                    "' (expected cpu, cuda or hip)");
  if (compileEmit != "mlir" && compileEmit != "lowered-mlir" &&
      compileEmit != "source" && compileEmit != "ptx" &&
      compileEmit != "object")
    return badInput("--emit: unknown kind '" + compileEmit +
                    "' (expected mlir, lowered-mlir, source, ptx or object)");
  if (compileEmit == "ptx" && compileTarget != "cuda")
    return badInput("--emit=ptx: only for --target=cuda");
  if (Error err = checkTiles())
    return badInput(toString(std::move(err)));
  if (!execBundle.empty())
    return runBundle();
  if (!execDims.empty() || !bundleShapes.empty() ||
      execSeed.getNumOccurrences())
    return badInput("--dim/--shape/--seed: only with --bundle DIR");
  auto spec = Spec::fromFile(compileSpec);
  if (spec && (!execDType.empty() || !execLayout.empty()))
    spec = spec->withOverrides(execDType, execLayout);
  if (!spec)
    return badInput(toString(spec.takeError()));
  if (compileEmit == "mlir")
    return writeOutput(compileOutput, spec->str() + "\n");
  Target target;
  target.kind = compileTarget;
  target.arch = compileArch;
  JitOptions options;
  options.tileQ = execTileQ;
  options.tileK = execTileK;
  options.kvSplits = execKvSplits;
  options.hopper = execHopper;
  options.useTuneDb = !noTuneDb;
  options.tuneDbPath = tuneDb;
  if (compileEmit == "lowered-mlir") {
    auto text = lowerSpec(*spec, target, options);
    if (!text)
      return badInput(toString(text.takeError()));
    return writeOutput(compileOutput, *text + "\n");
  }
  if (compileEmit == "source") {
    auto source = emitSource(*spec, target, options);
    if (!source)
      return badInput(toString(source.takeError()));
    return writeOutput(compileOutput, *source);
  }
  // object: the JIT's shared library, copied to -o; for cuda, nvcc's
  // cubin (and the PTX for ptx); for hip, clang's HSA code object.
  if (compileOutput == "-" && compileEmit == "object")
    return badInput("--emit=object needs -o PATH");
  if (compileTarget == "cuda" || compileTarget == "hip") {
    auto binary = emitBinary(*spec, target, compileEmit, options);
    if (!binary)
      return badInput(toString(binary.takeError()));
    return writeOutput(compileOutput, *binary);
  }
  auto kernel = jit(*spec, target, options);
  if (!kernel)
    return badInput(toString(kernel.takeError()));
  auto buffer = MemoryBuffer::getFile(kernel->objectPath());
  if (!buffer)
    return badInput(kernel->objectPath() + ": cannot read");
  return writeOutput(compileOutput, (*buffer)->getBuffer());
}

CommonOptions commonOptions() {
  CommonOptions opts;
  opts.spec = execSpec;
  opts.target = execTarget;
  opts.dtype = execDType;
  opts.layout = execLayout;
  opts.dims = execDims;
  opts.inputs = runInputs;
  opts.seed = execSeed;
  opts.threads = execThreads;
  opts.tileQ = execTileQ;
  opts.tileK = execTileK;
  opts.kvSplits = execKvSplits;
  opts.denseTiles = execDense;
  opts.hopper = execHopper;
  opts.showTiles = execShowTiles;
  opts.grad = execGrad;
  opts.noTuneDb = noTuneDb;
  opts.tuneDb = tuneDb;
  opts.arch = execArch;
  opts.outputsDir = checkOutputs;
  return opts;
}
} // namespace

int main(int argc, char **argv) {
  std::string parseErrors;
  raw_string_ostream errStream(parseErrors);
  for (cl::SubCommand *sub :
       {&cl::SubCommand::getTopLevel(), &compileCmd, &runCmd, &checkCmd,
        &benchCmd, &tuneCmd})
    cl::HideUnrelatedOptions(attcOptions, *sub);
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
  if (runCmd || checkCmd || benchCmd)
    if (Error err = checkTiles())
      return badInput(toString(std::move(err)));
  if ((runCmd || checkCmd || benchCmd) && execSpec.empty() &&
      !(checkCmd && !execBundle.empty()))
    return badInput("expected a SPEC (attc run|check|bench SPEC ...)");
  if (!checkOutputs.empty() && execTarget != "cpu")
    return badInput("--outputs: checks outputs made elsewhere; --target "
                    "does not apply");
  if (runCmd)
    return runCommand(commonOptions(), runOut);
  if (checkCmd && !execBundle.empty()) {
    CommonOptions opts = commonOptions();
    if (opts.spec.empty())
      opts.spec = execBundle + "/spec.mlir";
    return checkBundleCommand(opts, execBundle, checkOutputs);
  }
  if (checkCmd)
    return checkCommand(commonOptions());
  if (benchCmd) {
    if (benchRepeats < 1)
      return badInput("--repeats: expected a positive count");
    return benchCommand(commonOptions(), benchRepeats);
  }
  if (tuneCmd) {
    TuneOptions opts;
    opts.common = commonOptions();
    // `--merge A B C` leaves B and C positional: they are databases too.
    if (!tuneMerge.empty()) {
      opts.merge.assign(tuneMerge.begin(), tuneMerge.end());
      opts.merge.insert(opts.merge.end(), tuneArgs.begin(), tuneArgs.end());
    } else if (tuneArgs.size() > 1) {
      return badInput("tune: expected one SPEC, got " +
                      Twine(tuneArgs.size()));
    } else if (!tuneArgs.empty()) {
      opts.common.spec = tuneArgs.front();
    }
    opts.budgetSeconds = tuneBudget;
    opts.repeats = tuneRepeats;
    opts.report = tuneReport;
    opts.show = tuneShow;
    opts.sweep = tuneSweep;
    if (tuneRepeats < 1)
      return badInput("--repeats: expected a positive count");
    if (tuneBudget < 0)
      return badInput("--budget: expected seconds >= 0");
    if (!tuneShard.empty()) {
      auto [i, n] = StringRef(tuneShard).split('/');
      if (i.getAsInteger(10, opts.shard) || n.getAsInteger(10, opts.shards) ||
          opts.shards < 1 || opts.shard < 0 || opts.shard >= opts.shards)
        return badInput("--shard " + tuneShard +
                        ": expected I/N with 0 <= I < N");
    }
    return tuneCommand(opts);
  }
  return badInput("expected a command: compile, run, check, bench or tune "
                  "(see attc --help)");
}
