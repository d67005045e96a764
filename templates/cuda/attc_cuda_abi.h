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
#define ATTC_CUDA_ABI_VERSION 2

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
  // Split-KV: the key tiles of each row are split this many ways (<= 1:
  // none); each split writes its partial state to `workspace` and the
  // unit's merge kernel combines them (docs/cuda-launch-abi.md).
  int32_t kv_splits;
  // The device block map of a data-dependent mask, built by the unit's
  // block-map kernel before the attention kernel (NULL: no tile skipped).
  const void *block_map;
  float *workspace; // kv_splits > 1: attc_cuda_workspace_floats() floats
} attc_cuda_params;

// A CUtensorMap (cuda.h), opaque: what cuTensorMapEncodeTiled writes.
typedef struct attc_cuda_tensor_map {
#ifdef __cplusplus
  alignas(128)
#else
  _Alignas(128)
#endif
      unsigned long long opaque[16];
} attc_cuda_tensor_map;

// The one parameter of a Hopper kernel (a __grid_constant__, so the copy
// engine reads the maps where the launch put them): the params and the
// TMA tensor maps of q, k and v over their [B, H, L, D] views (dims
// {D, L, H, B}), 2-byte elements, 128-byte swizzle, boxes of 64 columns x
// 64 query rows (q) or x tile_k keys (k, v); out-of-range boxes read zeros.
typedef struct attc_cuda_tma_params {
  attc_cuda_params p;
  attc_cuda_tensor_map q, k, v;
} attc_cuda_tma_params;

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
  // Consumer warpgroups of a Hopper (TMA + wgmma) kernel, which takes an
  // attc_cuda_tma_params; 0: the mma.sync kernel, an attc_cuda_params.
  ATTC_CUDA_META_WARPGROUPS,
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
// The Hopper kernels: a producer warpgroup and `wg` consumer warpgroups
// of 64 query rows each.
ATTC_CUDA_ABI_FN int attc_cuda_tma_threads(int wg) { return (wg + 1) * 128; }
// Q of the consumers, the K/V ring in boxes of 64 columns (head dims
// rounded up to 64), the mbarriers (Q, then full K, full V and empty per
// stage) and 1 KiB to align the base to the 128-byte swizzle's atoms.
ATTC_CUDA_ABI_FN int attc_cuda_tma_smem_bytes(int tk, int wg, int kd, int kdv,
                                              int stages) {
  return 2 * (wg * 64 * kd + stages * tk * (kd + kdv)) + 8 * (1 + 3 * stages) +
         1024;
}

// The block-map builder and the merge kernel: ATTC_CUDA_AUX_THREADS threads
// per block over a grid of attc_cuda_aux_blocks(items) blocks (each thread
// loops over the items left).
#define ATTC_CUDA_AUX_THREADS 128
ATTC_CUDA_ABI_FN int attc_cuda_aux_blocks(int64_t items) {
  const int64_t b = (items + ATTC_CUDA_AUX_THREADS - 1) / ATTC_CUDA_AUX_THREADS;
  return b < 1 ? 1 : b > 65535 ? 65535 : int(b);
}

// The most splits a launch chooses by itself.
#define ATTC_CUDA_MAX_SPLITS 32
// The split count of a launch of `blocks` blocks (query tiles x head blocks
// x batches) whose rows see up to `key_tiles` key tiles, on a device of
// `units` SMs (CUs): `fixed` when the schedule fixes it (kv_splits > 1),
// else 1 unless the grid leaves SMs idle; then enough splits to cover them,
// each with at least two key tiles, at most ATTC_CUDA_MAX_SPLITS. Never
// more splits than key tiles.
ATTC_CUDA_ABI_FN int attc_cuda_kv_splits(int fixed, int64_t blocks,
                                         int64_t key_tiles, int units) {
  int64_t s = 1;
  if (fixed > 1)
    s = fixed;
  else if (blocks > 0 && blocks < units) {
    s = (units + blocks - 1) / blocks;
    s = s < key_tiles / 2 ? s : key_tiles / 2;
    s = s < ATTC_CUDA_MAX_SPLITS ? s : ATTC_CUDA_MAX_SPLITS;
  }
  s = s < key_tiles ? s : key_tiles;
  return s < 1 ? 1 : int(s);
}

// Floats of the split-KV workspace: per split and row (b, h, q) of
// `rows` = B x Hq x Lq, the unnormalized partial O (Dv floats: split s,
// row r at (s rows + r) Dv), then per split and row the normalizer's state
// (2 floats, the row max in natural log units and the weight sum, at
// splits rows Dv + 2 (s rows + r)).
ATTC_CUDA_ABI_FN int64_t attc_cuda_workspace_floats(int64_t splits,
                                                    int64_t rows, int64_t dv) {
  return splits > 1 ? splits * rows * (dv + 2) : 0;
}
#undef ATTC_CUDA_ABI_FN
#endif

#endif // ATTC_CUDA_ABI_H
