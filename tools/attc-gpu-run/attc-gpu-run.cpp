//===- attc-gpu-run.cpp - run attc GPU bundles on a GPU host --------------===//
//
//   attc-gpu-run BUNDLE_DIR [--out DIR] [--bench N]
//
// BUNDLE_DIR is one bundle (kernel.meta, kernel.<arch>.cubin or .hsaco, one
// directory of .npy inputs per case), as `attc compile --target=cuda|hip
// --bundle` writes it, or a directory of bundles. For each case: the inputs
// go to the device, the kernel runs once (plus N runs timed with CUDA or
// HIP events), and the outputs come back as
// DIR/[<bundle>/]<case>/{o,lse,max}.npy (f32); DIR/timings.csv has one row
// per case. `attc check --bundle B --outputs DIR[/<bundle>]` then checks
// them against the float64 reference on any machine with attc. Needs only
// the launch runtimes it was built with (libattc_cuda_rt, libattc_hip_rt)
// and their drivers (build.sh; build.sh --hip on AMD hosts): a bundle's
// kernel.meta says which runtime runs it.
//
// Exit codes: 0 every case ran, 1 a case failed, 2 bad input or no device.
//
//===----------------------------------------------------------------------===//

#include "attc/HostArray.h"
#include "attc/Runtime/CudaKernelMeta.h"
#include "attc/Runtime/GpuRuntime.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>

using namespace attc;

