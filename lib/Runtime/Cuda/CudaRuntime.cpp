//===- CudaRuntime.cpp - load and launch attc's CUDA kernels, no LLVM -----===//
//
// libattc_cuda_rt (include/attc/Runtime/attc_cuda_rt.h). The driver is
// opened with dlopen at the first call that needs it, so the library loads
// and checks views on machines without one, and every driver call fails
// with one line "no CUDA device: ..." there. Views are checked by the code
// the CPU path uses (TensorChecks.cpp) before anything touches the driver.
// docs/cuda-launch-abi.md describes the launch ABI this implements.
//
//===----------------------------------------------------------------------===//

#include "attc/Runtime/CudaKernelMeta.h"
#include "attc/Runtime/attc_cuda_rt.h"

#include <cuda.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <sstream>

#include <dlfcn.h>

using namespace attc;

namespace {
thread_local std::string lastError;

int fail(int status, std::string message) {
  lastError = std::move(message);
  return status;
}

int ok() {
  lastError.clear();
  return ATTC_STATUS_OK;
}

/// Runs `body`, turning an allocation failure or anything else thrown into
/// a status: no C++ exception crosses the C interface.
template <class Fn> int guarded(const char *what, Fn body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc &) {
    return fail(ATTC_STATUS_INTERNAL, std::string(what) + ": out of memory");
  } catch (...) {
    return fail(ATTC_STATUS_INTERNAL, std::string(what) + ": internal error");
  }
}

//===----------------------------------------------------------------------===//
// The driver, through dlopen
//===----------------------------------------------------------------------===//

// Two levels so that cuda.h's renames (cuMemAlloc -> cuMemAlloc_v2) expand
// first: dlsym then asks for the versioned symbol the header means.
#define ATTC_CU_STR2(x) #x
#define ATTC_CU_STR(x) ATTC_CU_STR2(x)
#define ATTC_CU_FUNCTIONS(X)                                                   \
  X(cuInit)                                                                    \
  X(cuGetErrorName)                                                            \
  X(cuGetErrorString)                                                          \
  X(cuDeviceGetCount)                                                          \
  X(cuDeviceGet)                                                               \
  X(cuDeviceGetName)                                                           \
  X(cuDeviceGetAttribute)                                                      \
  X(cuDevicePrimaryCtxRetain)                                                  \
  X(cuCtxSetCurrent)                                                           \
  X(cuModuleLoadData)                                                          \
  X(cuModuleUnload)                                                            \
  X(cuModuleGetFunction)                                                       \
  X(cuModuleGetGlobal)                                                         \
  X(cuFuncSetAttribute)                                                        \
  X(cuLaunchKernel)                                                            \
  X(cuMemAlloc)                                                                \
  X(cuMemFree)                                                                 \
  X(cuMemcpyHtoD)                                                              \
  X(cuMemcpyDtoH)                                                              \
  X(cuStreamSynchronize)                                                       \
  X(cuEventCreate)                                                             \
  X(cuEventRecord)                                                             \
  X(cuEventSynchronize)                                                        \
  X(cuEventElapsedTime)                                                        \
  X(cuEventDestroy)

struct Driver {
#define ATTC_CU_MEMBER(fn) decltype(&::fn) fn = nullptr;
  ATTC_CU_FUNCTIONS(ATTC_CU_MEMBER)
#undef ATTC_CU_MEMBER
  /// Why there is no usable device; empty when there is one.
  std::string error;
  CUdevice device = 0;
  CUcontext context = nullptr;
  int ccMajor = 0, ccMinor = 0, sms = 0;
  char name[256] = {};

  /// "NAME (description)" of a driver status.
  std::string describe(CUresult r) const {
    const char *n = nullptr, *s = nullptr;
    if (cuGetErrorName)
      cuGetErrorName(r, &n);
    if (cuGetErrorString)
      cuGetErrorString(r, &s);
    return std::string(n ? n : "CUDA error " + std::to_string(int(r))) +
           (s ? std::string(" (") + s + ")" : "");
  }
};

