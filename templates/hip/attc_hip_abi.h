//===- attc_hip_abi.h - the launch ABI of attc's HIP kernels --------------===//
//
// The HIP kernels take the CUDA backend's parameter block (attc_cuda_params,
// every data pointer on the AMD device) and publish the same constants
// (fields attc_cuda_meta_field) beside each kernel
// `attc_hip_kernel_<KD>_<KDV>` as `attc_hip_meta_<KD>_<KDV>[]`: one host
// runtime reads both. What differs is here: 64-lane waves, and LDS that
// holds only the K/V ring (Q lives in registers), allocated statically by
// the kernel (launch with 0 dynamic bytes). Requires attc_abi.h and
// attc_cuda_abi.h first.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_HIP_ABI_H
#define ATTC_HIP_ABI_H

// Bumped when any of this changes; a kernel's constants array starts with it.
#define ATTC_HIP_ABI_VERSION 2

// LDS one work-group may allocate on gfx90a and gfx942.
#define ATTC_HIP_LDS_MAX 65536

// LDS rows are padded by 4 elements (8 bytes): the 16 rows one MFMA
// operand read touches then start in distinct bank pairs.
#define ATTC_HIP_LDS_PAD 4

#ifdef __cplusplus
#if defined(__HIP__)
#define ATTC_HIP_ABI_FN __host__ __device__ constexpr inline
#else
#define ATTC_HIP_ABI_FN constexpr inline
#endif
// One 64-lane wave per 16 query rows of each head of the block.
ATTC_HIP_ABI_FN int attc_hip_threads(int tq, int hpt) {
  return hpt * tq / 16 * 64;
}
// The K/V ring, 2-byte elements, padded rows.
ATTC_HIP_ABI_FN int attc_hip_lds_bytes(int tk, int kd, int kdv, int stages) {
  return 2 * stages * tk * (kd + ATTC_HIP_LDS_PAD + kdv + ATTC_HIP_LDS_PAD);
}
#undef ATTC_HIP_ABI_FN
#endif

#endif // ATTC_HIP_ABI_H