namespace {
int usage(const std::string &why) {
  std::fprintf(stderr,
               "attc-gpu-run: %s\nusage: attc-gpu-run BUNDLE_DIR [--out DIR] "
               "[--bench N]\n",
               why.c_str());
  return 2;
}

bool isFile(const std::string &path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

/// The subdirectories of `dir` holding `marker`, sorted.
std::vector<std::string> subdirsWith(const std::string &dir,
                                     const std::string &marker) {
  std::vector<std::string> names;
  if (DIR *d = opendir(dir.c_str())) {
    while (dirent *e = readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != ".." && isFile(dir + "/" + n + "/" + marker))
        names.push_back(n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

/// mkdir -p; false with errno set on failure.
bool makeDirs(const std::string &path) {
  std::string part;
  std::stringstream ss(path);
  if (!path.empty() && path[0] == '/')
    part = "/";
  for (std::string item; std::getline(ss, item, '/');) {
    if (item.empty())
      continue;
    part += item + "/";
    if (mkdir(part.c_str(), 0777) != 0 && errno != EEXIST)
      return false;
  }
  return true;
}

/// "kept_pairs N" of a case's case.txt, or -1.
int64_t keptPairs(const std::string &caseDir) {
  std::ifstream in(caseDir + "/case.txt");
  for (std::string key; in >> key;) {
    if (key == "kept_pairs") {
      int64_t n = -1;
      in >> n;
      return n;
    }
    in.ignore(1 << 20, '\n');
  }
  return -1;
}

struct Timing {
  std::string bundle, name, kernel, device;
  int64_t dims[kNumDims] = {};
  int runs = 0;
  double median = NAN, min = NAN;
  int64_t kept = -1;
};

/// Runs one case; "" or the one-line reason it failed.
std::string runCase(const GpuLaunchRuntime &rt, void *module,
                    const CudaModuleMeta &meta, const std::string &caseDir,
                    const std::string &outDir, int repeats, Timing &timing) {
  const SpecInfo &spec = meta.spec;
  std::map<std::string, HostArray> inputs;
  auto load = [&](const std::string &name, DType dtype) -> std::string {
    std::string path = caseDir + "/" + name + ".npy", error;
    NpyArray npy;
    if (!readNpy(path, npy, error))
      return error;
    if (std::string why = fromNpyArray(npy, dtype, inputs[name]); !why.empty())
      return path + ": " + why;
    return "";
  };
  for (const char *which : {"q", "k", "v"})
    if (std::string err = load(which, spec.dtype); !err.empty())
      return err;
  for (const SpecInfo::Input &in : spec.inputs)
    if (std::string err = load(in.name, in.dtype); !err.empty())
      return err;

  DimsSolver solver(spec);
  for (const char *which : {"q", "k", "v"})
    if (std::string err = solver.bindTensor(which, inputs[which].shape,
                                            caseDir + "/" + which + ".npy");
        !err.empty())
      return err;
  Dims dims;
  if (std::string err = solver.finish(dims); !err.empty())
    return caseDir + ": " + err;
  std::copy(dims.v, dims.v + kNumDims, timing.dims);

  // Outputs poisoned with NaN, so an element the kernel skipped shows.
  std::map<std::string, HostArray> outputs;
  for (const std::string &name : spec.outputs) {
    HostArray a = name == "o"
                      ? HostArray::make(spec.dtype, qkvoShape(spec, dims, "o"))
                      : HostArray::make(DType::F32, rowStatShape(spec, dims));
    for (int64_t i = 0; i < a.numElements(); ++i)
      a.set(i, NAN);
    outputs[name] = std::move(a);
  }
  std::vector<attc_named_tensor> in, out;
  for (auto &[name, a] : inputs)
    in.push_back({name.c_str(), abiTensor(a.view())});
  for (auto &[name, a] : outputs)
    out.push_back({name.c_str(), abiTensor(a.view())});

  if (rt.planLaunch(module, in.data(), int32_t(in.size()), out.data(),
                    int32_t(out.size()), &timing.kernel))
    return caseDir + ": " + rt.lastError();
  std::vector<float> times(repeats);
  if (rt.runHost(module, in.data(), int32_t(in.size()), out.data(),
                 int32_t(out.size()), repeats, times.data()))
    return caseDir + ": " + rt.lastError();
  if (repeats > 0) {
    std::sort(times.begin(), times.end());
    timing.runs = repeats;
    timing.median = times[times.size() / 2];
    timing.min = times.front();
  }
  timing.kept = keptPairs(caseDir);

  if (!makeDirs(outDir))
    return outDir + ": cannot create: " + std::strerror(errno);
  for (auto &[name, a] : outputs) {
    // .npy has no bf16; o goes out as f32 like attc run's.
    HostArray f32 = HostArray::make(DType::F32, a.shape);
    for (int64_t i = 0; i < a.numElements(); ++i)
      f32.set(i, a.get(i));
    std::string error;
    if (!writeNpy(outDir + "/" + name + ".npy", f32.toNpy(), error))
      return error;
  }
  return "";
}
} // namespace

int main(int argc, char **argv) {
  std::string root, out = "attc-gpu-out";
  int repeats = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "--out" || a == "--bench") && i + 1 == argc)
      return usage(a + ": expected a value");
    if (a == "--out") {
      out = argv[++i];
    } else if (a == "--bench") {
      char *end;
      long n = std::strtol(argv[++i], &end, 10);
      if (*end || n < 0 || n > 100000)
        return usage(std::string("--bench ") + argv[i] +
                     ": expected a count of timed runs (0-100000)");
      repeats = int(n);
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: attc-gpu-run BUNDLE_DIR [--out DIR] [--bench N]\n"
                  "runs attc CUDA and HIP bundles (attc compile --bundle)\n");
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      return usage("unknown flag " + a);
    } else if (root.empty()) {
      root = a;
    } else {
      return usage("one BUNDLE_DIR expected, got " + root + " and " + a);
    }
  }
  if (root.empty())
    return usage("expected BUNDLE_DIR");

  // One bundle, or a directory of them.
  std::vector<std::pair<std::string, std::string>> bundles; // name, path
  if (isFile(root + "/" + kCudaMetaFile))
    bundles.push_back({"", root});
  else
    for (const std::string &n : subdirsWith(root, kCudaMetaFile))
      bundles.push_back({n, root + "/" + n});
  if (bundles.empty())
    return usage(root + ": no " + kCudaMetaFile +
                 " there or in its subdirectories (not a bundle)");

