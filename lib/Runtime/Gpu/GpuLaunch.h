//===- GpuLaunch.h - load and launch GPU kernels, no LLVM -------*- C++ -*-===//
//
// The launch runtime written once over a driver API: the CUDA driver
// (Cuda/CudaRuntime.cpp, libattc_cuda_rt) and the HIP module API
// (Hip/HipRuntime.cpp, libattc_hip_rt) instantiate it. Here is everything
// that does not depend on the driver: opening the library with dlopen,
// module metadata and images, the plan (views checked by the CPU path's
// TensorChecks, the kernel and grid), launches, run_host with device copies
// and event timing, and the C API's statuses and messages. Plain C++17.
//
// A driver D describes its API (see CudaDriver and HipDriver):
//   names      kTarget "cuda", kName "CUDA", kPrefix "attc_cuda",
//              kImage "cubin", kUnits "SMs", kLibraryKind "CUDA driver",
//              kLibraryEnv, kDeviceEnv, kLibraries (dlopen'ed in turn)
//   launch     kMaxGrid (blocks per grid axis), kDynamicSmem (whether the
//              memory constant is passed as dynamic shared memory), abi()
//   types      Module Function DevicePtr Stream, CModule and CPlan (the C
//              API's module and plan)
//   entries    Entry<> members moduleLoadData, moduleUnload,
//              moduleGetFunction, moduleGetGlobal, launchKernel, memAlloc,
//              memFree, memcpyHtoD, memcpyDtoH, streamSynchronize,
//              eventCreate, eventRecord, eventSynchronize,
//              eventElapsedTime, eventDestroy (CUDA driver signatures), and
//              forEachEntry(f) over all of them
//   device     startDriver (init, device count), openDevice (fills name,
//              arch, units), makeCurrent (per calling thread), describe
//              (a status), pickImage, prepare (a function before use)
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_LIB_RUNTIME_GPU_GPULAUNCH_H
#define ATTC_LIB_RUNTIME_GPU_GPULAUNCH_H

#include "attc/Runtime/CudaKernelMeta.h"
#include "attc/Runtime/GpuRuntime.h"
#include "attc_interval.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <dlfcn.h>

