//===- Gpu.cpp - attc on the GPU: run/check/bench, bundles ----------------===//
//
// --target=cuda|hip for run, check and bench: the JIT compiles the kernel
// into the cache (NVRTC for cuda, clang for hip), the LLVM-free launch
// runtime (libattc_cuda_rt, libattc_hip_rt) checks the views, copies the
// host arrays to the device, launches and copies back; without a device
// that launch is one line and nothing is written. Bundles carry the same
// kernels and inputs to GPU hosts without attc (tools/attc-gpu-run);
// `attc check --bundle B --outputs O` checks what came back against the
// float64 reference.
//
//===----------------------------------------------------------------------===//

#include "CliSupport.h"

#include "attc/Runtime/CudaKernelMeta.h"
#include "attc/Runtime/GpuRuntime.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

#include <unistd.h>

using namespace llvm;
using namespace attc;
using namespace attc::cli;

namespace {
/// Writes `bytes` to `path`; a one-line error naming it.
Error writeFile(const std::string &path, StringRef bytes) {
  std::error_code ec;
  raw_fd_ostream os(path, ec, sys::fs::OF_None);
  if (ec)
    return badInput(path + ": cannot write: " + ec.message());
  os << bytes;
  os.close();
  if (os.has_error())
    return badInput(path + ": write failed");
  return Error::success();
}

/// The subdirectories of `dir` that hold a q.npy (a bundle's cases), sorted.
std::vector<std::string> bundleCases(const std::string &dir) {
  std::vector<std::string> cases;
  std::error_code ec;
  for (sys::fs::directory_iterator it(dir, ec), end; it != end && !ec;
       it.increment(ec)) {
    SmallString<256> q(it->path());
    sys::path::append(q, "q.npy");
    if (sys::fs::exists(q))
      cases.push_back(sys::path::filename(it->path()).str());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

std::string pathJoin(const std::string &a, const std::string &b) {
  SmallString<256> path(a);
  sys::path::append(path, b);
  return std::string(path);
}
} // namespace

//===----------------------------------------------------------------------===//
// Running on the device
//===----------------------------------------------------------------------===//

namespace {
/// The launch runtime of a GPU target, or why this attc has none.
Expected<const GpuLaunchRuntime &> launchRuntime(const std::string &target) {
  if (const GpuLaunchRuntime *rt = findLaunchRuntime(target))
    return *rt;
  return badInput("--target=" + target + ": this attc was built without the " +
                  target + " launch runtime (cuda.h was not found)");
}

/// The arch to compile for: the flag's, else the device's ("native", the
/// backend's default, without one: the launch then says why there is none).
std::string deviceArch(const GpuLaunchRuntime &rt, const std::string &flag) {
  if (!flag.empty() && flag != "native")
    return flag;
  std::string arch;
  if (rt.deviceInfo(nullptr, &arch, nullptr))
    return "native";
  // 9.0 devices run the sm_90a kernels (wgmma-era features).
  return arch == "sm_90" ? "sm_90a" : arch;
}
} // namespace

Error cli::runOnGpu(Setup &setup, const CommonOptions &opts, int repeats,
                    std::vector<float> *times) {
  auto rt = launchRuntime(opts.target);
  if (!rt)
    return rt.takeError();
  auto kernel = jit(setup.spec, Target{opts.target, deviceArch(*rt, opts.arch)},
                    jitOptions(setup, opts));
  if (!kernel)
    return kernel.takeError();
  if (!kernel->warning().empty())
    errs() << "attc: warning: " << kernel->warning() << "\n";
  void *module = opts.target == "cuda"
                     ? static_cast<void *>(kernel->cudaModule())
                     : static_cast<void *>(kernel->hipModule());
  Problem &p = setup.problem;
  std::map<std::string, Tensor> in = views(p.inputs), out = views(p.outputs);
  auto named = [](std::map<std::string, Tensor> &views) {
    std::vector<attc_named_tensor> list;
    for (auto &[name, t] : views)
      list.push_back({name.c_str(), abiTensor(t)});
    return list;
  };
  std::vector<attc_named_tensor> cin = named(in), cout = named(out);
  std::vector<float> local(std::max(repeats, 0));
  if (rt->runHost(module, cin.data(), int32_t(cin.size()), cout.data(),
                  int32_t(cout.size()), repeats, local.data()))
    return badInput(rt->lastError());
  if (times)
    *times = std::move(local);
  return Error::success();
}

int cli::benchGpu(Setup &setup, const CommonOptions &opts, int repeats) {
  if (opts.grad)
    return fail(
        "--grad: the " + opts.target + " target has no backward pass yet", 2);
  std::vector<float> times;
  if (Error err = runOnGpu(setup, opts, repeats, &times))
    return failError(std::move(err));
  std::sort(times.begin(), times.end());
  double median = times[times.size() / 2] * 1e-3;
  // The kept pairs of these inputs, from the CPU kernel of the same spec.
  CommonOptions cpu = opts;
  cpu.target = "cpu";
  cpu.hopper = false; // a GPU kernel choice
  auto kernel = compile(setup, cpu);
  if (!kernel)
    return failError(kernel.takeError());
  auto kept = kernel->countKept(views(setup.problem.inputs));
  if (!kept)
    return failError(kept.takeError());
  const GpuLaunchRuntime &rt = *findLaunchRuntime(opts.target);
  std::string name, arch;
  int units = 0;
  rt.deviceInfo(&name, &arch, &units);
  const Dims &d = setup.dims;
  double all = double(d.v[kB]) * d.v[kHq] * d.v[kLq] * d.v[kLk];
  double tflops =
      double(*kept) * (2.0 * d.v[kD] + 2.0 * d.v[kDv]) / median / 1e12;
  outs() << formatv("bench {0}: target {1} ({2}, {3}, {4} {5}), {6}, "
                    "dtype {7}\n",
                    setup.spec.name(), opts.target, name, arch, units, rt.units,
                    dimsStr(setup.dims),
                    dtypeName(SpecImpl::of(setup.spec).info.dtype));
  outs() << formatv("  median {0:f3} ms over {1} runs (min {2:f3} ms, {3} "
                    "events)\n",
                    median * 1e3, repeats, times.front(), rt.name);
  outs() << formatv("  kept pairs {0} of {1} (density {2:f4}); FLOPs count "
                    "only kept pairs: 2*(D+Dv) each\n",
                    *kept, int64_t(all), all > 0 ? *kept / all : 0.0);
  // Dense f16/bf16 matrix-unit peaks of the parts this is meant for;
  // $ATTC_GPU_PEAK_TFLOPS names another.
  double peak = 0;
  StringRef part(name);
  if (auto env = sys::Process::GetEnv("ATTC_GPU_PEAK_TFLOPS"))
    StringRef(*env).getAsDouble(peak);
  else if (part.contains("H100") || part.contains("H200"))
    peak = 989.4;
  else if (part.contains("A100"))
    peak = 312;
  else if (part.contains("MI300X") || part.contains("MI325X"))
    peak = 1307.4;
  else if (part.contains("MI250X"))
    peak = 383;
  outs() << formatv("  {0:f1} TFLOP/s", tflops);
  if (peak > 0)
    outs() << formatv(" = {0:f1}% of the {1:f1} TFLOP/s f16/bf16 dense peak",
                      100 * tflops / peak, peak);
  outs() << "\n";
  return 0;
}

//===----------------------------------------------------------------------===//
// Outputs produced elsewhere
//===----------------------------------------------------------------------===//

Error cli::readOutputs(Setup &setup, const std::string &dir) {
  for (auto &[name, arr] : setup.problem.outputs) {
    std::string path = pathJoin(dir, name + ".npy"), error;
    NpyArray npy;
    if (!readNpy(path, npy, error))
      return badInput("--outputs: " + error);
    if (npy.shape != arr.shape) {
      std::string got, want;
      for (int64_t s : npy.shape)
        got += (got.empty() ? "" : ", ") + std::to_string(s);
      for (int64_t s : arr.shape)
        want += (want.empty() ? "" : ", ") + std::to_string(s);
      return badInput("--outputs: " + path + ": shape [" + got +
                      "] but the problem's " + name + " is [" + want + "]");
    }
    // Full precision: the comparison reads doubles.
    DType keep = npy.dtype == DType::F16 ? DType::F16 : DType::F32;
    if (std::string why = fromNpyArray(npy, keep, arr); !why.empty())
      return badInput("--outputs: " + path + ": " + why);
  }
  return Error::success();
}

int attc::checkBundleCommand(const CommonOptions &opts,
                             const std::string &bundle,
                             const std::string &outputs) {
  std::vector<std::string> cases = bundleCases(bundle);
  if (cases.empty())
    return fail("--bundle " + bundle + ": no cases (subdirectories with q.npy)",
                2);
  if (outputs.empty())
    return fail("--bundle: needs --outputs DIR (the outputs attc-gpu-run "
                "wrote for it)",
                2);
  int worst = 0;
  for (const std::string &c : cases) {
    CommonOptions one = opts;
    std::string dir = pathJoin(bundle, c);
    std::error_code ec;
    for (sys::fs::directory_iterator it(dir, ec), end; it != end && !ec;
         it.increment(ec))
      if (sys::path::extension(it->path()) == ".npy")
        one.inputs.push_back(sys::path::stem(it->path()).str() + "=" +
                             it->path());
    one.outputsDir = pathJoin(outputs, c);
    outs() << "case " << c << ":\n";
    outs().flush();
    worst = std::max(worst, checkCommand(one));
  }
  return worst;
}

//===----------------------------------------------------------------------===//
// Bundle export
//===----------------------------------------------------------------------===//

int attc::bundleCommand(const CommonOptions &opts, const std::string &dir,
                        const std::vector<std::string> &archs,
                        const std::vector<std::string> &shapes) {
  if (sys::fs::exists(dir))
    return fail("--bundle " + dir +
                    ": already exists (remove it or pick another directory)",
                2);
  // One problem per --shape (with the --dim flags), else one from --dim.
  std::vector<Setup> setups;
  std::vector<std::string> names;
  for (size_t i = 0; i < std::max<size_t>(shapes.size(), 1); ++i) {
    CommonOptions one = opts;
    if (!shapes.empty()) {
      SmallVector<StringRef> parts;
      StringRef(shapes[i]).split(parts, ',', -1, /*KeepEmpty=*/false);
      if (parts.empty())
        return fail("--shape '" + shapes[i] + "': expected NAME=N,NAME=N...",
                    2);
      for (StringRef part : parts)
        one.dims.push_back(part.trim().str());
    }
    auto setup = prepare(one);
    if (!setup)
      return failError(setup.takeError());
    std::string name;
    for (unsigned d = 0; d < kNumDims; ++d)
      name += formatv("{0}{1}{2}", d ? "-" : "", kDimNames[d], setup->dims.v[d])
                  .str();
    if (std::find(names.begin(), names.end(), name) != names.end())
      return fail("--shape '" + shapes[i] +
                      "': the same dims as another "
                      "--shape (" +
                      name + ")",
                  2);
    names.push_back(name);
    setups.push_back(std::move(*setup));
  }

  // Everything goes to a sibling directory renamed into place at the end:
  // a failed export leaves nothing half-written behind.
  std::string tmp = dir + ".partial-" + std::to_string(::getpid());
  struct Cleanup {
    std::string path;
    ~Cleanup() {
      if (!path.empty())
        sys::fs::remove_directories(path);
    }
  } cleanup{tmp};
  if (std::error_code ec = sys::fs::create_directories(tmp))
    return fail(
        "--bundle " + dir + ": cannot create " + tmp + ": " + ec.message(), 2);

  Setup &first = setups.front();
  JitOptions jo = jitOptions(first, opts);
  jo.tuneDims.clear(); // one kernel serves every case
  const GpuKernelAbi *abi = findKernelAbi(opts.target);
  if (!abi)
    return fail("--bundle: only for --target=cuda or hip", 2);
  std::string meta;
  for (const std::string &arch : archs) {
    Target target{opts.target, arch};
    auto image = emitBinary(first.spec, target, "object", jo);
    if (!image)
      return failError(image.takeError());
    if (Error err = writeFile(pathJoin(tmp, abi->imageFile(arch)), *image))
      return failError(std::move(err));
    auto text = emitLaunchMetadata(first.spec, target, archs, jo);
    if (!text)
      return failError(text.takeError());
    if (!meta.empty() && *text != meta)
      return fail("--arch: the kernels differ between " + archs.front() +
                      " and " + arch + " (export them as separate bundles)",
                  2);
    meta = *text;
  }
  if (Error err = writeFile(pathJoin(tmp, kCudaMetaFile), meta))
    return failError(std::move(err));
  if (Error err = writeFile(pathJoin(tmp, "spec.mlir"), first.spec.str()))
    return failError(std::move(err));

  // The kept pairs of each case (for TFLOP/s on the GPU host) come from
  // the CPU kernel of the same spec.
  CommonOptions cpu = opts;
  cpu.target = "cpu";
  cpu.hopper = false; // a GPU kernel choice
  auto kernel = compile(first, cpu);
  if (!kernel)
    return failError(kernel.takeError());
  for (size_t i = 0; i < setups.size(); ++i) {
    Problem &p = setups[i].problem;
    std::string caseDir = pathJoin(tmp, names[i]);
    if (std::error_code ec = sys::fs::create_directories(caseDir))
      return fail(caseDir + ": cannot create: " + ec.message(), 2);
    for (auto &[name, arr] : p.inputs) {
      std::string error;
      if (!writeNpy(pathJoin(caseDir, name + ".npy"), arr.toNpy(), error))
        return fail("--bundle: " + error, 2);
    }
    auto kept = kernel->countKept(views(p.inputs));
    if (!kept)
      return failError(kept.takeError());
    std::string info = formatv("dims {0}\nseed {1}\nkept_pairs {2}\n",
                               dimsStr(setups[i].dims), opts.seed, *kept);
    if (Error err = writeFile(pathJoin(caseDir, "case.txt"), info))
      return failError(std::move(err));
  }
  if (std::error_code ec = sys::fs::rename(tmp, dir))
    return fail("--bundle " + dir + ": cannot rename " + tmp +
                    " into place: " + ec.message(),
                2);
  cleanup.path.clear();
  std::string archList;
  for (const std::string &a : archs)
    archList += (archList.empty() ? "" : ", ") + a;
  outs() << "wrote bundle " << dir << ": " << first.spec.name() << " for "
         << archList << ", " << setups.size() << " case(s)\n";
  return 0;
}