/// Opens libcuda ($ATTC_CUDA_DRIVER overrides the name, for tests), loads
/// the entry points and the device ($ATTC_CUDA_DEVICE, default 0), once.
Driver loadDriver() {
  Driver d;
  const char *path = std::getenv("ATTC_CUDA_DRIVER");
  if (!path || !*path)
    path = "libcuda.so.1";
  void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char *why = dlerror();
    d.error = std::string("no CUDA device: cannot load the CUDA driver ") +
              path + " (" + (why ? why : "dlopen failed") + ")";
    return d;
  }
#define ATTC_CU_LOAD(fn)                                                       \
  d.fn = reinterpret_cast<decltype(d.fn)>(dlsym(handle, ATTC_CU_STR(fn)));     \
  if (!d.fn) {                                                                 \
    d.error = std::string("no CUDA device: the driver ") + path +              \
              " lacks " ATTC_CU_STR(fn) " (too old)";                          \
    return d;                                                                  \
  }
  ATTC_CU_FUNCTIONS(ATTC_CU_LOAD)
#undef ATTC_CU_LOAD
  if (CUresult r = d.cuInit(0)) {
    d.error = r == CUDA_ERROR_STUB_LIBRARY
                  ? std::string("no CUDA device: ") + path +
                        " is the toolkit's stub library, not a driver "
                        "(CUDA_ERROR_STUB_LIBRARY)"
                  : "no CUDA device: cuInit failed: " + d.describe(r);
    return d;
  }
  int count = 0;
  if (CUresult r = d.cuDeviceGetCount(&count)) {
    d.error = "no CUDA device: cuDeviceGetCount failed: " + d.describe(r);
    return d;
  }
  int ordinal = 0;
  if (const char *env = std::getenv("ATTC_CUDA_DEVICE"); env && *env)
    ordinal = std::atoi(env);
  if (count == 0 || ordinal < 0 || ordinal >= count) {
    d.error = "no CUDA device: the driver sees " + std::to_string(count) +
              " device(s)" +
              (count ? ", ATTC_CUDA_DEVICE=" + std::to_string(ordinal) +
                           " is out of range"
                     : "");
    return d;
  }
  CUresult r = d.cuDeviceGet(&d.device, ordinal);
  if (!r)
    r = d.cuDeviceGetName(d.name, sizeof d.name - 1, d.device);
  if (!r)
    r = d.cuDeviceGetAttribute(
        &d.ccMajor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, d.device);
  if (!r)
    r = d.cuDeviceGetAttribute(
        &d.ccMinor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, d.device);
  if (!r)
    r = d.cuDeviceGetAttribute(&d.sms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT,
                               d.device);
  if (!r)
    r = d.cuDevicePrimaryCtxRetain(&d.context, d.device);
  if (r)
    d.error = "no CUDA device: device " + std::to_string(ordinal) + ": " +
              d.describe(r);
  return d;
}

/// The driver with its primary context current on this thread, or null
/// with the message set.
const Driver *driver() {
  static const Driver d = loadDriver();
  if (!d.error.empty()) {
    lastError = d.error;
    return nullptr;
  }
  if (CUresult r = d.cuCtxSetCurrent(d.context)) {
    lastError = "CUDA error in cuCtxSetCurrent: " + d.describe(r);
    return nullptr;
  }
  return &d;
}

/// Sets the message of a failed driver call; true when `r` failed.
bool failed(const Driver &d, CUresult r, const char *call,
            const std::string &what = "") {
  if (r == CUDA_SUCCESS)
    return false;
  lastError = (what.empty() ? "" : what + ": ") + "CUDA error in " + call +
              ": " + d.describe(r);
  return true;
}
} // namespace

//===----------------------------------------------------------------------===//
// Modules
//===----------------------------------------------------------------------===//

