//===- HipRuntime.cpp - load and launch attc's HIP kernels, no LLVM -------===//
//
// libattc_hip_rt (include/attc/Runtime/attc_hip_rt.h): the launch runtime
// of lib/Runtime/Gpu/GpuLaunch.h over the HIP module API. The few HIP
// types and entry points it needs are declared here rather than taken from
// ROCm's headers (Debian's ROCm 5.2 headers break under clang-22, and none
// are needed to build it), inside a namespace so that they never clash with
// the real ones when a compiler includes those (hipcc). The HIP runtime is
// opened with dlopen at the first call that needs it; without it, or
// without a device, every such call fails with one line "no HIP device:
// ...".
//
//===----------------------------------------------------------------------===//

#include "../Gpu/GpuLaunch.h"
#include "attc/Runtime/attc_hip_rt.h"

#include <cctype>
#include <vector>

using namespace attc;

namespace {
namespace hip {
/// hipError_t: an int-sized enum whose success is 0.
using Status = int;
using Module = struct ihipModule_t *;
using Function = struct ihipModuleSymbol_t *;
using Stream = struct ihipStream_t *;
using Event = struct ihipEvent_t *;
using DevicePtr = void *;
/// hipDeviceAttributeMultiprocessorCount: 63 in ROCm 5 and 6 alike.
constexpr int kAttributeMultiprocessorCount = 63;
} // namespace hip

#define ATTC_HIP_ENTRIES(X)                                                    \
  X(init, hipInit, hip::Status(unsigned))                                      \
  X(getErrorName, hipGetErrorName, const char *(hip::Status))                  \
  X(getErrorString, hipGetErrorString, const char *(hip::Status))              \
  X(getDeviceCount, hipGetDeviceCount, hip::Status(int *))                     \
  X(deviceGet, hipDeviceGet, hip::Status(int *, int))                          \
  X(deviceGetName, hipDeviceGetName, hip::Status(char *, int, int))            \
  X(deviceGetAttribute, hipDeviceGetAttribute, hip::Status(int *, int, int))   \
  X(setDevice, hipSetDevice, hip::Status(int))                                 \
  X(moduleLoadData, hipModuleLoadData,                                         \
    hip::Status(hip::Module *, const void *))                                  \
  X(moduleUnload, hipModuleUnload, hip::Status(hip::Module))                   \
  X(moduleGetFunction, hipModuleGetFunction,                                   \
    hip::Status(hip::Function *, hip::Module, const char *))                   \
  X(moduleGetGlobal, hipModuleGetGlobal,                                       \
    hip::Status(hip::DevicePtr *, size_t *, hip::Module, const char *))        \
  X(launchKernel, hipModuleLaunchKernel,                                       \
    hip::Status(hip::Function, unsigned, unsigned, unsigned, unsigned,         \
                unsigned, unsigned, unsigned, hip::Stream, void **, void **))  \
  X(memAlloc, hipMalloc, hip::Status(void **, size_t))                         \
  X(memFree, hipFree, hip::Status(void *))                                     \
  X(memcpyHtoD, hipMemcpyHtoD,                                                 \
    hip::Status(hip::DevicePtr, const void *, size_t))                         \
  X(memcpyDtoH, hipMemcpyDtoH, hip::Status(void *, hip::DevicePtr, size_t))    \
  X(streamSynchronize, hipStreamSynchronize, hip::Status(hip::Stream))         \
  X(eventCreate, hipEventCreateWithFlags, hip::Status(hip::Event *, unsigned)) \
  X(eventRecord, hipEventRecord, hip::Status(hip::Event, hip::Stream))         \
  X(eventSynchronize, hipEventSynchronize, hip::Status(hip::Event))            \
  X(eventElapsedTime, hipEventElapsedTime,                                     \
    hip::Status(float *, hip::Event, hip::Event))                              \
  X(eventDestroy, hipEventDestroy, hip::Status(hip::Event))

/// The HIP module API, as GpuLaunch.h wants it described.
struct HipDriver : gpu::DriverBase {
  static constexpr const char *kTarget = "hip", *kName = "HIP",
                              *kPrefix = "attc_hip", *kImage = "code object",
                              *kUnits = "CUs", *kLibraryKind = "HIP runtime",
                              *kLibraryEnv = "ATTC_HIP_RUNTIME",
                              *kDeviceEnv = "ATTC_HIP_DEVICE";
  static constexpr const char *kLibraries[] = {
      "libamdhip64.so", "libamdhip64.so.6", "libamdhip64.so.5"};
  // A dispatch counts work-items in 32 bits per axis; a work-group has at
  // most 1024 of them.
  static constexpr int64_t kMaxGrid[3] = {0xffffffffll / 1024, 0xffffffffll,
                                          0xffffffffll};
  // The kernels allocate their LDS statically.
  static constexpr bool kDynamicSmem = false;
  static const GpuKernelAbi &abi() { return hipKernelAbi(); }
  using Module = hip::Module;
  using Function = hip::Function;
  using DevicePtr = hip::DevicePtr;
  using Stream = hip::Stream;
  using Event = hip::Event;
  using CModule = attc_hip_module;
  using CPlan = attc_hip_plan;

#define ATTC_HIP_MEMBER(m, s, ...) gpu::Entry<__VA_ARGS__> m{nullptr, #s, #s};
  ATTC_HIP_ENTRIES(ATTC_HIP_MEMBER)
#undef ATTC_HIP_MEMBER
  template <class F> void forEachEntry(F f) {
#define ATTC_HIP_VISIT(m, s, ...) f(m);
    ATTC_HIP_ENTRIES(ATTC_HIP_VISIT)
#undef ATTC_HIP_VISIT
  }

