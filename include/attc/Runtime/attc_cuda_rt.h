/*===- attc_cuda_rt.h - launch attc's CUDA kernels without attc -*- C -*-===*/
/*
 * libattc_cuda_rt: loads the cubins of a kernel that `attc compile
 * --target=cuda --bundle` (or the JIT) produced, checks tensor views against
 * the spec the kernel was made for, computes the launch geometry and
 * launches through the CUDA driver API. No LLVM: it builds with nvcc or g++
 * and cuda.h alone (tools/attc-gpu-run/build.sh). The driver (libcuda.so.1)
 * is opened with dlopen at the first call that needs it; without one, that
 * call fails with one line starting "no CUDA device: ". Opening a module and
 * planning a launch never touch the driver. docs/cuda-launch-abi.md.
 *
 *   attc_cuda_module *m;
 *   if (attc_cuda_module_open("bundle/causal-f16", &m) ||
 *       attc_cuda_launch(m, in, 3, out, 2, stream))
 *     fprintf(stderr, "%s\n", attc_cuda_last_error());
 *   attc_cuda_module_free(m);
 *
 * Statuses are attc_c.h's (0 ok, 1 invalid argument, 2 error, 3 internal);
 * the message of the last failure of this thread is attc_cuda_last_error().
 */
/*===----------------------------------------------------------------------===*/

#ifndef ATTC_CUDA_RT_H
#define ATTC_CUDA_RT_H

#include "attc/attc_c.h" /* attc_named_tensor, attc_status */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct attc_cuda_module attc_cuda_module;

/* Reads DIR/kernel.meta (the spec, the kernels and their constants, the
   cubin per arch); the cubins are read and loaded at the first launch. */
ATTC_C_API int attc_cuda_module_open(const char *dir, attc_cuda_module **out);
/* The same from metadata text; `name` names it in messages. Images are
   added with attc_cuda_module_add_image. */
ATTC_C_API int attc_cuda_module_from_meta(const char *meta, size_t size,
                                          const char *name,
                                          attc_cuda_module **out);
/* A cubin (or fatbin) for `arch` ("sm_80", "sm_90a", ...), copied. */
ATTC_C_API int attc_cuda_module_add_image(attc_cuda_module *module,
                                          const char *arch, const void *image,
                                          size_t size);
ATTC_C_API void attc_cuda_module_free(attc_cuda_module *module);

/* What a launch of these views would be; filled by attc_cuda_plan. */
typedef struct attc_cuda_plan {
  char kernel[64];     /* attc_cuda_kernel_<KD>_<KDV> */
  int64_t dims[7];     /* B, Hq, Hkv, Lq, Lk, D, Dv */
  uint32_t grid[3];    /* (ceil(Lq / tile_q), Hq / heads, B); 0: nothing */
  uint32_t block;      /* threads per block */
  uint32_t smem_bytes; /* dynamic shared memory */
} attc_cuda_plan;

/* Checks the views against the spec (the messages of the CPU path) and
   the kernel's limits, and picks the kernel and grid. No driver call. */
ATTC_C_API int attc_cuda_plan_launch(const attc_cuda_module *module,
                                     const attc_named_tensor *inputs,
                                     int32_t num_inputs,
                                     const attc_named_tensor *outputs,
                                     int32_t num_outputs, attc_cuda_plan *plan);

/* Checks, then launches on `stream` (a CUstream; NULL: the default stream
   of the current context, else the device's primary context). Views hold
   device pointers. Asynchronous: synchronize the stream to see o. */
ATTC_C_API int attc_cuda_launch(attc_cuda_module *module,
                                const attc_named_tensor *inputs,
                                int32_t num_inputs,
                                const attc_named_tensor *outputs,
                                int32_t num_outputs, void *stream);

/* Host views: copies the inputs to the device, launches once, then
   `repeats` more times between CUDA events (times_ms[i], when not NULL,
   gets run i's milliseconds), and copies the outputs back. A failure
   leaves the host outputs untouched. */
ATTC_C_API int
attc_cuda_run_host(attc_cuda_module *module, const attc_named_tensor *inputs,
                   int32_t num_inputs, const attc_named_tensor *outputs,
                   int32_t num_outputs, int32_t repeats, float *times_ms);

/* The device launches go to: its name, compute capability and SM count
   (any pointer may be NULL). */
ATTC_C_API int attc_cuda_device_info(char *name, size_t name_size,
                                     int *cc_major, int *cc_minor, int *sms);

ATTC_C_API const char *attc_cuda_last_error(void);

#ifdef __cplusplus
}
#endif

#endif /* ATTC_CUDA_RT_H */
