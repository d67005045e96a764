//===- GpuRuntime.h - the launch runtimes behind one face -------*- C++ -*-===//
//
// libattc_cuda_rt and libattc_hip_rt are one implementation
// (lib/Runtime/Gpu/GpuLaunch.h) over two driver APIs, with C APIs that
// differ only in their prefix, module type and device info. Callers that
// serve both targets (the JIT's kernels, attc run|check|bench, attc-gpu-run)
// use them through this table: the same functions over opaque modules.
// No LLVM.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_RUNTIME_GPURUNTIME_H
#define ATTC_RUNTIME_GPURUNTIME_H

#include "attc/attc_c.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace attc {

struct GpuLaunchRuntime {
  const char *target; ///< "cuda", "hip"
  const char *name;   ///< "CUDA", "HIP"
  const char *units;  ///< what the device counts: "SMs", "CUs"
  /// attc_<target>_module_open, _from_meta, _add_image, _free.
  int (*moduleOpen)(const char *dir, void **module);
  int (*moduleFromMeta)(const char *meta, size_t size, const char *name,
                        void **module);
  int (*moduleAddImage)(void *module, const char *arch, const void *image,
                        size_t size);
  void (*moduleFree)(void *module);
  /// attc_<target>_plan_launch; `kernel` (may be null) gets its name.
  int (*planLaunch)(const void *module, const attc_named_tensor *inputs,
                    int32_t numInputs, const attc_named_tensor *outputs,
                    int32_t numOutputs, std::string *kernel);
  int (*launch)(void *module, const attc_named_tensor *inputs,
                int32_t numInputs, const attc_named_tensor *outputs,
                int32_t numOutputs, void *stream);
  int (*runHost)(void *module, const attc_named_tensor *inputs,
                 int32_t numInputs, const attc_named_tensor *outputs,
                 int32_t numOutputs, int32_t repeats, float *timesMs);
  /// The device launches go to: its name, arch (sm_90, gfx942) and
  /// SM/CU count.
  int (*deviceInfo)(std::string *name, std::string *arch, int *units);
  const char *(*lastError)();
};

/// Defined by libattc_cuda_rt and libattc_hip_rt.
const GpuLaunchRuntime &cudaLaunchRuntime();
const GpuLaunchRuntime &hipLaunchRuntime();

/// The runtime of `target` this program was built with, or null
/// (ATTC_HAVE_CUDA_RT / ATTC_HAVE_HIP_RT come with the libraries).
inline const GpuLaunchRuntime *findLaunchRuntime(const std::string &target) {
#ifdef ATTC_HAVE_CUDA_RT
  if (target == "cuda")
    return &cudaLaunchRuntime();
#endif
#ifdef ATTC_HAVE_HIP_RT
  if (target == "hip")
    return &hipLaunchRuntime();
#endif
  (void)target;
  return nullptr;
}

} // namespace attc

#endif // ATTC_RUNTIME_GPURUNTIME_H
