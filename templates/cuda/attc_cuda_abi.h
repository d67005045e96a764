//===- attc_cuda_abi.h - the launch ABI of attc's CUDA kernels ------------===//
//
// What a host runtime needs to launch a generated CUDA kernel, and nothing
// device-specific: the kernel's one parameter, the layout of its constants
// array and the formulas of its block size and shared memory. Plain C (the
// formulas C++) so that generated units, attc's code generator and the
// LLVM-free launch runtime (lib/Runtime/Cuda) agree on one definition.
// Requires attc_abi.h first. docs/cuda-launch-abi.md describes the whole.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_CUDA_ABI_H
#define ATTC_CUDA_ABI_H

// Bumped when any of this changes; a kernel's constants array starts with it.
#define ATTC_CUDA_ABI_VERSION 1

// The most extra input tensors a CUDA kernel takes: they travel by value in
// the kernel parameters, so hooks read their views without a device copy.
#define ATTC_CUDA_MAX_INPUTS 8

// The kernel's one parameter: attc_launch with the inputs inline and every
// data pointer on the device. q, k, v, o in logical [B, H, L, D] order.
typedef struct attc_cuda_params {
  int64_t B, Hq, Hkv, Lq, Lk, D, Dv;
  attc_tensor q, k, v, o, lse, max; // lse/max: data NULL when not requested
  attc_tensor inputs[ATTC_CUDA_MAX_INPUTS];
  int32_t num_inputs;
  // Reserved: block maps are not built on the GPU yet (the cuda variant's
  // classifier reads none, so data masks make every tile partial).
  const void *block_map;
} attc_cuda_params;

// The fields of `__device__ const int attc_cuda_meta_<KD>_<KDV>[]`, the
// constants beside each kernel `attc_cuda_kernel_<KD>_<KDV>`.
enum attc_cuda_meta_field {
  ATTC_CUDA_META_ABI = 0, // ATTC_CUDA_ABI_VERSION
  ATTC_CUDA_META_TILE_Q,  // queries per block and head (TQ)
  ATTC_CUDA_META_TILE_K,  // keys per tile (TK)
  ATTC_CUDA_META_HEADS,   // query heads per block (HPT)
  ATTC_CUDA_META_KD,      // padded head dim of q, k (D <= KD)
  ATTC_CUDA_META_KDV,     // padded head dim of v, o (Dv <= KDV)
  ATTC_CUDA_META_STAGES,  // depth of the K/V cp.async ring
  ATTC_CUDA_META_THREADS, // threads per block
  ATTC_CUDA_META_SMEM,    // bytes of dynamic shared memory
  ATTC_CUDA_META_LEN
};

// Shared-memory rows are padded by 8 elements (16 bytes): the 8 row
// addresses of one ldmatrix then fall in distinct bank groups for every
// head dim that is a multiple of 16.
#define ATTC_CUDA_SMEM_PAD 8

#ifdef __cplusplus
#if defined(__CUDACC__)
#define ATTC_CUDA_ABI_FN __host__ __device__ constexpr inline
#else
#define ATTC_CUDA_ABI_FN constexpr inline
#endif
// One warp per 16 query rows of each head of the block.
ATTC_CUDA_ABI_FN int attc_cuda_threads(int tq, int hpt) {
  return hpt * tq / 16 * 32;
}
// Q of the block's heads plus the K/V ring, 2-byte elements, padded rows.
ATTC_CUDA_ABI_FN int attc_cuda_smem_bytes(int tq, int tk, int hpt, int kd,
                                          int kdv, int stages) {
  return 2 *
         (hpt * tq * (kd + ATTC_CUDA_SMEM_PAD) +
          stages * tk * (kd + ATTC_CUDA_SMEM_PAD + kdv + ATTC_CUDA_SMEM_PAD));
}
#undef ATTC_CUDA_ABI_FN
#endif

#endif // ATTC_CUDA_ABI_H
