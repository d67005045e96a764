/*===- attc_hip_rt.h - launch attc's HIP kernels without attc ---*- C -*-===*/
/*
 * libattc_hip_rt: attc_cuda_rt.h's runtime over the HIP module API, for the
 * code objects that `attc compile --target=hip --bundle` (or the JIT)
 * produced: the same checks (views against the spec, the kernel's limits),
 * the same launch ABI (attc_cuda_params by value, the 9 constants beside
 * each kernel as attc_hip_meta_<KD>_<KDV>) and the same messages. Images
 * are picked by the device's gfx arch (exact match); kernels launch with 0
 * dynamic LDS. No LLVM and no ROCm headers: it builds with hipcc or g++
 * alone (tools/attc-gpu-run/build.sh --hip). The HIP runtime
 * (libamdhip64.so, .so.6, .so.5; $ATTC_HIP_RUNTIME names another) is opened
 * with dlopen at the first call that needs it, and launches go to device
 * $ATTC_HIP_DEVICE (default 0); without the runtime or a device, that call
 * fails with one line starting "no HIP device: ". Opening a module and
 * planning a launch never touch it. The functions are listed in
 * attc_gpu_rt.h; streams are hipStream_ts and times come from HIP events.
 * docs/cuda-launch-abi.md.
 *
 *   attc_hip_module *m;
 *   if (attc_hip_module_open("bundle/causal-f16", &m) ||
 *       attc_hip_launch(m, in, 3, out, 2, stream))
 *     fprintf(stderr, "%s\n", attc_hip_last_error());
 *   attc_hip_module_free(m);
 */
/*===----------------------------------------------------------------------===*/

#ifndef ATTC_HIP_RT_H
#define ATTC_HIP_RT_H

#include "attc/Runtime/attc_gpu_rt.h"

#ifdef __cplusplus
extern "C" {
#endif

ATTC_GPU_RT_DECLARE(hip)

/* The device launches go to: its name, gfx arch ("gfx942", without feature
   flags) and compute-unit count (any pointer may be NULL). */
ATTC_C_API int attc_hip_device_info(char *name, size_t name_size, char *arch,
                                    size_t arch_size, int *compute_units);

#ifdef __cplusplus
}
#endif

#endif /* ATTC_HIP_RT_H */