namespace attc::gpu {

/// An entry point of the dlopen'ed library: `name` for messages, `symbol`
/// for dlsym (cuda.h renames some: cuMemAlloc is cuMemAlloc_v2).
template <class Sig> struct Entry {
  Sig *fn = nullptr;
  const char *name = "";
  const char *symbol = "";
  template <class... A> auto operator()(A &&...args) const {
    return fn(std::forward<A>(args)...);
  }
};

/// What every driver knows once loaded.
struct DriverBase {
  /// Why there is no usable device; empty when there is one.
  std::string error;
  void *library = nullptr;
  int ordinal = 0;
  char name[256] = {};
  std::string arch; ///< sm_90, gfx942
  int units = 0;    ///< SMs, CUs
  /// Encodes the TMA tensor map of a [B, H, L, D] view with boxes of 64
  /// columns x `rows` (the Hopper kernels); an error where the driver has
  /// no copy engine (HIP), which no HIP kernel asks for.
  std::string tensorMap(attc_cuda_tensor_map &, const attc_tensor &,
                        int) const {
    return "this driver has no tensor maps";
  }
};

/// The message of this thread's last failure, one per runtime.
template <class D> struct State {
  static inline thread_local std::string lastError;
};

template <class D> int fail(int status, std::string message) {
  State<D>::lastError = std::move(message);
  return status;
}

template <class D> int ok() {
  State<D>::lastError.clear();
  return ATTC_STATUS_OK;
}

/// "attc_cuda_<function>", the C function in messages.
template <class D> std::string apiName(const char *function) {
  return std::string(D::kPrefix) + "_" + function;
}

/// Runs `body(what)` for the C function `function`, turning an allocation
/// failure or anything else thrown into a status: no C++ exception crosses
/// the C interface.
template <class D, class Fn>
int guarded(const char *function, Fn body) noexcept {
  try {
    return body(apiName<D>(function));
  } catch (const std::bad_alloc &) {
    return fail<D>(ATTC_STATUS_INTERNAL,
                   apiName<D>(function) + ": out of memory");
  } catch (...) {
    return fail<D>(ATTC_STATUS_INTERNAL,
                   apiName<D>(function) + ": internal error");
  }
}

/// Calls a driver entry point; on failure sets the message "<what>: CUDA
/// error in cuX: NAME (description)" and returns true.
template <class D, class Sig, class... A>
bool failed(const D &d, const std::string &what, const Entry<Sig> &call,
            A &&...args) {
  auto status = call(std::forward<A>(args)...);
  if (int(status) == 0)
    return false;
  State<D>::lastError = (what.empty() ? "" : what + ": ") + D::kName +
                        " error in " + call.name + ": " + d.describe(status);
  return true;
}

/// Opens the library ($<kLibraryEnv> overrides the names, for tests), loads
/// the entry points and the device ($<kDeviceEnv>, default 0), once.
template <class D> D loadDriver() {
  D d;
  std::string prefix = std::string("no ") + D::kName + " device: ";
  std::vector<std::string> names;
  if (const char *env = std::getenv(D::kLibraryEnv); env && *env)
    names.push_back(env);
  else
    names.assign(std::begin(D::kLibraries), std::end(D::kLibraries));
  std::string path, why;
  for (const std::string &n : names) {
    if ((d.library = dlopen(n.c_str(), RTLD_NOW | RTLD_LOCAL))) {
      path = n;
      break;
    }
    const char *e = dlerror();
    if (why.empty())
      why = e ? e : "dlopen failed";
  }
  if (!d.library) {
    d.error = prefix + "cannot load the " + D::kLibraryKind + " " +
              names.front() + " (" + why + ")";
    return d;
  }
  const char *missing = nullptr;
  d.forEachEntry([&](auto &e) {
    e.fn = reinterpret_cast<decltype(e.fn)>(dlsym(d.library, e.symbol));
    if (!e.fn && !missing)
      missing = e.symbol;
  });
  if (missing) {
    d.error = prefix + "the " + D::kLibraryKind + " " + path + " lacks " +
              missing + " (too old)";
    return d;
  }
  int count = 0;
  if (std::string err = d.startDriver(path, count); !err.empty()) {
    d.error = prefix + err;
    return d;
  }
  if (const char *env = std::getenv(D::kDeviceEnv); env && *env)
    d.ordinal = std::atoi(env);
  if (count == 0 || d.ordinal < 0 || d.ordinal >= count) {
    d.error = prefix + "the " + D::kLibraryKind + " sees " +
              std::to_string(count) + " device(s)" +
              (count ? std::string(", ") + D::kDeviceEnv + "=" +
                           std::to_string(d.ordinal) + " is out of range"
                     : "");
    return d;
  }
  if (std::string err = d.openDevice(); !err.empty())
    d.error = prefix + "device " + std::to_string(d.ordinal) + ": " + err;
  return d;
}

/// The driver with its device current on this thread, or null with the
/// message set.
template <class D> const D *driver() {
  static const D d = loadDriver<D>();
  if (!d.error.empty()) {
    State<D>::lastError = d.error;
    return nullptr;
  }
  return d.makeCurrent() ? &d : nullptr;
}

//===----------------------------------------------------------------------===//
// Modules
//===----------------------------------------------------------------------===//

/// The C API's module (attc_cuda_module derives from Module<CudaDriver>).
template <class D> struct Module {
  CudaModuleMeta meta;
  std::string name; ///< the metadata file, for messages
  std::string dir;  ///< where the image files are ("": images in memory)
  std::map<std::string, std::string> images; ///< arch -> bytes, added ones
  std::mutex mutex;                          ///< guards what follows
  typename D::Module module{};
  std::vector<typename D::Function> functions; ///< per meta.kernels entry
  /// Per meta.kernels entry its block-map kernel (data masks), and the
  /// split-KV merge kernel.
  std::vector<typename D::Function> blockMaps;
  typename D::Function merge{};
  /// Per stream, device memory for the block map and the split-KV
  /// workspace: launches on one stream run in order, so it is reused.
  struct Scratch {
    typename D::DevicePtr ptr{};
    size_t size = 0;
  };
  std::map<typename D::Stream, Scratch> scratch;
  ~Module() {
    const D *d = module || !scratch.empty() ? driver<D>() : nullptr;
    if (!d)
      return;
    for (auto &[stream, buffer] : scratch)
      if (buffer.ptr)
        d->memFree(buffer.ptr);
    if (module)
      d->moduleUnload(module);
  }
};

/// The bytes of the image `img` of `m`; false with the message set.
template <class D>
bool readImage(const Module<D> &m, const CudaModuleMeta::Image &img,
               std::string &bytes, std::string &where) {
  if (auto it = m.images.find(img.arch); it != m.images.end()) {
    bytes = it->second;
    where = m.name + " image " + img.arch;
    return true;
  }
  where = m.dir + "/" + img.file;
  std::ifstream in(where, std::ios::binary);
  bytes.assign(std::istreambuf_iterator<char>(in), {});
  if (!in.good() && !in.eof()) {
    State<D>::lastError = where + ": cannot read";
    return false;
  }
  if (bytes.empty()) {
    State<D>::lastError = where + ": missing or empty";
    return false;
  }
  return true;
}

/// Loads the module's image for the device and its kernels, verifying their
/// constants against the metadata; once per module.
template <class D> bool ensureLoaded(const D &d, Module<D> &m) {
  std::lock_guard<std::mutex> lock(m.mutex);
  if (m.module)
    return true;
  std::string have;
  for (const CudaModuleMeta::Image &img : m.meta.images)
    have += (have.empty() ? "" : ", ") + img.arch;
  const CudaModuleMeta::Image *img = d.pickImage(m.meta);
  if (!img) {
    State<D>::lastError = m.name + ": no " + D::kImage + " for this device (" +
                          d.name + ", " + d.arch + "); the module has " +
                          (have.empty() ? "none" : have) +
                          " (export with --arch=" + d.arch + ")";
    return false;
  }
  std::string bytes, where;
  if (!readImage(m, *img, bytes, where))
    return false;
  typename D::Module module{};
  if (failed(d, where, d.moduleLoadData, &module, bytes.data()))
    return false;
  const GpuKernelAbi &abi = *m.meta.abi;
  const std::string kernelPrefix = abi.kernelPrefix;
  std::vector<typename D::Function> functions;
  for (const CudaModuleMeta::Kernel &k : m.meta.kernels) {
    typename D::Function f{};
    if (failed(d, where + ": kernel " + k.name, d.moduleGetFunction, &f, module,
               k.name.c_str())) {
      d.moduleUnload(module);
      return false;
    }
    // The kernel's own constants must be the ones the launch is planned by.
    std::string global =
        abi.metaPrefix +
        (k.name.compare(0, kernelPrefix.size(), kernelPrefix) == 0
             ? k.name.substr(kernelPrefix.size())
             : k.name);
    typename D::DevicePtr ptr{};
    size_t size = 0;
    int values[ATTC_CUDA_META_LEN];
    if (failed(d, where + ": " + global, d.moduleGetGlobal, &ptr, &size, module,
               global.c_str()) ||
        size != sizeof values ||
        failed(d, where + ": " + global, d.memcpyDtoH, values, ptr,
               sizeof values) ||
        !std::equal(values, values + ATTC_CUDA_META_LEN, k.meta.begin())) {
      if (size != sizeof values || State<D>::lastError.empty())
        State<D>::lastError = where + ": the constants of " + k.name +
                              " differ from " + m.name + " (a " + D::kImage +
                              " of another kernel?)";
      d.moduleUnload(module);
      return false;
    }
    if (!d.prepare(f, k, where + ": kernel " + k.name)) {
      d.moduleUnload(module);
      return false;
    }
    functions.push_back(f);
  }
  // The unit's merge and block-map kernels, and its constants against the
  // metadata's kv_splits and block_map lines.
  const std::string prefix = abi.symbolPrefix;
  std::vector<int> unit = {abi.version, m.meta.kvSplits,
                           int(m.meta.blockMaps.size())};
  for (const CudaModuleMeta::BlockMap &b : m.meta.blockMaps) {
    int input = 0;
    while (m.meta.spec.inputs[size_t(input)].name != b.input)
      ++input;
    unit.insert(unit.end(), {input, b.axis, b.byQuery ? 1 : 0});
  }
  std::vector<int> got(unit.size());
  typename D::DevicePtr ptr{};
  size_t size = 0;
  const std::string global = prefix + "_meta_unit";
  if (failed(d, where + ": " + global, d.moduleGetGlobal, &ptr, &size, module,
             global.c_str()) ||
      size != got.size() * sizeof(int) ||
      failed(d, where + ": " + global, d.memcpyDtoH, got.data(), ptr, size) ||
      got != unit) {
    if (size != got.size() * sizeof(int) || State<D>::lastError.empty())
      State<D>::lastError = where + ": the unit constants " + global +
                            " differ from " + m.name + " (kv_splits, " +
                            "block_map lines)";
    d.moduleUnload(module);
    return false;
  }
  typename D::Function merge{};
  std::vector<typename D::Function> blockMaps;
  bool ok =
      !failed(d, where + ": kernel " + prefix + "_merge", d.moduleGetFunction,
              &merge, module, (prefix + "_merge").c_str());
  for (size_t i = 0;
       ok && !m.meta.blockMaps.empty() && i < m.meta.kernels.size(); ++i) {
    const std::string &k = m.meta.kernels[i].name;
    std::string name = prefix + "_block_map_" +
                       (k.compare(0, kernelPrefix.size(), kernelPrefix) == 0
                            ? k.substr(kernelPrefix.size())
                            : k);
    typename D::Function f{};
    ok = !failed(d, where + ": kernel " + name, d.moduleGetFunction, &f, module,
                 name.c_str());
    blockMaps.push_back(f);
  }
  if (!ok) {
    d.moduleUnload(module);
    return false;
  }
  m.module = module;
  m.functions = std::move(functions);
  m.blockMaps = std::move(blockMaps);
  m.merge = merge;
  return true;
}

//===----------------------------------------------------------------------===//
// Plans and launches
//===----------------------------------------------------------------------===//

/// A checked launch: the kernel, its geometry and its parameter.
template <class D> struct Plan {
  size_t kernel = 0;
  typename D::CPlan info{};
  attc_cuda_params params{};
  /// Bytes of the device block map (0: none) and its kernel's blocks; the
  /// split-KV workspace's floats and the merge kernel's blocks.
  int64_t mapBytes = 0, workspaceFloats = 0;
  uint32_t mapBlocks = 0, mergeBlocks = 0;
};

/// The views against the spec and the kernels' limits; no driver call.
/// `units`: the device's SMs (CUs) for the split-KV rule; 0 when unknown
/// (planning without a driver): then only a split count the schedule fixes
/// applies.
template <class D>
std::string
plan(const Module<D> &m, const std::map<std::string, Tensor> &inputs,
     const std::map<std::string, Tensor> &outputs, Plan<D> &p, int units) {
  const SpecInfo &spec = m.meta.spec;
  Dims dims;
  if (std::string err = checkTensorViews(spec, inputs, &outputs, dims);
      !err.empty())
    return err;
  int64_t Dqk = dims.v[kD], Dv = dims.v[kDv];
  // The smallest head-dim bucket that holds D and Dv.
  const CudaModuleMeta::Kernel *best = nullptr;
  std::string have;
  for (size_t i = 0; i < m.meta.kernels.size(); ++i) {
    const CudaModuleMeta::Kernel &k = m.meta.kernels[i];
    int kd = k.meta[ATTC_CUDA_META_KD], kdv = k.meta[ATTC_CUDA_META_KDV];
    have += (have.empty() ? "" : ", ") + std::to_string(kd) + "x" +
            std::to_string(kdv);
    if (kd < Dqk || kdv < Dv)
      continue;
    if (!best || int64_t(kd) * kdv < int64_t(best->meta[ATTC_CUDA_META_KD]) *
                                         best->meta[ATTC_CUDA_META_KDV]) {
      best = &k;
      p.kernel = i;
    }
  }
  const std::string target = D::kName;
  if (!best)
    return "kernel '" + spec.name + "': no " + target +
           " kernel for D=" + std::to_string(Dqk) +
           ", Dv=" + std::to_string(Dv) +
           " (its head-dim buckets D x Dv: " + have + ")";
  const auto &k = best->meta;
  int64_t tq = k[ATTC_CUDA_META_TILE_Q], hpt = k[ATTC_CUDA_META_HEADS];
  int64_t B = dims.v[kB], Hq = dims.v[kHq], Lq = dims.v[kLq];
  int64_t group = Hq / dims.v[kHkv];
  if (group % hpt)
    return "kernel '" + spec.name + "': Hq / Hkv = " + std::to_string(group) +
           " query heads per kv head is not a multiple of the " + target +
           " kernel's " + std::to_string(hpt) + " heads per block";
  int64_t gy = Hq / hpt, tk = k[ATTC_CUDA_META_TILE_K];
  // Split-KV (attc_cuda_abi.h's rule): grid x runs over query tiles x
  // splits.
  int splits = attc_cuda_kv_splits(m.meta.kvSplits, (Lq + tq - 1) / tq * gy * B,
                                   (dims.v[kLk] + tk - 1) / tk, units);
  int64_t gx = (Lq + tq - 1) / tq * splits;
  // Per grid axis z, y, x: the dim that sizes it, its blocks, what they are.
  const struct {
    const char *dim;
    int64_t size, blocks;
    const char *what;
  } axes[] = {{"B", B, B, "batches"},
              {"Hq", Hq, gy, "head blocks"},
              {"Lq", Lq, gx, "query tiles"}};
  for (int a = 0; a < 3; ++a)
    if (axes[a].blocks > D::kMaxGrid[2 - a])
      return std::string(axes[a].dim) + "=" + std::to_string(axes[a].size) +
             ": the " + target + " grid holds at most " +
             std::to_string(D::kMaxGrid[2 - a]) + " " + axes[a].what;
  auto &info = p.info;
  std::snprintf(info.kernel, sizeof info.kernel, "%s", best->name.c_str());
  std::copy(dims.v, dims.v + kNumDims, info.dims);
  // An empty grid is not launched (B or Lq = 0: there is nothing to write).
  bool empty = B == 0 || Lq == 0;
  info.grid[0] = empty ? 0 : uint32_t(gx);
  info.grid[1] = empty ? 0 : uint32_t(gy);
  info.grid[2] = empty ? 0 : uint32_t(B);
  info.block = uint32_t(k[ATTC_CUDA_META_THREADS]);
  info.smem_bytes = uint32_t(k[ATTC_CUDA_META_SMEM]);
  info.kv_splits = uint32_t(splits);

  std::vector<attc_tensor> extra;
  attc_launch L = launchViews(spec, dims, inputs, &outputs, extra);
  // attc_launch with the inputs inline.
  attc_cuda_params &P = p.params;
  P = attc_cuda_params{L.B,   L.Hq, L.Hkv,        L.Lq, L.Lk,    L.D,
                       L.Dv,  L.q,  L.k,          L.v,  L.o,     L.lse,
                       L.max, {},   L.num_inputs, 1,    nullptr, nullptr};
  std::copy(extra.begin(), extra.end(), P.inputs);
  if (empty)
    return "";
  // The block map of a data mask (attc_interval.h's layout, the kernel's
  // tiles) and the split-KV workspace, in memory launchPlan provides.
  if (!m.meta.blockMaps.empty()) {
    std::vector<iv::MapTable> tables;
    for (const CudaModuleMeta::BlockMap &b : m.meta.blockMaps) {
      int input = 0;
      while (spec.inputs[size_t(input)].name != b.input)
        ++input;
      tables.push_back({input, b.axis, b.byQuery ? 1 : 0});
    }
    int n = int(tables.size());
    p.mapBytes = iv::map_bytes(P, tables.data(), n, tq, tk);
    p.mapBlocks = uint32_t(
        attc_cuda_aux_blocks((p.mapBytes - iv::map_header_bytes(n)) / 16));
  }
  if (splits > 1) {
    P.kv_splits = splits;
    p.workspaceFloats = attc_cuda_workspace_floats(splits, B * Hq * Lq, Dv);
    p.mergeBlocks = uint32_t(attc_cuda_aux_blocks(B * Hq * Lq * Dv));
  }
  return "";
}

/// The C views as maps and the plan; a status and the message on failure.
template <class D>
int planC(const std::string &what, const Module<D> *m,
          const attc_named_tensor *in, int32_t nin,
          const attc_named_tensor *out, int32_t nout,
          std::map<std::string, Tensor> &inputs,
          std::map<std::string, Tensor> &outputs, Plan<D> &p, int units = 0) {
  if (!m)
    return fail<D>(ATTC_STATUS_INVALID_ARGUMENT, what + ": module is NULL");
  if (std::string err = namedTensors(what.c_str(), "inputs", in, nin, inputs);
      !err.empty())
    return fail<D>(ATTC_STATUS_INVALID_ARGUMENT, err);
  if (std::string err =
          namedTensors(what.c_str(), "outputs", out, nout, outputs);
      !err.empty())
    return fail<D>(ATTC_STATUS_INVALID_ARGUMENT, err);
  if (std::string err = plan(*m, inputs, outputs, p, units); !err.empty())
    return fail<D>(ATTC_STATUS_ERROR, err);
  return ATTC_STATUS_OK;
}

/// Launches a planned kernel; the module is loaded first if needed.
template <class D>
int launchPlan(const D &d, Module<D> &m, Plan<D> &p,
               typename D::Stream stream) {
  if (!ensureLoaded(d, m))
    return ATTC_STATUS_ERROR;
  const auto &i = p.info;
  if (!i.grid[0])
    return ATTC_STATUS_OK;
  // The block map, then the workspace (256-byte aligned), in this stream's
  // scratch memory, grown when a launch needs more.
  const int64_t mapSpan = (p.mapBytes + 255) / 256 * 256;
  const size_t bytes = size_t(mapSpan + 4 * p.workspaceFloats);
  if (bytes) {
    std::lock_guard<std::mutex> lock(m.mutex);
    typename Module<D>::Scratch &buf = m.scratch[stream];
    if (buf.size < bytes) {
      // Work queued on the stream may still read the old memory.
      if (buf.ptr && (failed(d, "", d.streamSynchronize, stream) ||
                      failed(d, "", d.memFree, buf.ptr)))
        return ATTC_STATUS_ERROR;
      buf = {};
      if (failed(d, std::string("kernel ") + i.kernel + ": scratch memory",
                 d.memAlloc, &buf.ptr, bytes))
        return ATTC_STATUS_ERROR;
      buf.size = bytes;
    }
    char *base = reinterpret_cast<char *>(buf.ptr);
    p.params.block_map = p.mapBytes ? base : nullptr;
    p.params.workspace =
        p.workspaceFloats ? reinterpret_cast<float *>(base + mapSpan) : nullptr;
  }
  void *args[] = {&p.params};
  // A Hopper kernel takes the params with the tensor maps of q, k and v.
  const auto &km = m.meta.kernels[p.kernel].meta;
  attc_cuda_tma_params tma{};
  if (km[ATTC_CUDA_META_WARPGROUPS] > 0) {
    tma.p = p.params;
    const int tk = km[ATTC_CUDA_META_TILE_K];
    for (auto [map, view, rows] : {std::tuple{&tma.q, &p.params.q, 64},
                                   {&tma.k, &p.params.k, tk},
                                   {&tma.v, &p.params.v, tk}})
      if (std::string err = d.tensorMap(*map, *view, rows); !err.empty())
        return fail<D>(ATTC_STATUS_ERROR,
                       std::string("kernel ") + i.kernel + ": " + err);
  }
  void *tmaArgs[] = {&tma};
  auto run = [&](typename D::Function f, const std::string &name,
                 uint32_t blocks, uint32_t gy, uint32_t gz, uint32_t threads,
                 unsigned smem, void **kernelArgs) {
    return failed(d, "kernel " + name, d.launchKernel, f, blocks, gy, gz,
                  threads, 1u, 1u, smem, stream, kernelArgs, nullptr);
  };
  const std::string prefix = m.meta.abi->symbolPrefix;
  if (p.mapBytes && run(m.blockMaps[p.kernel], prefix + "_block_map",
                        p.mapBlocks, 1, 1, ATTC_CUDA_AUX_THREADS, 0, args))
    return ATTC_STATUS_ERROR;
  if (run(m.functions[p.kernel], i.kernel, i.grid[0], i.grid[1], i.grid[2],
          i.block, D::kDynamicSmem ? i.smem_bytes : 0u,
          km[ATTC_CUDA_META_WARPGROUPS] > 0 ? tmaArgs : args))
    return ATTC_STATUS_ERROR;
  if (p.workspaceFloats && run(m.merge, prefix + "_merge", p.mergeBlocks, 1, 1,
                               ATTC_CUDA_AUX_THREADS, 0, args))
    return ATTC_STATUS_ERROR;
  return ATTC_STATUS_OK;
}

/// A host address as the driver's device pointer type (an integer for
/// CUDA, a pointer for HIP).
template <class D> typename D::DevicePtr devicePtr(const void *p) {
  if constexpr (std::is_pointer_v<typename D::DevicePtr>)
    return const_cast<void *>(p);
  else
    return reinterpret_cast<typename D::DevicePtr>(p);
}

/// Device memory freed when it goes out of scope.
template <class D> struct DeviceBuffer {
  const D *d = nullptr;
  typename D::DevicePtr ptr{};
  ~DeviceBuffer() {
    if (ptr)
      d->memFree(ptr);
  }
};

/// The byte range [first, first + bytes) of a view's elements, relative to
/// its data pointer (strides may be negative or zero).
inline void span(const Tensor &t, int64_t &first, int64_t &bytes) {
  std::vector<int64_t> strides = t.strides;
  if (strides.empty()) {
    strides.assign(t.shape.size(), 1);
    for (int i = int(t.shape.size()) - 2; i >= 0; --i)
      strides[i] = strides[i + 1] * std::max<int64_t>(t.shape[i + 1], 1);
  }
  int64_t lo = 0, hi = 0;
  for (size_t i = 0; i < t.shape.size(); ++i) {
    if (t.shape[i] == 0) {
      first = bytes = 0;
      return;
    }
    int64_t reach = (t.shape[i] - 1) * strides[i];
    (reach < 0 ? lo : hi) += reach;
  }
  int64_t size = int64_t(dtypeSize(t.dtype));
  first = lo * size;
  bytes = (hi - lo + 1) * size;
}

/// `repeats` launches between two events, run r's milliseconds in
/// times_ms[r] (when not null).
template <class D>
int timedLaunches(const D &d, Module<D> &m, Plan<D> &p, int32_t repeats,
                  float *times_ms) {
  typename D::Event start{}, stop{};
  if (failed(d, "", d.eventCreate, &start, 0u))
    return ATTC_STATUS_ERROR;
  if (failed(d, "", d.eventCreate, &stop, 0u)) {
    d.eventDestroy(start);
    return ATTC_STATUS_ERROR;
  }
  int status = ATTC_STATUS_OK;
  typename D::Stream stream{};
  for (int32_t r = 0; r < repeats && !status; ++r) {
    float ms = 0;
    if (failed(d, "", d.eventRecord, start, stream) ||
        (status = launchPlan(d, m, p, stream)) ||
        failed(d, "", d.eventRecord, stop, stream) ||
        failed(d, std::string("kernel ") + p.info.kernel, d.eventSynchronize,
               stop) ||
        failed(d, "", d.eventElapsedTime, &ms, start, stop))
      status = ATTC_STATUS_ERROR;
    else if (times_ms)
      times_ms[r] = ms;
  }
  d.eventDestroy(start);
  d.eventDestroy(stop);
  return status;
}

//===----------------------------------------------------------------------===//
// The C API's functions, attc_<target>_* (ATTC_GPU_RT_C_API below)
//===----------------------------------------------------------------------===//

template <class D>
int moduleFromMeta(const char *text, size_t size, const char *name,
                   typename D::CModule **out) {
  return guarded<D>("module_from_meta", [&](const std::string &what) -> int {
    if (!text || !out)
      return fail<D>(ATTC_STATUS_INVALID_ARGUMENT,
                     what + ": meta or out is NULL");
    auto m = std::make_unique<typename D::CModule>();
    m->name = name ? name : "<kernel.meta>";
    if (std::string err =
            parseCudaMeta(std::string(text, size), m->name, m->meta);
        !err.empty())
      return fail<D>(ATTC_STATUS_ERROR, err);
    if (m->meta.abi != &D::abi())
      return fail<D>(ATTC_STATUS_ERROR, m->name + ": metadata of " +
                                            m->meta.abi->target +
                                            " kernels ('" + m->meta.abi->magic +
                                            "'), not for " + D::kPrefix + "_*");
    *out = m.release();
    return ok<D>();
  });
}

template <class D> int moduleOpen(const char *dir, typename D::CModule **out) {
  return guarded<D>("module_open", [&](const std::string &what) -> int {
    if (!dir || !out)
      return fail<D>(ATTC_STATUS_INVALID_ARGUMENT,
                     what + ": dir or out is NULL");
    std::string path = std::string(dir) + "/" + kCudaMetaFile;
    std::ifstream in(path, std::ios::binary);
    if (!in)
      return fail<D>(ATTC_STATUS_ERROR,
                     path + ": cannot open (" + std::strerror(errno) + ")");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    if (text.size() > (1u << 20))
      return fail<D>(ATTC_STATUS_ERROR, path + ": larger than 1 MiB");
    int status = moduleFromMeta<D>(text.data(), text.size(), path.c_str(), out);
    if (status == ATTC_STATUS_OK)
      (*out)->dir = dir;
    return status;
  });
}

template <class D>
int moduleAddImage(Module<D> *m, const char *arch, const void *image,
                   size_t size) {
  return guarded<D>("module_add_image", [&](const std::string &what) -> int {
    if (!m || !arch || !image)
      return fail<D>(ATTC_STATUS_INVALID_ARGUMENT,
                     what + ": module, arch or image is NULL");
    std::lock_guard<std::mutex> lock(m->mutex);
    m->images[arch].assign(static_cast<const char *>(image), size);
    bool listed = false;
    for (const CudaModuleMeta::Image &img : m->meta.images)
      listed |= img.arch == arch;
    if (!listed)
      m->meta.images.push_back({arch, m->meta.abi->imageFile(arch)});
    return ok<D>();
  });
}

template <class D>
int planLaunch(const Module<D> *m, const attc_named_tensor *in, int32_t nin,
               const attc_named_tensor *out, int32_t nout,
               typename D::CPlan *result) {
  return guarded<D>("plan_launch", [&](const std::string &what) -> int {
    std::map<std::string, Tensor> inputs, outputs;
    Plan<D> p;
    if (int status = planC(what, m, in, nin, out, nout, inputs, outputs, p))
      return status;
    if (result)
      *result = p.info;
    return ok<D>();
  });
}

template <class D>
int launch(Module<D> *m, const attc_named_tensor *in, int32_t nin,
           const attc_named_tensor *out, int32_t nout, void *stream) {
  return guarded<D>("launch", [&](const std::string &what) -> int {
    std::map<std::string, Tensor> inputs, outputs;
    Plan<D> p;
    if (int status = planC(what, m, in, nin, out, nout, inputs, outputs, p))
      return status;
    const D *d = driver<D>();
    if (!d)
      return ATTC_STATUS_ERROR;
    // Again with the device's SMs, for the split-KV rule.
    if (std::string err = plan(*m, inputs, outputs, p, d->units); !err.empty())
      return fail<D>(ATTC_STATUS_INTERNAL, what + ": " + err);
    if (int status =
            launchPlan(*d, *m, p, static_cast<typename D::Stream>(stream)))
      return status;
    return ok<D>();
  });
}

template <class D>
int runHost(Module<D> *m, const attc_named_tensor *in, int32_t nin,
            const attc_named_tensor *out, int32_t nout, int32_t repeats,
            float *times_ms) {
  return guarded<D>("run_host", [&](const std::string &what) -> int {
    std::map<std::string, Tensor> inputs, outputs;
    Plan<D> p;
    if (int status = planC(what, m, in, nin, out, nout, inputs, outputs, p))
      return status;
    if (repeats < 0)
      return fail<D>(ATTC_STATUS_INVALID_ARGUMENT,
                     what + ": repeats is negative");
    const D *d = driver<D>();
    if (!d)
      return ATTC_STATUS_ERROR;
    // Each view's whole span goes to the device (outputs too, so the gaps of
    // a strided output come back as they were); the device views keep the
    // host strides.
    std::vector<std::unique_ptr<DeviceBuffer<D>>> buffers;
    auto toDevice = [&](std::map<std::string, Tensor> &views) {
      for (auto &[name, t] : views) {
        int64_t first, bytes;
        span(t, first, bytes);
        auto buf = std::make_unique<DeviceBuffer<D>>();
        buf->d = d;
        if (bytes) {
          const char *host = static_cast<const char *>(t.data) + first;
          if (failed(*d, "tensor '" + name + "'", d->memAlloc, &buf->ptr,
                     size_t(bytes)) ||
              failed(*d, "tensor '" + name + "'", d->memcpyHtoD, buf->ptr, host,
                     size_t(bytes)))
            return false;
        }
        t.data = reinterpret_cast<char *>(buf->ptr) - first;
        buffers.push_back(std::move(buf));
      }
      return true;
    };
    std::map<std::string, Tensor> devIn = inputs, devOut = outputs;
    if (!toDevice(devIn) || !toDevice(devOut))
      return ATTC_STATUS_ERROR;
    Plan<D> dp;
    if (std::string err = plan(*m, devIn, devOut, dp, d->units); !err.empty())
      return fail<D>(ATTC_STATUS_INTERNAL, what + ": " + err);
    if (int status = launchPlan(*d, *m, dp, typename D::Stream{}))
      return status;
    if (repeats > 0)
      if (int status = timedLaunches(*d, *m, dp, repeats, times_ms))
        return status;
    if (failed(*d, std::string("kernel ") + dp.info.kernel,
               d->streamSynchronize, typename D::Stream{}))
      return ATTC_STATUS_ERROR;
    for (auto &[name, t] : outputs) {
      int64_t first, bytes;
      span(t, first, bytes);
      if (!bytes)
        continue;
      const Tensor &dev = devOut.at(name);
      if (failed(*d, "output '" + name + "'", d->memcpyDtoH,
                 static_cast<char *>(t.data) + first,
                 devicePtr<D>(static_cast<const char *>(dev.data) + first),
                 size_t(bytes)))
        return ATTC_STATUS_ERROR;
    }
    return ok<D>();
  });
}

/// attc_<target>_device_info: `fill` copies what the caller asked for.
template <class D, class Fn> int deviceInfo(const char *function, Fn fill) {
  return guarded<D>(function, [&](const std::string &) -> int {
    const D *d = driver<D>();
    if (!d)
      return ATTC_STATUS_ERROR;
    fill(*d);
    return ok<D>();
  });
}

/// The runtime's table for callers that serve both targets (GpuRuntime.h).
template <class D> const GpuLaunchRuntime &launchRuntime() {
  using M = typename D::CModule;
  static const GpuLaunchRuntime table = {
      D::kTarget,
      D::kName,
      D::kUnits,
      [](const char *dir, void **out) {
        M *m = nullptr;
        int status = moduleOpen<D>(dir, &m);
        *out = m;
        return status;
      },
      [](const char *text, size_t size, const char *name, void **out) {
        M *m = nullptr;
        int status = moduleFromMeta<D>(text, size, name, &m);
        *out = m;
        return status;
      },
      [](void *m, const char *arch, const void *image, size_t size) {
        return moduleAddImage<D>(static_cast<M *>(m), arch, image, size);
      },
      [](void *m) { delete static_cast<M *>(m); },
      [](const void *m, const attc_named_tensor *in, int32_t nin,
         const attc_named_tensor *out, int32_t nout, std::string *kernel) {
        typename D::CPlan info{};
        int status =
            planLaunch<D>(static_cast<const M *>(m), in, nin, out, nout, &info);
        if (!status && kernel)
          *kernel = info.kernel;
        return status;
      },
      [](void *m, const attc_named_tensor *in, int32_t nin,
         const attc_named_tensor *out, int32_t nout, void *stream) {
        return launch<D>(static_cast<M *>(m), in, nin, out, nout, stream);
      },
      [](void *m, const attc_named_tensor *in, int32_t nin,
         const attc_named_tensor *out, int32_t nout, int32_t repeats,
         float *times) {
        return runHost<D>(static_cast<M *>(m), in, nin, out, nout, repeats,
                          times);
      },
      [](std::string *name, std::string *arch, int *units) {
        return deviceInfo<D>("device_info", [&](const D &d) {
          if (name)
            *name = d.name;
          if (arch)
            *arch = d.arch;
          if (units)
            *units = d.units;
        });
      },
      [] { return State<D>::lastError.c_str(); }};
  return table;
}

/// Copies a device name into a caller's buffer (truncated, terminated).
inline void copyName(char *dst, size_t size, const char *src) {
  if (dst && size)
    std::snprintf(dst, size, "%s", src);
}

} // namespace attc::gpu

