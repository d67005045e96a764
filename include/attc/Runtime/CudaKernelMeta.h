//===- CudaKernelMeta.h - kernel.meta of a CUDA bundle ----------*- C++ -*-===//
//
// What the LLVM-free launch runtime knows about a compiled CUDA module
// without asking the driver: the spec's launch facts, each kernel with its
// constants (the values of its attc_cuda_meta_* array) and the image file
// per arch. attc writes it (attc compile --bundle), the runtime reads it.
// One line per fact, docs/cuda-launch-abi.md has the grammar:
//
//   attc-cuda-kernel 1
//   spec causal
//   dtype f16
//   layout bhsd
//   dims B=? Hq=8 Hkv=8 Lq=? Lk=? D=128 Dv=128
//   tied Hkv Dv
//   input slopes f32 Hq
//   outputs o lse
//   kernel attc_cuda_kernel_128_128 1 64 64 1 128 128 2 128 55296
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

struct CudaModuleMeta {
  SpecInfo spec;
  struct Kernel {
    std::string name; ///< attc_cuda_kernel_<KD>_<KDV>
    std::array<int, ATTC_CUDA_META_LEN> meta;
  };
  std::vector<Kernel> kernels;
  struct Image {
    std::string arch; ///< sm_80, sm_90a, ...
    std::string file; ///< relative to the metadata's directory
  };
  std::vector<Image> images;
};

/// The metadata's text.
std::string formatCudaMeta(const CudaModuleMeta &meta);

/// Parses `text`; an error is one line "<name>:<line>: ..." (empty: ok).
std::string parseCudaMeta(const std::string &text, const std::string &name,
                          CudaModuleMeta &meta);

/// The file name of a bundle's metadata and of its image for `arch`.
inline const char *kCudaMetaFile = "kernel.meta";
inline std::string cudaImageFile(const std::string &arch) {
  return "kernel." + arch + ".cubin";
}

} // namespace attc

#endif // ATTC_RUNTIME_CUDAKERNELMETA_H
