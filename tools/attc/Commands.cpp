//===- Commands.cpp - attc run, check and bench ---------------------------===//

#include "Commands.h"
#include "Problem.h"
#include "CliSupport.h"

#include "../../lib/API/SpecImpl.h"
#include "attc/Reference/Reference.h"
#include "attc/Spec/RawSpec.h"
#include "attc_abi.h"
#include "attc_types.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <cmath>
#include <random>

#include <unistd.h>

using namespace llvm;
using namespace attc;

//===----------------------------------------------------------------------===//
// Options shared by run, check and bench
//===----------------------------------------------------------------------===//

namespace attc::cli {
/// Sizes used for dims that neither the spec, --dim nor an array gives.
const int64_t kDefaultDims[7] = {1, 4, -1, 256, 256, 64, -1};
constexpr int64_t kMaxElements = int64_t(1) << 31;

Error badInput(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

Expected<std::map<std::string, std::string>>
parsePairs(const std::vector<std::string> &items, StringRef flag) {
  std::map<std::string, std::string> pairs;
  for (const std::string &item : items) {
    auto [name, value] = StringRef(item).split('=');
    if (name.empty() || value.empty() || !StringRef(item).contains('='))
      return badInput("--" + flag + " " + item + ": expected NAME=VALUE");
    if (pairs.count(name.str()))
      return badInput("--" + flag + " " + name + " given twice");
    pairs[name.str()] = value.str();
  }
  return pairs;
}

/// Resolves every dim from the spec, --dim and the given arrays' shapes.
Expected<Dims> resolveDims(const SpecInfo &info,
                           const std::map<std::string, std::string> &dimFlags,
                           const std::map<std::string, NpyArray> &given) {
  DimsResolver resolver(info);
  for (auto &[name, value] : dimFlags) {
    int idx = -1;
    for (unsigned i = 0; i < kNumDims; ++i)
      if (name == kDimNames[i])
        idx = int(i);
    if (idx < 0)
      return badInput("--dim " + name +
                      ": unknown dim (expected B, Hq, Hkv, Lq, Lk, D or Dv)");
    int64_t size;
    if (StringRef(value).getAsInteger(10, size) || size < 0 ||
        size > (int64_t(1) << 31))
      return badInput("--dim " + name + "=" + value +
                      ": expected a non-negative integer");
    if ((idx == kHq || idx == kHkv || idx == kD || idx == kDv) && size == 0)
      return badInput("--dim " + name +
                      "=0: head counts and head dims "
                      "must be positive");
    if (Error err = resolver.bind(idx, size, "--dim " + name))
      return std::move(err);
  }
  // q/k/v arrays in the caller's layout, then inputs whose shape names a
  // dim.
  for (const char *which : {"q", "k", "v"})
    if (auto it = given.find(which); it != given.end())
      if (Error err = resolver.bindTensor(which, it->second.shape,
                                          std::string("--input ") + which))
        return std::move(err);
  for (const SpecInfo::Input &in : info.inputs)
    if (auto it = given.find(in.name); it != given.end())
      if (Error err =
              resolver.bindInput(in, it->second.shape, "--input " + in.name))
        return std::move(err);
  return resolver.finish(kDefaultDims);
}

/// Reads a --input file, converting f32 to the wanted storage type.
Expected<HostArray> fromNpy(const std::string &name, const std::string &path,
                            const NpyArray &arr, DType want) {
  HostArray a;
  if (std::string why = fromNpyArray(arr, want, a); !why.empty())
    return badInput("--input " + name + "=" + path + ": " + why);
  return a;
}

Expected<Setup> prepare(const CommonOptions &opts) {
  auto spec = Spec::fromFile(opts.spec);
  if (!spec)
    return spec.takeError();
  if (!opts.dtype.empty() || !opts.layout.empty()) {
    spec = spec->withOverrides(opts.dtype, opts.layout);
    if (!spec)
      return spec.takeError();
  }
  const SpecInfo &info = SpecImpl::of(*spec).info;
  auto dimFlags = parsePairs(opts.dims, "dim");
  if (!dimFlags)
    return dimFlags.takeError();
  auto inputFlags = parsePairs(opts.inputs, "input");
  if (!inputFlags)
    return inputFlags.takeError();
  std::map<std::string, NpyArray> given;
  for (auto &[name, path] : *inputFlags) {
    bool known =
        name == "q" || name == "k" || name == "v" ||
        (opts.grad && (name == "do" || (name == "dlse" && info.wants("lse"))));
    for (const SpecInfo::Input &in : info.inputs)
      known |= in.name == name;
    if (!known)
      return badInput("--input " + name + ": the spec has no input '" + name +
                      "' (q, k, v, its declared inputs" +
                      (opts.grad ? " and do" : "") +
                      (opts.grad && info.wants("lse") ? ", dlse" : "") + ")");
    std::string error;
    if (!readNpy(path, given[name], error))
      return badInput("--input " + name + ": " + error);
  }
  auto dims = resolveDims(info, *dimFlags, given);
  if (!dims)
    return dims.takeError();

  // Hostile dims must give a message, not an out-of-memory abort: all the
  // host arrays together must fit in this machine's memory. In double, as
  // the products can overflow int64.
  double needBytes = 0;
  auto addBytes = [&](DType dtype, const std::vector<int64_t> &shape) {
    double n = double(dtypeSize(dtype));
    for (int64_t s : shape)
      n *= double(s);
    needBytes += n;
  };
  for (const char *which : {"q", "k", "v", "o"})
    addBytes(info.dtype, qkvoShape(info, *dims, which));
  for (const SpecInfo::Input &in : info.inputs) {
    std::vector<int64_t> shape;
    for (auto [dim, size] : in.shape)
      shape.push_back(dim >= 0 ? dims->v[dim] : size);
    addBytes(in.dtype, shape);
  }
  for (const char *side : {"lse", "max"})
    if (info.wants(side))
      addBytes(DType::F32, {dims->v[0], dims->v[1], dims->v[3]});
  double haveBytes = double(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGE_SIZE);
  if (haveBytes > 0 && needBytes > haveBytes)
    return badInput(formatv("the inputs and outputs of these dims need {0:F1} "
                            "GiB, more than the {1:F1} GiB of memory here",
                            needBytes / (1 << 30), haveBytes / (1 << 30))
                        .str());

  Setup setup{std::move(*spec), *dims, {}};
  std::mt19937_64 rng(opts.seed);
  std::normal_distribution<double> normal;
  auto makeInput = [&](const std::string &name, DType dtype,
                       std::vector<int64_t> shape) -> Error {
    int64_t n = 1;
    for (int64_t s : shape) {
      if (s > 0 && n > kMaxElements / s)
        return badInput(name + ": " + Twine(n) + " x " + Twine(s) +
                        " elements is too large");
      n *= s;
    }
    if (auto it = given.find(name); it != given.end()) {
      if (it->second.shape != shape)
        return badInput("--input " + name +
                        ": shape does not match the "
                        "resolved dims");
      auto arr = fromNpy(name, (*inputFlags)[name], it->second, dtype);
      if (!arr)
        return arr.takeError();
      setup.problem.inputs[name] = std::move(*arr);
      return Error::success();
    }
    HostArray a = HostArray::make(dtype, shape);
    for (int64_t i = 0; i < n; ++i) {
      if (dtype == DType::I32 || dtype == DType::I64)
        a.set(i, double(rng() % 4));
      else if (dtype == DType::Bool)
        a.set(i, double(rng() % 2));
      else
        a.set(i, normal(rng));
    }
    setup.problem.inputs[name] = std::move(a);
    setup.problem.generated.push_back(name);
    return Error::success();
  };
  for (const char *which : {"q", "k", "v"})
    if (Error err = makeInput(which, info.dtype, qkvoShape(info, *dims, which)))
      return std::move(err);
  for (const SpecInfo::Input &in : info.inputs) {
    std::vector<int64_t> shape;
    for (auto [dim, size] : in.shape)
      shape.push_back(dim >= 0 ? dims->v[dim] : size);
    if (Error err = makeInput(in.name, in.dtype, shape))
      return std::move(err);
  }
  std::vector<int64_t> rowShape =
      info.bshd ? std::vector<int64_t>{dims->v[0], dims->v[3], dims->v[1]}
                : std::vector<int64_t>{dims->v[0], dims->v[1], dims->v[3]};
  // --grad: the gradients of o and, when the spec outputs it, of lse (the
  // loss <do, o> + <dlse, lse>), kept out of the forward's views.
  if (opts.grad)
    if (Error err = makeInput("do", info.dtype, qkvoShape(info, *dims, "o")))
      return std::move(err);
  if (opts.grad && info.wants("lse"))
    if (Error err = makeInput("dlse", DType::F32, rowShape))
      return std::move(err);
  // Outputs, poisoned so an unwritten element shows.
  auto poisoned = [&](DType dtype, std::vector<int64_t> shape) {
    HostArray a = HostArray::make(dtype, shape);
    for (int64_t i = 0; i < a.numElements(); ++i)
      a.set(i, NAN);
    return a;
  };
  setup.problem.outputs["o"] =
      poisoned(info.dtype, qkvoShape(info, *dims, "o"));
  for (const char *side : {"lse", "max"})
    if (info.wants(side))
      setup.problem.outputs[side] = poisoned(DType::F32, rowShape);
  return setup;
}

std::map<std::string, Tensor> views(std::map<std::string, HostArray> &arrays) {
  std::map<std::string, Tensor> out;
  for (auto &[name, a] : arrays)
    if (name != "do" && name != "dlse")
      out[name] = a.view();
  return out;
}

/// The gradient arrays of a backward: dq, dk, dv in the spec's dtype and
/// d<name> (f32) for every float input.
std::map<std::string, HostArray> makeGrads(Setup &setup) {
  const SpecInfo &info = SpecImpl::of(setup.spec).info;
  Problem &p = setup.problem;
  std::map<std::string, HostArray> grads;
  for (const char *which : {"q", "k", "v"})
    grads[std::string("d") + which] =
        HostArray::make(info.dtype, p.inputs[which].shape);
  for (const SpecInfo::Input &in : info.inputs)
    if (in.dtype == DType::F32 || in.dtype == DType::F16 ||
        in.dtype == DType::BF16)
      grads["d" + in.name] =
          HostArray::make(DType::F32, p.inputs[in.name].shape);
  return grads;
}

/// The backward of the problem's do (and dlse) into `grads` (every element
/// is written).
Error runBackwardInto(const Kernel &kernel, Setup &setup,
                      const CommonOptions &opts,
                      std::map<std::string, HostArray> &grads) {
  Problem &p = setup.problem;
  auto in = views(p.inputs);
  in["do"] = p.inputs["do"].view();
  if (p.inputs.count("dlse"))
    in["dlse"] = p.inputs["dlse"].view();
  // What the forward saved: o when no epilogue changed it, lse when the
  // spec outputs it; the backward recomputes the rest.
  if (!SpecImpl::of(setup.spec).spec().getEpilogueOp())
    in["o"] = p.outputs["o"].view();
  if (p.outputs.count("lse"))
    in["lse"] = p.outputs["lse"].view();
  return kernel.backward(in, views(grads), opts.threads);
}

/// --grad: runs the backward of L = <do, o> after the forward has filled
/// `p.outputs`; the gradients by name: dq, dk, dv (the spec's dtype) and
/// d<input> (f32) for every float input.
Expected<std::map<std::string, HostArray>>
runBackward(const Kernel &kernel, Setup &setup, const CommonOptions &opts) {
  std::map<std::string, HostArray> grads = makeGrads(setup);
  if (Error err = runBackwardInto(kernel, setup, opts, grads))
    return std::move(err);
  return grads;
}

JitOptions jitOptions(const Setup &setup, const CommonOptions &opts) {
  JitOptions jo;
  jo.tileQ = opts.tileQ;
  jo.tileK = opts.tileK;
  jo.kvSplits = opts.kvSplits;
  jo.denseTiles = opts.denseTiles;
  jo.hopper = opts.hopper;
  jo.backward = opts.grad;
  jo.headsPerTask = opts.headsPerTask;
  jo.useTuneDb = !opts.noTuneDb;
  jo.tuneDbPath = opts.tuneDb;
  jo.tuneDims.assign(setup.dims.v, setup.dims.v + kNumDims);
  return jo;
}

/// Whether the HIP kernels run on this CPU through the emulator.
bool hipEmulated(const CommonOptions &opts) {
  return opts.target == "hip" && opts.arch == "emulated";
}

bool onGpu(const CommonOptions &opts) {
  return opts.target == "cuda" || (opts.target == "hip" && !hipEmulated(opts));
}

Expected<Kernel> compile(Setup &setup, const CommonOptions &opts) {
  Target target = Target::cpu();
  if (hipEmulated(opts))
    target = Target{"hip", "emulated"};
  else if (opts.target != "cpu")
    return badInput("--target=" + opts.target + ": expected cpu, cuda or hip");
  auto kernel = jit(setup.spec, target, jitOptions(setup, opts));
  if (kernel && !kernel->warning().empty())
    errs() << "attc: warning: " << kernel->warning() << "\n";
  return kernel;
}

/// The tile classification line of check and bench, and with `grid` the
/// classes of batch 0, head 0.
Error printTiles(const Kernel &kernel,
                 const std::map<std::string, Tensor> &inputs, bool grid) {
  auto stats = kernel.tileStats(inputs);
  if (!stats)
    return stats.takeError();
  double all = double(stats->total);
  outs() << formatv("  tiles {0}x{1}: visited {2} of {3} (visited-tile "
                    "density {4:f4}), {5} full, {6} partial\n",
                    stats->tileQ, stats->tileK, stats->visited, stats->total,
                    all > 0 ? stats->visited / all : 0.0, stats->full,
                    stats->visited - stats->full);
  if (grid)
    outs() << "  tile classes of batch 0, head 0 ('.' skipped, 'P' "
              "partial, 'F' full):\n"
           << stats->grid;
  return Error::success();
}

int fail(const Twine &message, int code) {
  errs() << "attc: " << message << "\n";
  return code;
}

int failError(Error err, int code) {
  std::string message = toString(std::move(err));
  return fail(message, code);
}

std::string dimsStr(const Dims &dims) {
  std::string s;
  for (int i = 0; i < 7; ++i)
    s += formatv("{0}{1}={2}", i ? " " : "", kDimNames[i], dims.v[i]).str();
  return s;
}

/// A logical-order (b,h,l,d) copy as doubles of a bhsd/bshd array.
RefTensor toLogical(const HostArray &a, bool bshd) {
  RefTensor t;
  int64_t B = a.shape[0], X = a.shape[1], Y = a.shape[2], Z = a.shape[3];
  t.shape = bshd ? std::vector<int64_t>{B, Y, X, Z}
                 : std::vector<int64_t>{B, X, Y, Z};
  t.data.resize(a.numElements());
  for (int64_t b = 0; b < B; ++b)
    for (int64_t x = 0; x < X; ++x)
      for (int64_t y = 0; y < Y; ++y)
        for (int64_t z = 0; z < Z; ++z) {
          int64_t src = ((b * X + x) * Y + y) * Z + z;
          int64_t dst = bshd ? ((b * Y + y) * X + x) * Z + z : src;
          t.data[dst] = a.get(src);
        }
  return t;
}
} // namespace attc::cli

using namespace attc::cli;

//===----------------------------------------------------------------------===//
// Commands
//===----------------------------------------------------------------------===//

/// Runs the setup's kernel on opts.target into its outputs; the CPU kernel
/// when it ran there (tile statistics, the backward).
static Expected<std::optional<Kernel>> execute(Setup &setup,
                                               const CommonOptions &opts) {
  if (onGpu(opts)) {
    if (opts.grad)
      return badInput("--grad: the " + opts.target +
                      " target has no backward pass yet");
    if (Error err = runOnGpu(setup, opts, 0, nullptr))
      return std::move(err);
    return std::nullopt;
  }
  if (opts.grad && hipEmulated(opts))
    return badInput("--grad: the hip target has no backward pass yet");
  auto kernel = compile(setup, opts);
  if (!kernel)
    return kernel.takeError();
  Problem &p = setup.problem;
  if (Error err = kernel->run(views(p.inputs), views(p.outputs), opts.threads))
    return std::move(err);
  if (opts.target != "cpu") // the emulator has no tile statistics
    return std::nullopt;
  return std::optional<Kernel>(std::move(*kernel));
}

int attc::runCommand(const CommonOptions &opts, const std::string &outDir) {
  auto setup = prepare(opts);
  if (!setup)
    return failError(setup.takeError());
  auto kernel = execute(*setup, opts);
  if (!kernel)
    return failError(kernel.takeError());
  Problem &p = setup->problem;
  if (std::error_code ec = sys::fs::create_directories(outDir))
    return fail("--out " + outDir + ": cannot create: " + ec.message(), 2);
  auto write = [&](const std::string &name, const HostArray &a) -> bool {
    SmallString<256> path(outDir);
    sys::path::append(path, name + ".npy");
    HostArray out = a;
    if (name == "o" && a.dtype != DType::F32) {
      out = HostArray::make(DType::F32, a.shape);
      for (int64_t i = 0; i < a.numElements(); ++i)
        out.set(i, a.get(i));
    }
    std::string error;
    if (!writeNpy(std::string(path), out.toNpy(), error)) {
      errs() << "attc: --out: " << error << "\n";
      return false;
    }
    outs() << "wrote " << path << "\n";
    return true;
  };
  for (auto &[name, a] : p.outputs)
    if (!write(name, a))
      return 2;
  if (opts.grad) {
    auto grads = runBackward(**kernel, *setup, opts);
    if (!grads)
      return failError(grads.takeError());
    for (auto &[name, a] : *grads) {
      HostArray out = a;
      if (a.dtype != DType::F32) {
        out = HostArray::make(DType::F32, a.shape);
        for (int64_t i = 0; i < a.numElements(); ++i)
          out.set(i, a.get(i));
      }
      if (!write(name, out))
        return 2;
    }
  }
  for (const std::string &name : p.generated)
    if (!write(name, p.inputs[name]))
      return 2;
  return 0;
}

int attc::checkCommand(const CommonOptions &opts) {
  auto setup = prepare(opts);
  if (!setup)
    return failError(setup.takeError());
  // --outputs: what a kernel wrote elsewhere (a GPU host), on these inputs.
  std::optional<Kernel> kernel;
  if (!opts.outputsDir.empty()) {
    if (Error err = readOutputs(*setup, opts.outputsDir))
      return failError(std::move(err));
  } else {
    auto ran = execute(*setup, opts);
    if (!ran)
      return failError(ran.takeError());
    kernel = std::move(*ran);
  }
  Problem &p = setup->problem;

  const SpecInfo &info = SpecImpl::of(setup->spec).info;
  const Dims &d = setup->dims;
  RefProblem ref;
  ref.B = d.v[0];
  ref.Hq = d.v[1];
  ref.Hkv = d.v[2];
  ref.Lq = d.v[3];
  ref.Lk = d.v[4];
  ref.D = d.v[5];
  ref.Dv = d.v[6];
  ref.q = toLogical(p.inputs["q"], info.bshd);
  ref.k = toLogical(p.inputs["k"], info.bshd);
  ref.v = toLogical(p.inputs["v"], info.bshd);
  for (const SpecInfo::Input &in : info.inputs) {
    const HostArray &a = p.inputs[in.name];
    RefTensor t{a.shape, std::vector<double>(a.numElements())};
    for (int64_t i = 0; i < a.numElements(); ++i)
      t.data[i] = a.get(i);
    ref.inputs.push_back(std::move(t));
  }
  RefResult result;
  std::string error;
  if (!runReference(SpecImpl::of(setup->spec).spec(), ref, result, error))
    return fail(opts.spec + ": " + error, 2);

  // A reference that is NaN (or an infinite o) somewhere says the spec
  // itself is undefined on these inputs: say where, instead of blaming the
  // kernel.
  for (auto &[name, got] : p.outputs) {
    const RefTensor &want = name == "o"     ? result.o
                            : name == "lse" ? result.lse
                                            : result.max;
    bool rows = name != "o";
    for (size_t i = 0; i < want.data.size(); ++i) {
      double r = want.data[i];
      if (!std::isnan(r) && (rows || std::isfinite(r)))
        continue;
      int64_t inner = rows ? 1 : d.v[kDv], x = int64_t(i) % inner;
      int64_t row = int64_t(i) / inner;
      std::string where =
          formatv("b={0}, h={1}, q={2}", row / (d.v[kHq] * d.v[kLq]),
                  row / d.v[kLq] % d.v[kHq], row % d.v[kLq]);
      if (!rows)
        where += formatv(", d={0}", x).str();
      return fail(opts.spec + ": the float64 reference itself is not finite (" +
                      name + "[" + where + "] = " + formatv("{0}", r).str() +
                      "): the spec's stages are undefined on these inputs, "
                      "so the kernel cannot be checked",
                  1);
    }
  }

  // Normwise relative error: max |x - ref| / max |ref|, where a NaN or a
  // mismatched infinity counts as an infinite error.
  auto compare = [&](const HostArray &got, const RefTensor &want,
                     bool rows) -> std::pair<double, double> {
    double maxAbs = 0, maxRef = 0;
    int64_t B = d.v[0], H = d.v[1], L = d.v[3];
    int64_t inner = rows ? 1 : d.v[6];
    for (int64_t b = 0; b < B; ++b)
      for (int64_t h = 0; h < H; ++h)
        for (int64_t l = 0; l < L; ++l)
          for (int64_t x = 0; x < inner; ++x) {
            int64_t logical = ((b * H + h) * L + l) * inner + x;
            int64_t stored =
                info.bshd ? ((b * L + l) * H + h) * inner + x : logical;
            double g = got.get(stored), r = want.data[logical];
            double e;
            if (std::isnan(g) || std::isnan(r))
              e = INFINITY;
            else if (std::isinf(g) || std::isinf(r))
              e = g == r ? 0 : INFINITY;
            else
              e = std::fabs(g - r);
            maxAbs = std::max(maxAbs, e);
            if (std::isfinite(r))
              maxRef = std::max(maxRef, std::fabs(r));
          }
    return {maxAbs, maxAbs / std::max(maxRef, 1e-30)};
  };
  // f32 specs run in bf16 on the tensor cores (README, CUDA backend), so
  // their GPU outputs (and outputs made elsewhere) get the 16-bit bound.
  // So do the HIP kernels' (MFMA), emulated or not.
  bool f32Path = info.dtype == DType::F32 && opts.target == "cpu" &&
                 opts.outputsDir.empty();
  double tol = f32Path ? 1e-5 : 1e-2;
  bool ok = true;
  std::string ran = opts.outputsDir.empty() ? "target " + opts.target
                                            : "outputs " + opts.outputsDir;
  outs() << formatv("check {0}: {1}, {2}, dtype {3}, seed {4}\n", info.name,
                    ran, dimsStr(d), dtypeName(info.dtype), opts.seed);
  for (auto &[name, got] : p.outputs) {
    const RefTensor &want = name == "o"     ? result.o
                            : name == "lse" ? result.lse
                                            : result.max;
    auto [absErr, relErr] = compare(got, want, name != "o");
    // A zero reference (e.g. every row fully masked) needs exact zeros.
    bool pass = relErr <= tol || absErr <= tol * 1e-3;
    ok &= pass;
    outs() << formatv("  {0,-4} max abs error {1:e3}, max rel error {2:e3} "
                      "(tolerance {3:e1}) {4}\n",
                      name, absErr, relErr, tol, pass ? "ok" : "FAILED");
  }
  if (opts.grad && !kernel)
    return fail("--grad: needs the kernel run here (not --outputs)", 2);
  if (opts.grad) {
    auto grads = runBackward(*kernel, *setup, opts);
    if (!grads)
      return failError(grads.takeError());
    RefTensor dout = toLogical(p.inputs["do"], info.bshd);
    // dlse as [B, Lq, Hq, 1] (bshd) or [B, Hq, Lq, 1]: toLogical's 4-d
    // permutation puts it in the reference's [B, Hq, Lq] order.
    std::optional<RefTensor> dlse;
    if (p.inputs.count("dlse")) {
      HostArray rows = p.inputs["dlse"];
      rows.shape.push_back(1);
      dlse = toLogical(rows, info.bshd);
    }
    const RefTensor *dlsePtr = dlse ? &*dlse : nullptr;
    RefGrads want;
    if (!runReferenceBackward(SpecImpl::of(setup->spec).spec(), ref, dout, want,
                              error, dlsePtr))
      return fail(opts.spec + ": " + error, 2);
    // f32: 1e-4 relative. f16/bf16: FlashAttention's rule, at most twice
    // the error of the naive backward in the same precision (the reference
    // with its materialized matrices rounded to the dtype).
    const bool lowPrecision = info.dtype != DType::F32;
    RefGrads naive;
    double (*roundFn)(double) =
        info.dtype == DType::F16
            ? +[](double x) { return roundToDType(DType::F16, x); }
            : +[](double x) { return roundToDType(DType::BF16, x); };
    if (lowPrecision &&
        !runReferenceBackward(SpecImpl::of(setup->spec).spec(), ref, dout,
                              naive, error, dlsePtr, roundFn))
      return fail(opts.spec + ": " + error, 2);
    const double gradTol = 1e-4;
    auto compareFlat = [](const HostArray &got, const RefTensor &ref,
                          bool bshd) {
      RefTensor g = bshd ? toLogical(got, true) : RefTensor{};
      double maxAbs = 0, maxRef = 0;
      for (size_t i = 0; i < ref.data.size(); ++i) {
        double x = bshd ? g.data[i] : got.get(int64_t(i)), r = ref.data[i];
        double e = std::isfinite(x) ? std::fabs(x - r) : INFINITY;
        maxAbs = std::max(maxAbs, e);
        maxRef = std::max(maxRef, std::fabs(r));
      }
      return std::pair<double, double>{maxAbs,
                                       maxAbs / std::max(maxRef, 1e-30)};
    };
    // Gradients that vanish in exact arithmetic (one kept key: dS' = 0)
    // are compared against the scale of all of them: dq, dk, dv together.
    double floor = 0;
    for (const RefTensor *t : {&want.dq, &want.dk, &want.dv})
      for (double x : t->data)
        floor = std::max(floor, std::fabs(x));
    for (auto &[name, got] : *grads) {
      const RefTensor *r = name == "dq"   ? &want.dq
                           : name == "dk" ? &want.dk
                           : name == "dv" ? &want.dv
                                          : nullptr;
      bool qkv = r != nullptr;
      for (size_t i = 0; !r && i < info.inputs.size(); ++i)
        if ("d" + info.inputs[i].name == name)
          r = &want.dinputs[i];
      auto [absErr, relErr] = compareFlat(got, *r, qkv && info.bshd);
      if (!lowPrecision) {
        bool pass = relErr <= gradTol || absErr <= gradTol * floor;
        ok &= pass;
        outs() << formatv("  {0,-4} max abs error {1:e3}, max rel error "
                          "{2:e3} (tolerance {3:e1}) {4}\n",
                          name, absErr, relErr, gradTol,
                          pass ? "ok" : "FAILED");
        continue;
      }
      // The naive gradient as the kernel's is stored: in the dtype for
      // dq/dk/dv (already rounded), as computed for the inputs'.
      const RefTensor &naiveRef = qkv ? (name == "dq"   ? naive.dq
                                         : name == "dk" ? naive.dk
                                                        : naive.dv)
                                      : naive.dinputs[r - want.dinputs.data()];
      double naiveErr = 0;
      for (size_t i = 0; i < r->data.size(); ++i)
        naiveErr = std::max(naiveErr, std::fabs(naiveRef.data[i] - r->data[i]));
      // An absolute floor for gradients the naive one gets exactly.
      double bound = 2 * naiveErr + 1e-3 * floor;
      bool pass = absErr <= bound;
      ok &= pass;
      outs() << formatv("  {0,-4} max abs error {1:e3}, max rel error {2:e3} "
                        "(naive {3:e3}, bound 2x naive {4:e3}) {5}\n",
                        name, absErr, relErr, naiveErr, bound,
                        pass ? "ok" : "FAILED");
    }
  }
  if (opts.showTiles && kernel)
    if (Error err = printTiles(*kernel, views(p.inputs)))
      return failError(std::move(err));
  outs().flush();
  if (!ok)
    return fail(opts.spec + ": the kernel's output differs from the float64 "
                            "reference beyond the tolerance",
                1);
  return 0;
}

int attc::benchCommand(const CommonOptions &opts, int repeats) {
  auto setup = prepare(opts);
  if (!setup)
    return failError(setup.takeError());
  if (onGpu(opts))
    return benchGpu(*setup, opts, repeats);
  if (hipEmulated(opts))
    return failError(badInput("--arch=emulated: bench would time the host "
                              "emulator, not a GPU (use run or check)"));
  auto jitStart = std::chrono::steady_clock::now();
  auto kernel = compile(*setup, opts);
  if (!kernel)
    return failError(kernel.takeError());
  double jitSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - jitStart)
          .count();
  Problem &p = setup->problem;
  auto in = views(p.inputs), out = views(p.outputs);
  if (Error err = kernel->run(in, out, opts.threads)) // warm-up
    return failError(std::move(err));
  std::vector<double> times;
  for (int i = 0; i < repeats; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    if (Error err = kernel->run(in, out, opts.threads))
      return failError(std::move(err));
    times.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count());
  }
  std::sort(times.begin(), times.end());
  double median = times[times.size() / 2];
  auto kept = kernel->countKept(in);
  if (!kept)
    return failError(kept.takeError());
  const Dims &d = setup->dims;
  double all = double(d.v[0]) * d.v[1] * d.v[3] * d.v[4];
  double flops = double(*kept) * (2.0 * d.v[5] + 2.0 * d.v[6]);
  auto peak = measureFmaPeak(opts.threads);
  if (!peak)
    return failError(peak.takeError());
  double gflops = flops / median / 1e9;
  outs() << formatv("bench {0}: target cpu, {1}, dtype {2}\n",
                    setup->spec.name(), dimsStr(d),
                    dtypeName(SpecImpl::of(setup->spec).info.dtype));
  outs() << formatv("  jit {0:f1} ms ({1})\n", jitSeconds * 1e3,
                    kernel->fromCache() ? "loaded from the cache" : "compiled");
  const KernelSchedule &sched = kernel->schedule();
  outs() << formatv("  schedule tile_q={0} tile_k={1} heads_per_task={2} "
                    "({3})\n",
                    sched.tileQ, sched.tileK, sched.headsPerTask,
                    sched.tuned ? "from the tuning database" : "not tuned");
  outs() << formatv("  median {0:f3} ms over {1} runs (min {2:f3} ms)\n",
                    median * 1e3, repeats, times.front() * 1e3);
  outs() << formatv("  kept pairs {0} of {1} (density {2:f4}); FLOPs count "
                    "only kept pairs: 2*(D+Dv) each\n",
                    *kept, int64_t(all), all > 0 ? *kept / all : 0.0);
  outs() << formatv("  {0:f1} GFLOP/s = {1:f1}% of the measured f32 FMA "
                    "peak ({2:f1} GFLOP/s)\n",
                    gflops, 100.0 * gflops / *peak, *peak);
  if (opts.grad) {
    std::vector<double> bwd;
    // The gradients are allocated (and first touched) once, as a training
    // step reuses its buffers; only the backward itself is timed.
    std::map<std::string, HostArray> grads = makeGrads(*setup);
    for (int i = 0; i <= repeats; ++i) { // the first is a warm-up
      auto t0 = std::chrono::steady_clock::now();
      if (Error err = runBackwardInto(*kernel, *setup, opts, grads))
        return failError(std::move(err));
      if (i)
        bwd.push_back(std::chrono::duration<double>(
                          std::chrono::steady_clock::now() - t0)
                          .count());
    }
    std::sort(bwd.begin(), bwd.end());
    double bwdMedian = bwd[bwd.size() / 2];
    bool saved = !SpecImpl::of(setup->spec).spec().getEpilogueOp() &&
                 (p.outputs.count("lse") ||
                  !isa<attn::SoftmaxOp>(
                      SpecImpl::of(setup->spec).spec().getNormalizer()));
    outs() << formatv("  backward median {0:f3} ms over {1} runs (min {2:f3} "
                      "ms) = {3:f2}x the forward ({4})\n",
                      bwdMedian * 1e3, repeats, bwd.front() * 1e3,
                      bwdMedian / median,
                      saved ? "o and lse from the forward"
                            : "recomputing the forward's o and lse");
  }
  if (Error err = printTiles(*kernel, in, opts.showTiles))
    return failError(std::move(err));
  return 0;
}