struct attc_cuda_module {
  CudaModuleMeta meta;
  std::string name; ///< the metadata file, for messages
  std::string dir;  ///< where the image files are ("": images in memory)
  std::map<std::string, std::string> images; ///< arch -> bytes, added ones
  std::mutex mutex;                          ///< guards what follows
  CUmodule module = nullptr;
  std::vector<CUfunction> functions; ///< per meta.kernels entry
  ~attc_cuda_module() {
    if (module)
      if (const Driver *d = driver())
        d->cuModuleUnload(module);
  }
};

namespace {
/// The image for a device of compute capability major.minor: its own arch
/// (sm_90a needs exactly 9.0), else the newest sm_<major><m> with m <= minor
/// (cubins run on later minors of a major).
const CudaModuleMeta::Image *pickImage(const CudaModuleMeta &meta, int major,
                                       int minor, std::string &have) {
  const CudaModuleMeta::Image *best = nullptr;
  int bestMinor = -1;
  for (const CudaModuleMeta::Image &img : meta.images) {
    have += (have.empty() ? "" : ", ") + img.arch;
    int maj = 0, min = 0;
    char suffix = 0;
    std::string a = img.arch;
    if (a.size() < 5 || a.compare(0, 3, "sm_") != 0)
      continue;
    if (a.back() == 'a') {
      suffix = 'a';
      a.pop_back();
    }
    int n = std::atoi(a.c_str() + 3);
    maj = n / 10;
    min = n % 10;
    if (maj != major || min > minor || (suffix && min != minor))
      continue;
    if (min > bestMinor || (min == bestMinor && suffix)) {
      best = &img;
      bestMinor = min;
    }
  }
  return best;
}

/// Loads the module's image for the device and its kernels, verifying their
/// constants against the metadata; once per module.
bool ensureLoaded(const Driver &d, attc_cuda_module &m) {
  std::lock_guard<std::mutex> lock(m.mutex);
  if (m.module)
    return true;
  std::string have;
  const CudaModuleMeta::Image *img =
      pickImage(m.meta, d.ccMajor, d.ccMinor, have);
  std::string arch = "sm_" + std::to_string(d.ccMajor * 10 + d.ccMinor);
  if (!img) {
    lastError = m.name + ": no cubin for this device (" + d.name + ", " + arch +
                "); the module has " + (have.empty() ? "none" : have) +
                " (export with --arch=" + arch + ")";
    return false;
  }
  std::string bytes, where;
  if (auto it = m.images.find(img->arch); it != m.images.end()) {
    bytes = it->second;
    where = m.name + " image " + img->arch;
  } else {
    where = m.dir + "/" + img->file;
    std::ifstream in(where, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
    if (!in.good() && !in.eof()) {
      lastError = where + ": cannot read";
      return false;
    }
    if (bytes.empty()) {
      lastError = where + ": missing or empty";
      return false;
    }
  }
  CUmodule module;
  if (failed(d, d.cuModuleLoadData(&module, bytes.data()), "cuModuleLoadData",
             where))
    return false;
  std::vector<CUfunction> functions;
  for (const CudaModuleMeta::Kernel &k : m.meta.kernels) {
    CUfunction f;
    if (failed(d, d.cuModuleGetFunction(&f, module, k.name.c_str()),
               "cuModuleGetFunction", where + ": kernel " + k.name)) {
      d.cuModuleUnload(module);
      return false;
    }
    // The kernel's own constants must be the ones the launch is planned by.
    static const std::string kPrefix = "attc_cuda_kernel_";
    std::string global =
        "attc_cuda_meta_" + (k.name.compare(0, kPrefix.size(), kPrefix) == 0
                                 ? k.name.substr(kPrefix.size())
                                 : k.name);
    CUdeviceptr ptr;
    size_t size = 0;
    int values[ATTC_CUDA_META_LEN];
    if (failed(d, d.cuModuleGetGlobal(&ptr, &size, module, global.c_str()),
               "cuModuleGetGlobal", where + ": " + global) ||
        size != sizeof values ||
        failed(d, d.cuMemcpyDtoH(values, ptr, sizeof values), "cuMemcpyDtoH",
               where + ": " + global) ||
        !std::equal(values, values + ATTC_CUDA_META_LEN, k.meta.begin())) {
      if (size != sizeof values || lastError.empty())
        lastError = where + ": the constants of " + k.name + " differ from " +
                    m.name + " (a cubin of another kernel?)";
      d.cuModuleUnload(module);
      return false;
    }
    int smem = k.meta[ATTC_CUDA_META_SMEM];
    if (smem > 48 * 1024 &&
        failed(d,
               d.cuFuncSetAttribute(
                   f, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, smem),
               "cuFuncSetAttribute", where + ": kernel " + k.name)) {
      d.cuModuleUnload(module);
      return false;
    }
    functions.push_back(f);
  }
  m.module = module;
  m.functions = std::move(functions);
  return true;
}

/// A checked launch: the kernel, its geometry and its parameter.
struct Plan {
  size_t kernel = 0;
  attc_cuda_plan info{};
  attc_cuda_params params{};
};

/// The views against the spec and the kernels' limits; no driver call.
std::string plan(const attc_cuda_module &m,
                 const std::map<std::string, Tensor> &inputs,
                 const std::map<std::string, Tensor> &outputs, Plan &p) {
  const SpecInfo &spec = m.meta.spec;
  Dims dims;
  if (std::string err = checkTensorViews(spec, inputs, &outputs, dims);
      !err.empty())
    return err;
  int64_t D = dims.v[kD], Dv = dims.v[kDv];
  // The smallest head-dim bucket that holds D and Dv.
  const CudaModuleMeta::Kernel *best = nullptr;
  std::string have;
  for (size_t i = 0; i < m.meta.kernels.size(); ++i) {
    const CudaModuleMeta::Kernel &k = m.meta.kernels[i];
    int kd = k.meta[ATTC_CUDA_META_KD], kdv = k.meta[ATTC_CUDA_META_KDV];
    have += (have.empty() ? "" : ", ") + std::to_string(kd) + "x" +
            std::to_string(kdv);
    if (kd < D || kdv < Dv)
      continue;
    if (!best || int64_t(kd) * kdv < int64_t(best->meta[ATTC_CUDA_META_KD]) *
                                         best->meta[ATTC_CUDA_META_KDV]) {
      best = &k;
      p.kernel = i;
    }
  }
  if (!best)
    return "kernel '" + spec.name +
           "': no CUDA kernel for D=" + std::to_string(D) +
           ", Dv=" + std::to_string(Dv) +
           " (its head-dim buckets D x Dv: " + have + ")";
  const auto &k = best->meta;
  int64_t tq = k[ATTC_CUDA_META_TILE_Q], hpt = k[ATTC_CUDA_META_HEADS];
  int64_t B = dims.v[kB], Hq = dims.v[kHq], Lq = dims.v[kLq];
  int64_t group = Hq / dims.v[kHkv];
  if (group % hpt)
    return "kernel '" + spec.name + "': Hq / Hkv = " + std::to_string(group) +
           " query heads per kv head is not a multiple of the CUDA kernel's " +
           std::to_string(hpt) + " heads per block";
  int64_t gx = (Lq + tq - 1) / tq, gy = Hq / hpt;
  if (B > 65535)
    return "B=" + std::to_string(B) +
           ": the CUDA grid holds at most 65535 batches";
  if (gy > 65535)
    return "Hq=" + std::to_string(Hq) +
           ": the CUDA grid holds at most 65535 head blocks";
  if (gx > 0x7fffffff)
    return "Lq=" + std::to_string(Lq) + ": too many query tiles for the grid";
  attc_cuda_plan &info = p.info;
  std::snprintf(info.kernel, sizeof info.kernel, "%s", best->name.c_str());
  std::copy(dims.v, dims.v + kNumDims, info.dims);
  // An empty grid is not launched (B or Lq = 0: there is nothing to write).
  bool empty = B == 0 || Lq == 0;
  info.grid[0] = empty ? 0 : uint32_t(gx);
  info.grid[1] = empty ? 0 : uint32_t(gy);
  info.grid[2] = empty ? 0 : uint32_t(B);
  info.block = uint32_t(k[ATTC_CUDA_META_THREADS]);
  info.smem_bytes = uint32_t(k[ATTC_CUDA_META_SMEM]);

  std::vector<attc_tensor> extra;
  attc_launch L = launchViews(spec, dims, inputs, &outputs, extra);
  attc_cuda_params &P = p.params;
  P = attc_cuda_params{};
  P.B = L.B;
  P.Hq = L.Hq;
  P.Hkv = L.Hkv;
  P.Lq = L.Lq;
  P.Lk = L.Lk;
  P.D = L.D;
  P.Dv = L.Dv;
  P.q = L.q;
  P.k = L.k;
  P.v = L.v;
  P.o = L.o;
  P.lse = L.lse;
  P.max = L.max;
  std::copy(extra.begin(), extra.end(), P.inputs);
  P.num_inputs = L.num_inputs;
  return "";
}

/// The C views as maps and the plan; a status and the message on failure.
int planC(const char *what, const attc_cuda_module *m,
          const attc_named_tensor *in, int32_t nin,
          const attc_named_tensor *out, int32_t nout,
          std::map<std::string, Tensor> &inputs,
          std::map<std::string, Tensor> &outputs, Plan &p) {
  if (!m)
    return fail(ATTC_STATUS_INVALID_ARGUMENT,
                std::string(what) + ": module is NULL");
  if (std::string err = namedTensors(what, "inputs", in, nin, inputs);
      !err.empty())
    return fail(ATTC_STATUS_INVALID_ARGUMENT, err);
  if (std::string err = namedTensors(what, "outputs", out, nout, outputs);
      !err.empty())
    return fail(ATTC_STATUS_INVALID_ARGUMENT, err);
  if (std::string err = plan(*m, inputs, outputs, p); !err.empty())
    return fail(ATTC_STATUS_ERROR, err);
  return ATTC_STATUS_OK;
}

/// Launches a planned kernel; the module is loaded first if needed.
int launchPlan(const Driver &d, attc_cuda_module &m, Plan &p, CUstream stream) {
  if (!ensureLoaded(d, m))
    return ATTC_STATUS_ERROR;
  const attc_cuda_plan &i = p.info;
  if (!i.grid[0])
    return ATTC_STATUS_OK;
  void *args[] = {&p.params};
  if (failed(d,
             d.cuLaunchKernel(m.functions[p.kernel], i.grid[0], i.grid[1],
                              i.grid[2], i.block, 1, 1, i.smem_bytes, stream,
                              args, nullptr),
             "cuLaunchKernel", std::string("kernel ") + i.kernel))
    return ATTC_STATUS_ERROR;
  return ATTC_STATUS_OK;
}

/// Device memory freed when it goes out of scope.
struct DeviceBuffer {
  const Driver *d = nullptr;
  CUdeviceptr ptr = 0;
  ~DeviceBuffer() {
    if (ptr)
      d->cuMemFree(ptr);
  }
};

/// The byte range [first, first + bytes) of a view's elements, relative to
/// its data pointer (strides may be negative or zero).
void span(const Tensor &t, int64_t &first, int64_t &bytes) {
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
} // namespace

//===----------------------------------------------------------------------===//
// The C API
//===----------------------------------------------------------------------===//

extern "C" {

int attc_cuda_module_from_meta(const char *text, size_t size, const char *name,
                               attc_cuda_module **out) {
  return guarded("attc_cuda_module_from_meta", [&]() -> int {
    if (!text || !out)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  "attc_cuda_module_from_meta: meta or out is NULL");
    auto m = std::make_unique<attc_cuda_module>();
    m->name = name ? name : "<kernel.meta>";
    if (std::string err =
            parseCudaMeta(std::string(text, size), m->name, m->meta);
        !err.empty())
      return fail(ATTC_STATUS_ERROR, err);
    *out = m.release();
    return ok();
  });
}

int attc_cuda_module_open(const char *dir, attc_cuda_module **out) {
  return guarded("attc_cuda_module_open", [&]() -> int {
    if (!dir || !out)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  "attc_cuda_module_open: dir or out is NULL");
    std::string path = std::string(dir) + "/" + kCudaMetaFile;
    std::ifstream in(path, std::ios::binary);
    if (!in)
      return fail(ATTC_STATUS_ERROR,
                  path + ": cannot open (" + std::strerror(errno) + ")");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    if (text.size() > (1u << 20))
      return fail(ATTC_STATUS_ERROR, path + ": larger than 1 MiB");
    int status =
        attc_cuda_module_from_meta(text.data(), text.size(), path.c_str(), out);
    if (status == ATTC_STATUS_OK)
      (*out)->dir = dir;
    return status;
  });
}

int attc_cuda_module_add_image(attc_cuda_module *m, const char *arch,
                               const void *image, size_t size) {
  return guarded("attc_cuda_module_add_image", [&]() -> int {
    if (!m || !arch || !image)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  "attc_cuda_module_add_image: module, arch or image is NULL");
    std::lock_guard<std::mutex> lock(m->mutex);
    m->images[arch].assign(static_cast<const char *>(image), size);
    bool listed = false;
    for (const CudaModuleMeta::Image &img : m->meta.images)
      listed |= img.arch == arch;
    if (!listed)
      m->meta.images.push_back({arch, cudaImageFile(arch)});
    return ok();
  });
}

