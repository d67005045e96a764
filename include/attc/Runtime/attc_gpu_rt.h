/*===- attc_gpu_rt.h - the C API of both launch runtimes ---------*- C -*-===*/
/*
 * libattc_cuda_rt (attc_cuda_rt.h) and libattc_hip_rt (attc_hip_rt.h) are
 * one implementation over two driver APIs (lib/Runtime/Gpu/GpuLaunch.h),
 * so their C APIs are one list of functions under two prefixes:
 * ATTC_GPU_RT_DECLARE(cuda) declares attc_cuda_*, ATTC_GPU_RT_DECLARE(hip)
 * attc_hip_*. With P the prefix:
 *
 *   int attc_P_module_open(const char *dir, attc_P_module **out);
 *     Reads DIR/kernel.meta (the spec, the kernels and their constants, the
 *     image file per arch); the images are read and loaded at the first
 *     launch. Metadata of the other target is refused.
 *   int attc_P_module_from_meta(const char *meta, size_t size,
 *                               const char *name, attc_P_module **out);
 *     The same from metadata text; `name` names it in messages. Images are
 *     added with attc_P_module_add_image.
 *   int attc_P_module_add_image(attc_P_module *module, const char *arch,
 *                               const void *image, size_t size);
 *     An image for `arch` (a cubin for "sm_90a", a code object for
 *     "gfx942", ...), copied.
 *   void attc_P_module_free(attc_P_module *module);
 *   int attc_P_plan_launch(const attc_P_module *module,
 *                          const attc_named_tensor *inputs, int32_t n_in,
 *                          const attc_named_tensor *outputs, int32_t n_out,
 *                          attc_P_plan *plan);
 *     Checks the views against the spec (the messages of the CPU path) and
 *     the kernel's limits, and picks the kernel and grid. No driver call:
 *     a split count left to the launch (it needs the SM count) shows as 1.
 *   int attc_P_launch(attc_P_module *module, inputs, n_in, outputs, n_out,
 *                     void *stream);
 *     Checks, then launches on `stream` (NULL: the default stream). Views
 *     hold device pointers. Asynchronous: synchronize the stream to see o.
 *   int attc_P_run_host(attc_P_module *module, inputs, n_in, outputs, n_out,
 *                       int32_t repeats, float *times_ms);
 *     Host views: copies the inputs to the device, launches once, then
 *     `repeats` more times between events (times_ms[i], when not NULL, gets
 *     run i's milliseconds), and copies the outputs back. A failure leaves
 *     the host outputs untouched.
 *   const char *attc_P_last_error(void);
 *     The message of this thread's last failure.
 *
 * Statuses are attc_c.h's (0 ok, 1 invalid argument, 2 error, 3 internal).
 */
/*===----------------------------------------------------------------------===*/

#ifndef ATTC_GPU_RT_H
#define ATTC_GPU_RT_H

#include "attc/attc_c.h" /* attc_named_tensor, attc_status */

#include <stddef.h>
#include <stdint.h>

/* attc_P_plan: what a launch of these views would be. smem_bytes is the
   kernel's memory constant: dynamic shared memory for cuda, the LDS a hip
   kernel allocates statically (it launches with 0 dynamic bytes). */
#define ATTC_GPU_RT_DECLARE(P)                                                 \
  typedef struct attc_##P##_module attc_##P##_module;                          \
  typedef struct attc_##P##_plan {                                             \
    char kernel[64];     /* attc_P_kernel_<KD>_<KDV> */                        \
    int64_t dims[7];     /* B, Hq, Hkv, Lq, Lk, D, Dv */                       \
    uint32_t grid[3];    /* (ceil(Lq / tile_q) x kv_splits, Hq / heads, B);    \
                            0: nothing */                                      \
    uint32_t block;      /* threads per block */                               \
    uint32_t smem_bytes; /* see above */                                       \
    uint32_t kv_splits;  /* split-KV: launches add the merge kernel */         \
  } attc_##P##_plan;                                                           \
  ATTC_C_API int attc_##P##_module_open(const char *dir,                       \
                                        attc_##P##_module **out);              \
  ATTC_C_API int attc_##P##_module_from_meta(const char *meta, size_t size,    \
                                             const char *name,                 \
                                             attc_##P##_module **out);         \
  ATTC_C_API int attc_##P##_module_add_image(attc_##P##_module *module,        \
                                             const char *arch,                 \
                                             const void *image, size_t size);  \
  ATTC_C_API void attc_##P##_module_free(attc_##P##_module *module);           \
  ATTC_C_API int attc_##P##_plan_launch(                                       \
      const attc_##P##_module *module, const attc_named_tensor *inputs,        \
      int32_t num_inputs, const attc_named_tensor *outputs,                    \
      int32_t num_outputs, attc_##P##_plan *plan);                             \
  ATTC_C_API int attc_##P##_launch(                                            \
      attc_##P##_module *module, const attc_named_tensor *inputs,              \
      int32_t num_inputs, const attc_named_tensor *outputs,                    \
      int32_t num_outputs, void *stream);                                      \
  ATTC_C_API int attc_##P##_run_host(                                          \
      attc_##P##_module *module, const attc_named_tensor *inputs,              \
      int32_t num_inputs, const attc_named_tensor *outputs,                    \
      int32_t num_outputs, int32_t repeats, float *times_ms);                  \
  ATTC_C_API const char *attc_##P##_last_error(void);

#endif /* ATTC_GPU_RT_H */