  std::string describe(hip::Status r) const {
    const char *n = getErrorName.fn ? getErrorName(r) : nullptr;
    const char *s = getErrorString.fn ? getErrorString(r) : nullptr;
    return std::string(n ? n : "HIP error " + std::to_string(r)) +
           (s ? std::string(" (") + s + ")" : "");
  }

  std::string startDriver(const std::string &, int &count) {
    if (hip::Status r = init(0))
      return "hipInit failed: " + describe(r);
    if (hip::Status r = getDeviceCount(&count))
      return "hipGetDeviceCount failed: " + describe(r);
    return "";
  }

  /// The device's name, CUs and gfx arch. The arch is only in
  /// hipDeviceProp_t, whose layout changed between ROCm 5 and 6
  /// (hipGetDevicePropertiesR0600); both start with the name and hold
  /// gcnArchName ("gfx942:sramecc+:xnack-") further on, so the first
  /// "gfx<digit>" after the name is read from a generous zeroed buffer
  /// rather than from a declared layout.
  std::string openDevice() {
    int device = 0;
    if (hip::Status r = setDevice(ordinal))
      return "hipSetDevice failed: " + describe(r);
    if (hip::Status r = deviceGet(&device, ordinal))
      return "hipDeviceGet failed: " + describe(r);
    if (hip::Status r = deviceGetName(name, int(sizeof name) - 1, device))
      return "hipDeviceGetName failed: " + describe(r);
    if (hip::Status r = deviceGetAttribute(
            &units, hip::kAttributeMultiprocessorCount, ordinal))
      return "hipDeviceGetAttribute failed: " + describe(r);
    using GetProperties = hip::Status (*)(void *, int);
    auto properties = reinterpret_cast<GetProperties>(
        dlsym(library, "hipGetDevicePropertiesR0600"));
    if (!properties)
      properties = reinterpret_cast<GetProperties>(
          dlsym(library, "hipGetDeviceProperties"));
    if (!properties)
      return "the HIP runtime lacks hipGetDeviceProperties";
    std::vector<char> props(64 * 1024, 0);
    if (hip::Status r = properties(props.data(), ordinal))
      return "hipGetDeviceProperties failed: " + describe(r);
    const size_t kNameSize = 256;
    for (size_t i = kNameSize; i + 4 < props.size() && arch.empty(); ++i)
      if (props[i] == 'g' && props[i + 1] == 'f' && props[i + 2] == 'x' &&
          props[i + 3] >= '0' && props[i + 3] <= '9')
        for (size_t j = i;
             j < props.size() && std::isalnum((unsigned char)props[j]); ++j)
          arch += props[j];
    if (arch.empty())
      return "no gfx arch in hipGetDeviceProperties' gcnArchName";
    return "";
  }

  bool makeCurrent() const {
    return !gpu::failed(*this, "", setDevice, ordinal);
  }

  /// Code objects run on their own gfx arch only.
  const CudaModuleMeta::Image *pickImage(const CudaModuleMeta &meta) const {
    for (const CudaModuleMeta::Image &img : meta.images)
      if (img.arch == arch)
        return &img;
    return nullptr;
  }

  bool prepare(hip::Function, const CudaModuleMeta::Kernel &,
               const std::string &) const {
    return true;
  }
};
} // namespace

struct attc_hip_module : gpu::Module<HipDriver> {};

ATTC_GPU_RT_C_API(hip, HipDriver)

int attc_hip_device_info(char *name, size_t nameSize, char *arch,
                         size_t archSize, int *computeUnits) {
  return gpu::deviceInfo<HipDriver>("device_info", [&](const HipDriver &d) {
    gpu::copyName(name, nameSize, d.name);
    gpu::copyName(arch, archSize, d.arch.c_str());
    if (computeUnits)
      *computeUnits = d.units;
  });
}