void attc_cuda_module_free(attc_cuda_module *m) { delete m; }

int attc_cuda_plan_launch(const attc_cuda_module *m,
                          const attc_named_tensor *in, int32_t nin,
                          const attc_named_tensor *out, int32_t nout,
                          attc_cuda_plan *result) {
  return guarded("attc_cuda_plan_launch", [&]() -> int {
    std::map<std::string, Tensor> inputs, outputs;
    Plan p;
    if (int status = planC("attc_cuda_plan_launch", m, in, nin, out, nout,
                           inputs, outputs, p))
      return status;
    if (result)
      *result = p.info;
    return ok();
  });
}

int attc_cuda_launch(attc_cuda_module *m, const attc_named_tensor *in,
                     int32_t nin, const attc_named_tensor *out, int32_t nout,
                     void *stream) {
  return guarded("attc_cuda_launch", [&]() -> int {
    std::map<std::string, Tensor> inputs, outputs;
    Plan p;
    if (int status = planC("attc_cuda_launch", m, in, nin, out, nout, inputs,
                           outputs, p))
      return status;
    const Driver *d = driver();
    if (!d)
      return ATTC_STATUS_ERROR;
    if (int status = launchPlan(*d, *m, p, static_cast<CUstream>(stream)))
      return status;
    return ok();
  });
}

