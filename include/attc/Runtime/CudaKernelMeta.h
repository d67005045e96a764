//===- CudaKernelMeta.h - kernel.meta of a GPU bundle -----------*- C++ -*-===//
//
// What the LLVM-free launch runtimes know about a compiled GPU module
// without asking the driver: the spec's launch facts, each kernel with its
// constants (the values of its attc_<target>_meta_* array) and the image
// file per arch. The CUDA and HIP kernels share the launch ABI
// (attc_cuda_params, the 9 constants of attc_cuda_meta_field), so one
// format serves both; the first line names the target. attc writes it
// (attc compile --bundle), the runtimes read it. One line per fact,
// docs/cuda-launch-abi.md has the grammar:
//
//   attc-cuda-kernel 2                  (attc-hip-kernel 2 for HIP)
//   spec causal
//   dtype f16
//   layout bhsd
//   dims B=? Hq=8 Hkv=8 Lq=? Lk=? D=128 Dv=128
//   tied Hkv Dv
//   input slopes f32 Hq
//   outputs o lse
//   kv_splits 1                         (1: chosen at launch; N > 1 fixed)
//   block_map doc 1 q                   (a data mask's tables, if any)
//   kernel attc_cuda_kernel_128_128 2 64 64 1 128 128 2 128 55296
//   image sm_90a kernel.sm_90a.cubin
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_RUNTIME_CUDAKERNELMETA_H
#define ATTC_RUNTIME_CUDAKERNELMETA_H

#include "attc/Runtime/TensorChecks.h"
#include "attc_cuda_abi.h"

#include <array>
#include <string>
#include <vector>

namespace attc {

/// What differs between the GPU targets that share the launch ABI: names,
/// the image files and the formulas of the threads and memory constants.
struct GpuKernelAbi {
  const char *target;       ///< "cuda", "hip"
  const char *magic;        ///< the first word of kernel.meta
  int version;              ///< ATTC_CUDA_ABI_VERSION, ATTC_HIP_ABI_VERSION
  const char *kernelPrefix; ///< attc_cuda_kernel_ (then <KD>_<KDV>)
  const char *metaPrefix;   ///< attc_cuda_meta_ (the constants' global)
  const char *imageExt;     ///< cubin, hsaco
  /// attc_cuda: the unit's other symbols are <prefix>_merge (split-KV),
  /// <prefix>_block_map_<KD>_<KDV> (data masks), <prefix>_meta_unit.
  const char *symbolPrefix;
  int (*threads)(int tq, int hpt);
  /// The memory constant: dynamic shared memory (cuda), static LDS (hip).
  int (*memory)(int tq, int tk, int hpt, int kd, int kdv, int stages);
  /// The image file of `arch` beside kernel.meta: kernel.<arch>.<ext>.
  std::string imageFile(const std::string &arch) const {
    return "kernel." + arch + "." + imageExt;
  }
};
const GpuKernelAbi &cudaKernelAbi();
const GpuKernelAbi &hipKernelAbi();
/// The ABI of `target` ("cuda", "hip"), or null.
const GpuKernelAbi *findKernelAbi(const std::string &target);
/// The ABI whose magic starts metadata `text` (its first word), or null.
const GpuKernelAbi *kernelAbiOfMeta(const std::string &text);

struct CudaModuleMeta {
  const GpuKernelAbi *abi = &cudaKernelAbi();
  SpecInfo spec;
  struct Kernel {
    std::string name; ///< attc_cuda_kernel_<KD>_<KDV>
    std::array<int, ATTC_CUDA_META_LEN> meta;
  };
  std::vector<Kernel> kernels;
  /// The schedule's split count: 1 chosen at launch, N > 1 fixed.
  int kvSplits = 1;
  /// The block map's tables of a data mask: the input each bounds, along
  /// which of its axes, tiled by the query (else the key) tile.
  struct BlockMap {
    std::string input;
    int axis;
    bool byQuery;
  };
  std::vector<BlockMap> blockMaps;
  struct Image {
    std::string arch; ///< sm_80, sm_90a, gfx942, ...
    std::string file; ///< relative to the metadata's directory
  };
  std::vector<Image> images;
};

/// The metadata's text.
std::string formatCudaMeta(const CudaModuleMeta &meta);

/// Parses `text` of either target (meta.abi says which); an error is one
/// line "<name>:<line>: ..." (empty: ok).
std::string parseCudaMeta(const std::string &text, const std::string &name,
                          CudaModuleMeta &meta);

/// The file name of a bundle's metadata.
inline const char *kCudaMetaFile = "kernel.meta";

} // namespace attc

#endif // ATTC_RUNTIME_CUDAKERNELMETA_H