/// Defines the C API attc_<P>_* of driver D (its module type
/// attc_<P>_module derives from attc::gpu::Module<D>), all but
/// attc_<P>_device_info, and attc::<P>LaunchRuntime().
#define ATTC_GPU_RT_C_API(P, D)                                                \
  extern "C" {                                                                 \
  int attc_##P##_module_from_meta(const char *text, size_t size,               \
                                  const char *name, attc_##P##_module **out) { \
    return attc::gpu::moduleFromMeta<D>(text, size, name, out);                \
  }                                                                            \
  int attc_##P##_module_open(const char *dir, attc_##P##_module **out) {       \
    return attc::gpu::moduleOpen<D>(dir, out);                                 \
  }                                                                            \
  int attc_##P##_module_add_image(attc_##P##_module *m, const char *arch,      \
                                  const void *image, size_t size) {            \
    return attc::gpu::moduleAddImage<D>(m, arch, image, size);                 \
  }                                                                            \
  void attc_##P##_module_free(attc_##P##_module *m) { delete m; }              \
  int attc_##P##_plan_launch(const attc_##P##_module *m,                       \
                             const attc_named_tensor *in, int32_t nin,         \
                             const attc_named_tensor *out, int32_t nout,       \
                             attc_##P##_plan *plan) {                          \
    return attc::gpu::planLaunch<D>(m, in, nin, out, nout, plan);              \
  }                                                                            \
  int attc_##P##_launch(attc_##P##_module *m, const attc_named_tensor *in,     \
                        int32_t nin, const attc_named_tensor *out,             \
                        int32_t nout, void *stream) {                          \
    return attc::gpu::launch<D>(m, in, nin, out, nout, stream);                \
  }                                                                            \
  int attc_##P##_run_host(attc_##P##_module *m, const attc_named_tensor *in,   \
                          int32_t nin, const attc_named_tensor *out,           \
                          int32_t nout, int32_t repeats, float *times_ms) {    \
    return attc::gpu::runHost<D>(m, in, nin, out, nout, repeats, times_ms);    \
  }                                                                            \
  const char *attc_##P##_last_error(void) {                                    \
    return attc::gpu::State<D>::lastError.c_str();                             \
  }                                                                            \
  }                                                                            \
  const attc::GpuLaunchRuntime &attc::P##LaunchRuntime() {                     \
    return attc::gpu::launchRuntime<D>();                                      \
  }

#endif // ATTC_LIB_RUNTIME_GPU_GPULAUNCH_H
