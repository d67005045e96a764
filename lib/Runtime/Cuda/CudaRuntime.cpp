//===- CudaRuntime.cpp - load and launch attc's CUDA kernels, no LLVM -----===//
//
// libattc_cuda_rt (include/attc/Runtime/attc_cuda_rt.h): the launch runtime
// of lib/Runtime/Gpu/GpuLaunch.h over the CUDA driver API. The driver is
// opened with dlopen at the first call that needs it, so the library loads
// and checks views on machines without one, and every driver call fails
// with one line "no CUDA device: ..." there. docs/cuda-launch-abi.md
// describes the launch ABI this implements.
//
//===----------------------------------------------------------------------===//

#include "../Gpu/GpuLaunch.h"
#include "attc/Runtime/attc_cuda_rt.h"

#include <cuda.h>

using namespace attc;

namespace {
// Two levels so that cuda.h's renames (cuMemAlloc -> cuMemAlloc_v2) expand
// first: dlsym then asks for the versioned symbol the header means, while
// messages keep the documented name.
#define ATTC_CU_STR2(x) #x
#define ATTC_CU_STR(x) ATTC_CU_STR2(x)
#define ATTC_CU_ENTRIES(X)                                                     \
  X(init, cuInit)                                                              \
  X(getErrorName, cuGetErrorName)                                              \
  X(getErrorString, cuGetErrorString)                                          \
  X(deviceGetCount, cuDeviceGetCount)                                          \
  X(deviceGet, cuDeviceGet)                                                    \
  X(deviceGetName, cuDeviceGetName)                                            \
  X(deviceGetAttribute, cuDeviceGetAttribute)                                  \
  X(primaryCtxRetain, cuDevicePrimaryCtxRetain)                                \
  X(ctxSetCurrent, cuCtxSetCurrent)                                            \
  X(moduleLoadData, cuModuleLoadData)                                          \
  X(moduleUnload, cuModuleUnload)                                              \
  X(moduleGetFunction, cuModuleGetFunction)                                    \
  X(moduleGetGlobal, cuModuleGetGlobal)                                        \
  X(funcSetAttribute, cuFuncSetAttribute)                                      \
  X(launchKernel, cuLaunchKernel)                                              \
  X(memAlloc, cuMemAlloc)                                                      \
  X(memFree, cuMemFree)                                                        \
  X(memcpyHtoD, cuMemcpyHtoD)                                                  \
  X(memcpyDtoH, cuMemcpyDtoH)                                                  \
  X(streamSynchronize, cuStreamSynchronize)                                    \
  X(eventCreate, cuEventCreate)                                                \
  X(eventRecord, cuEventRecord)                                                \
  X(eventSynchronize, cuEventSynchronize)                                      \
  X(eventElapsedTime, cuEventElapsedTime)                                      \
  X(eventDestroy, cuEventDestroy)

/// The CUDA driver API, as GpuLaunch.h wants it described.
struct CudaDriver : gpu::DriverBase {
  static constexpr const char *kTarget = "cuda", *kName = "CUDA",
                              *kPrefix = "attc_cuda", *kImage = "cubin",
                              *kUnits = "SMs", *kLibraryKind = "CUDA driver",
                              *kLibraryEnv = "ATTC_CUDA_DRIVER",
                              *kDeviceEnv = "ATTC_CUDA_DEVICE";
  static constexpr const char *kLibraries[] = {"libcuda.so.1"};
  static constexpr int64_t kMaxGrid[3] = {0x7fffffff, 65535, 65535};
  static constexpr bool kDynamicSmem = true;
  static const GpuKernelAbi &abi() { return cudaKernelAbi(); }
  using Module = CUmodule;
  using Function = CUfunction;
  using DevicePtr = CUdeviceptr;
  using Stream = CUstream;
  using Event = CUevent;
  using CModule = attc_cuda_module;
  using CPlan = attc_cuda_plan;

#define ATTC_CU_MEMBER(m, s)                                                   \
  gpu::Entry<decltype(::s)> m{nullptr, #s, ATTC_CU_STR(s)};
  ATTC_CU_ENTRIES(ATTC_CU_MEMBER)
#undef ATTC_CU_MEMBER
  template <class F> void forEachEntry(F f) {
#define ATTC_CU_VISIT(m, s) f(m);
    ATTC_CU_ENTRIES(ATTC_CU_VISIT)
#undef ATTC_CU_VISIT
  }

  /// Only the Hopper kernels need it (CUDA 12 drivers): resolved apart, so
  /// that older drivers still run the others.
  gpu::Entry<decltype(::cuTensorMapEncodeTiled)> tensorMapEncodeTiled{
      nullptr, "cuTensorMapEncodeTiled", "cuTensorMapEncodeTiled"};

  CUdevice device = 0;
  CUcontext context = nullptr;
  int ccMajor = 0, ccMinor = 0;

  /// "NAME (description)" of a driver status.
  std::string describe(CUresult r) const {
    const char *n = nullptr, *s = nullptr;
    if (getErrorName.fn)
      getErrorName(r, &n);
    if (getErrorString.fn)
      getErrorString(r, &s);
    return std::string(n ? n : "CUDA error " + std::to_string(int(r))) +
           (s ? std::string(" (") + s + ")" : "");
  }

  std::string startDriver(const std::string &path, int &count) {
    tensorMapEncodeTiled.fn =
        reinterpret_cast<decltype(tensorMapEncodeTiled.fn)>(
            dlsym(library, tensorMapEncodeTiled.symbol));
    if (CUresult r = init(0))
      return r == CUDA_ERROR_STUB_LIBRARY
                 ? path + " is the toolkit's stub library, not a driver "
                          "(CUDA_ERROR_STUB_LIBRARY)"
                 : "cuInit failed: " + describe(r);
    if (CUresult r = deviceGetCount(&count))
      return "cuDeviceGetCount failed: " + describe(r);
    return "";
  }

  /// The device's name, compute capability, SMs and primary context: the
  /// one the CUDA runtime and PyTorch use.
  std::string openDevice() {
    CUresult r = deviceGet(&device, ordinal);
    if (!r)
      r = deviceGetName(name, sizeof name - 1, device);
    if (!r)
      r = deviceGetAttribute(
          &ccMajor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device);
    if (!r)
      r = deviceGetAttribute(
          &ccMinor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device);
    if (!r)
      r = deviceGetAttribute(&units, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT,
                             device);
    if (!r)
      r = primaryCtxRetain(&context, device);
    if (r)
      return describe(r);
    arch = "sm_" + std::to_string(ccMajor * 10 + ccMinor);
    return "";
  }

  bool makeCurrent() const {
    return !gpu::failed(*this, "", ctxSetCurrent, context);
  }

  /// The image of its own arch (sm_90a needs exactly 9.0), else the newest
  /// sm_<major><m> with m <= minor (cubins run on later minors of a major).
  const CudaModuleMeta::Image *pickImage(const CudaModuleMeta &meta) const {
    const CudaModuleMeta::Image *best = nullptr;
    int bestMinor = -1;
    for (const CudaModuleMeta::Image &img : meta.images) {
      std::string a = img.arch;
      if (a.size() < 5 || a.compare(0, 3, "sm_") != 0)
        continue;
      bool suffix = a.back() == 'a';
      if (suffix)
        a.pop_back();
      int n = std::atoi(a.c_str() + 3);
      int maj = n / 10, min = n % 10;
      if (maj != ccMajor || min > ccMinor || (suffix && min != ccMinor))
        continue;
      if (min > bestMinor || (min == bestMinor && suffix)) {
        best = &img;
        bestMinor = min;
      }
    }
    return best;
  }

  /// Above 48 KiB of dynamic shared memory a kernel must opt in.
  std::string tensorMap(attc_cuda_tensor_map &map, const attc_tensor &t,
                        int rows) const {
    static_assert(sizeof(attc_cuda_tensor_map) == sizeof(CUtensorMap) &&
                      alignof(attc_cuda_tensor_map) == alignof(CUtensorMap),
                  "attc_cuda_tensor_map is a CUtensorMap");
    // dims {D, L, H, B}; the copy engine wants unit column strides and
    // 16-byte aligned rows.
    cuuint64_t dims[4], strides[3];
    for (int a = 0; a < 4; ++a)
      if (t.shape[a] == 0)
        return ""; // no tile to copy: the kernel issues none
    for (int a = 0; a < 4; ++a)
      dims[a] = cuuint64_t(t.shape[3 - a] > 0 ? t.shape[3 - a] : 1);
    for (int a = 0; a < 3; ++a)
      strides[a] = cuuint64_t(t.strides[2 - a]) * 2;
    bool aligned = (reinterpret_cast<uintptr_t>(t.data) & 15) == 0;
    for (int a = 0; a < 3; ++a)
      aligned = aligned && t.strides[2 - a] > 0 && strides[a] % 16 == 0;
    if (t.strides[3] != 1 || !aligned)
      return "the Hopper kernels need q, k and v contiguous in d with "
             "16-byte aligned rows and positive strides (compile without "
             "--hopper for other views)";
    if (!tensorMapEncodeTiled.fn)
      return "the CUDA driver lacks cuTensorMapEncodeTiled (too old for "
             "the Hopper kernels)";
    const cuuint32_t box[4] = {64, cuuint32_t(rows), 1, 1},
                     ones[4] = {1, 1, 1, 1};
    CUresult r = tensorMapEncodeTiled(
        reinterpret_cast<CUtensorMap *>(&map),
        t.dtype == ATTC_F16 ? CU_TENSOR_MAP_DATA_TYPE_FLOAT16
                            : CU_TENSOR_MAP_DATA_TYPE_BFLOAT16,
        4, t.data, dims, strides, box, ones, CU_TENSOR_MAP_INTERLEAVE_NONE,
        CU_TENSOR_MAP_SWIZZLE_128B, CU_TENSOR_MAP_L2_PROMOTION_L2_128B,
        CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE);
    return r ? "cuTensorMapEncodeTiled failed: " + describe(r) : "";
  }

  bool prepare(CUfunction f, const CudaModuleMeta::Kernel &k,
               const std::string &where) const {
    int smem = k.meta[ATTC_CUDA_META_SMEM];
    return smem <= 48 * 1024 ||
           !gpu::failed(*this, where, funcSetAttribute, f,
                        CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, smem);
  }
};
} // namespace

struct attc_cuda_module : gpu::Module<CudaDriver> {};

ATTC_GPU_RT_C_API(cuda, CudaDriver)

int attc_cuda_device_info(char *name, size_t nameSize, int *major, int *minor,
                          int *sms) {
  return gpu::deviceInfo<CudaDriver>("device_info", [&](const CudaDriver &d) {
    gpu::copyName(name, nameSize, d.name);
    if (major)
      *major = d.ccMajor;
    if (minor)
      *minor = d.ccMinor;
    if (sms)
      *sms = d.units;
  });
}
