//===- attc_abi.h - C ABI between attc's runtime and generated kernels ----===//
//
// Plain C so that kernels compiled by any host compiler, the runtime and
// other languages agree on one layout. Every generated kernel exports
//   int attc_kernel_entry(const attc_launch *launch);
// returning 0 on success or a positive ATTC_ERR_* code.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_ABI_H
#define ATTC_ABI_H

// NVRTC has no libc headers: attc_portability.h gives the types there.
#ifndef __CUDACC_RTC__
#include <stdint.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

enum attc_dtype {
  ATTC_F32 = 0,
  ATTC_F16 = 1,
  ATTC_BF16 = 2,
  ATTC_I32 = 3,
  ATTC_I64 = 4,
  ATTC_BOOL = 5, // one byte per element, 0 or 1
  ATTC_F64 = 6,
};

#define ATTC_MAX_RANK 8

// A strided view. Strides are in elements, not bytes.
typedef struct attc_tensor {
  void *data;
  int32_t dtype; // enum attc_dtype
  int32_t rank;
  int64_t shape[ATTC_MAX_RANK];
  int64_t strides[ATTC_MAX_RANK];
} attc_tensor;

// One kernel invocation. q, k, v and o are always presented to the kernel in
// logical [B, H, L, D] order: the runtime permutes shape and strides of the
// `bshd` layout, so kernels never look at the layout.
typedef struct attc_launch {
  int64_t B, Hq, Hkv, Lq, Lk, D, Dv;
  attc_tensor q;   // [B, Hq, Lq, D]  spec dtype
  attc_tensor k;   // [B, Hkv, Lk, D] spec dtype
  attc_tensor v;   // [B, Hkv, Lk, Dv] spec dtype
  attc_tensor o;   // [B, Hq, Lq, Dv] spec dtype
  attc_tensor lse; // [B, Hq, Lq] f32; data == NULL when not requested
  attc_tensor max; // [B, Hq, Lq] f32; data == NULL when not requested
  const attc_tensor *inputs; // the spec's extra inputs, in declaration order
  int32_t num_inputs;
  int32_t num_threads; // 0: the kernel's default (all cores)
  // Sparsity hooks, reserved for the block-map path (NULL for now).
  const void *block_map;
} attc_launch;

enum attc_error {
  ATTC_OK = 0,
  ATTC_ERR_INVALID = 1, // inconsistent launch (shapes, dtypes)
  ATTC_ERR_NOMEM = 2,
};

#ifdef __cplusplus
}
#endif

#endif // ATTC_ABI_H