  // Each bundle's runtime, named by the first word of its kernel.meta, and
  // each runtime's device, asked for before anything is written.
  int status = 0;
  std::vector<std::string> texts;
  std::vector<const GpuLaunchRuntime *> runtimes;
  std::map<std::string, std::string> devices; // target -> device name
  for (auto &[name, path] : bundles) {
    std::ifstream metaIn(path + "/" + kCudaMetaFile);
    texts.emplace_back(std::istreambuf_iterator<char>(metaIn),
                       std::istreambuf_iterator<char>());
    const GpuKernelAbi *abi = kernelAbiOfMeta(texts.back());
    const GpuLaunchRuntime *rt = abi ? findLaunchRuntime(abi->target) : nullptr;
    runtimes.push_back(rt);
    if (abi && !rt) {
      std::fprintf(stderr,
                   "attc-gpu-run: %s: a %s bundle, but this attc-gpu-run "
                   "was built without libattc_%s_rt\n",
                   path.c_str(), abi->target, abi->target);
      status = 2;
    }
    if (!rt || devices.count(rt->target))
      continue;
    std::string device, arch;
    int units = 0;
    if (rt->deviceInfo(&device, &arch, &units)) {
      std::fprintf(stderr, "attc-gpu-run: %s\n", rt->lastError());
      return 2;
    }
    devices[rt->target] = device;
    std::printf("device %s (%s, %d %s)\n", device.c_str(), arch.c_str(), units,
                rt->units);
  }
  if (!makeDirs(out)) {
    std::fprintf(stderr, "attc-gpu-run: --out %s: cannot create: %s\n",
                 out.c_str(), std::strerror(errno));
    return 2;
  }

  std::vector<Timing> timings;
  for (size_t b = 0; b < bundles.size(); ++b) {
    const auto &[name, path] = bundles[b];
    CudaModuleMeta meta;
    void *module = nullptr;
    std::string metaPath = path + "/" + kCudaMetaFile;
    std::string err = parseCudaMeta(texts[b], metaPath, meta);
    const GpuLaunchRuntime *rt = runtimes[b];
    if (!err.empty() || !rt || rt->moduleOpen(path.c_str(), &module)) {
      if (!err.empty() || rt)
        std::fprintf(stderr, "attc-gpu-run: %s\n",
                     err.empty() ? rt->lastError() : err.c_str());
      status = std::max(status, 2);
      continue;
    }
    std::vector<std::string> cases = subdirsWith(path, "q.npy");
    if (cases.empty()) {
      std::fprintf(stderr,
                   "attc-gpu-run: %s: no cases (subdirectories "
                   "with q.npy)\n",
                   path.c_str());
      status = std::max(status, 2);
    }
    for (const std::string &c : cases) {
      Timing t;
      t.bundle = name.empty() ? meta.spec.name : name;
      t.name = c;
      t.device = devices[rt->target];
      std::string dst =
          name.empty() ? out + "/" + c : out + "/" + name + "/" + c;
      if (std::string err =
              runCase(*rt, module, meta, path + "/" + c, dst, repeats, t);
          !err.empty()) {
        std::fprintf(stderr, "attc-gpu-run: %s\n", err.c_str());
        status = std::max(status, 1);
        continue;
      }
      std::printf("ran %s/%s (%s)", t.bundle.c_str(), c.c_str(),
                  t.kernel.c_str());
      if (t.runs)
        std::printf(": median %.4f ms over %d runs", t.median, t.runs);
      std::printf("\n");
      timings.push_back(t);
    }
    rt->moduleFree(module);
  }

  // One row per case; TFLOP/s count only kept pairs, 2 * (D + Dv) each.
  std::string csv = out + "/timings.csv";
  if (FILE *f = std::fopen(csv.c_str(), "w")) {
    std::fprintf(f, "bundle,case,kernel,device,B,Hq,Hkv,Lq,Lk,D,Dv,runs,"
                    "median_ms,min_ms,kept_pairs,tflops\n");
    for (const Timing &t : timings) {
      std::fprintf(f, "%s,%s,%s,%s", t.bundle.c_str(), t.name.c_str(),
                   t.kernel.c_str(), t.device.c_str());
      for (int64_t d : t.dims)
        std::fprintf(f, ",%lld", (long long)d);
      double tflops = t.kept >= 0 && t.runs
                          ? t.kept * 2.0 * (t.dims[kD] + t.dims[kDv]) /
                                (t.median * 1e-3) / 1e12
                          : NAN;
      std::fprintf(f, ",%d,%.6f,%.6f,%lld,%.3f\n", t.runs, t.median, t.min,
                   (long long)t.kept, tflops);
    }
    std::fclose(f);
    std::printf("wrote %s\n", csv.c_str());
  } else {
    std::fprintf(stderr, "attc-gpu-run: %s: cannot write\n", csv.c_str());
    status = std::max(status, 2);
  }
  return status;
}