int attc_cuda_run_host(attc_cuda_module *m, const attc_named_tensor *in,
                       int32_t nin, const attc_named_tensor *out, int32_t nout,
                       int32_t repeats, float *times_ms) {
  return guarded("attc_cuda_run_host", [&]() -> int {
    std::map<std::string, Tensor> inputs, outputs;
    Plan p;
    if (int status = planC("attc_cuda_run_host", m, in, nin, out, nout, inputs,
                           outputs, p))
      return status;
    if (repeats < 0)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  "attc_cuda_run_host: repeats is negative");
    const Driver *d = driver();
    if (!d)
      return ATTC_STATUS_ERROR;
    // Each view's whole span goes to the device (outputs too, so the gaps of
    // a strided output come back as they were); the device views keep the
    // host strides.
    std::vector<std::unique_ptr<DeviceBuffer>> buffers;
    auto toDevice = [&](std::map<std::string, Tensor> &views) {
      for (auto &[name, t] : views) {
        int64_t first, bytes;
        span(t, first, bytes);
        auto buf = std::make_unique<DeviceBuffer>();
        buf->d = d;
        if (bytes) {
          const char *host = static_cast<const char *>(t.data) + first;
          if (failed(*d, d->cuMemAlloc(&buf->ptr, size_t(bytes)), "cuMemAlloc",
                     "tensor '" + name + "'") ||
              failed(*d, d->cuMemcpyHtoD(buf->ptr, host, size_t(bytes)),
                     "cuMemcpyHtoD", "tensor '" + name + "'"))
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
    Plan dp;
    if (std::string err = plan(*m, devIn, devOut, dp); !err.empty())
      return fail(ATTC_STATUS_INTERNAL, "attc_cuda_run_host: " + err);
    if (int status = launchPlan(*d, *m, dp, nullptr))
      return status;
    if (repeats > 0) {
      CUevent start, stop;
      if (failed(*d, d->cuEventCreate(&start, CU_EVENT_DEFAULT),
                 "cuEventCreate"))
        return ATTC_STATUS_ERROR;
      if (failed(*d, d->cuEventCreate(&stop, CU_EVENT_DEFAULT),
                 "cuEventCreate")) {
        d->cuEventDestroy(start);
        return ATTC_STATUS_ERROR;
      }
      int status = ATTC_STATUS_OK;
      for (int32_t r = 0; r < repeats && !status; ++r) {
        float ms = 0;
        if (failed(*d, d->cuEventRecord(start, nullptr), "cuEventRecord") ||
            (status = launchPlan(*d, *m, dp, nullptr)) ||
            failed(*d, d->cuEventRecord(stop, nullptr), "cuEventRecord") ||
            failed(*d, d->cuEventSynchronize(stop), "cuEventSynchronize",
                   std::string("kernel ") + dp.info.kernel) ||
            failed(*d, d->cuEventElapsedTime(&ms, start, stop),
                   "cuEventElapsedTime"))
          status = ATTC_STATUS_ERROR;
        else if (times_ms)
          times_ms[r] = ms;
      }
      d->cuEventDestroy(start);
      d->cuEventDestroy(stop);
      if (status)
        return status;
    }
    if (failed(*d, d->cuStreamSynchronize(nullptr), "cuStreamSynchronize",
               std::string("kernel ") + dp.info.kernel))
      return ATTC_STATUS_ERROR;
    for (auto &[name, t] : outputs) {
      int64_t first, bytes;
      span(t, first, bytes);
      if (!bytes)
        continue;
      const Tensor &dev = devOut.at(name);
      CUdeviceptr src = reinterpret_cast<CUdeviceptr>(
          static_cast<const char *>(dev.data) + first);
      if (failed(*d,
                 d->cuMemcpyDtoH(static_cast<char *>(t.data) + first, src,
                                 size_t(bytes)),
                 "cuMemcpyDtoH", "output '" + name + "'"))
        return ATTC_STATUS_ERROR;
    }
    return ok();
  });
}

int attc_cuda_device_info(char *name, size_t nameSize, int *major, int *minor,
                          int *sms) {
  return guarded("attc_cuda_device_info", [&]() -> int {
    const Driver *d = driver();
    if (!d)
      return ATTC_STATUS_ERROR;
    if (name && nameSize)
      std::snprintf(name, nameSize, "%s", d->name);
    if (major)
      *major = d->ccMajor;
    if (minor)
      *minor = d->ccMinor;
    if (sms)
      *sms = d->sms;
    return ok();
  });
}

const char *attc_cuda_last_error(void) { return lastError.c_str(); }

} // extern "C"
