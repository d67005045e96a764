/*===- attc_cuda_rt.h - launch attc's CUDA kernels without attc -*- C -*-===*/
/*
 * libattc_cuda_rt: loads the cubins of a kernel that `attc compile
 * --target=cuda --bundle` (or the JIT) produced, checks tensor views against
 * the spec the kernel was made for, computes the launch geometry and
 * launches through the CUDA driver API. No LLVM: it builds with nvcc or g++
 * and cuda.h alone (tools/attc-gpu-run/build.sh). The driver (libcuda.so.1;
 * $ATTC_CUDA_DRIVER names another) is opened with dlopen at the first call
 * that needs it; launches go to the primary context of device
 * $ATTC_CUDA_DEVICE (default 0); without a driver or device, that call
 * fails with one line starting "no CUDA device: ". Opening a module and
 * planning a launch never touch the driver. The functions are listed in
 * attc_gpu_rt.h (the HIP runtime has the same ones); streams are CUstreams
 * and times come from CUDA events. docs/cuda-launch-abi.md.
 *
 *   attc_cuda_module *m;
 *   if (attc_cuda_module_open("bundle/causal-f16", &m) ||
 *       attc_cuda_launch(m, in, 3, out, 2, stream))
 *     fprintf(stderr, "%s\n", attc_cuda_last_error());
 *   attc_cuda_module_free(m);
 */
/*===----------------------------------------------------------------------===*/

#ifndef ATTC_CUDA_RT_H
#define ATTC_CUDA_RT_H

#include "attc/Runtime/attc_gpu_rt.h"

#ifdef __cplusplus
extern "C" {
#endif

ATTC_GPU_RT_DECLARE(cuda)

/* The device launches go to: its name, compute capability and SM count
   (any pointer may be NULL). */
ATTC_C_API int attc_cuda_device_info(char *name, size_t name_size,
                                     int *cc_major, int *cc_minor, int *sms);

#ifdef __cplusplus
}
#endif

#endif /* ATTC_CUDA_RT_H */
