//===- CudaCodegen.h - attn.spec to a CUDA translation unit -----*- C++ -*-===//

#ifndef ATTC_CODEGEN_CUDACODEGEN_H
#define ATTC_CODEGEN_CUDACODEGEN_H

#include "attc/Codegen/TargetDialect.h"
#include "dialects/Attn/IR/AttnDialect.h"

#include "attc_abi.h"
#include "attc_cuda_abi.h"

#include <array>
#include <string>
#include <vector>

namespace attc {

/// CUDA C++ device code (nvcc, NVRTC).
const TargetDialect &cudaTarget();

/// Emits one self-contained CUDA translation unit for `spec`, lowered for
/// the cuda target: the templates, the variant and, per head-dim bucket
/// (one for a fixed D/Dv; 64, 128 and 256 for a `?` one), the kernel
///   extern "C" __global__ void attc_cuda_kernel_<KD>_<KDV>(attc_cuda_params)
/// with its launch constants in
///   extern "C" __device__ const int attc_cuda_meta_<KD>_<KDV>[9]
/// (templates/cuda/attc_cuda_abi.h and docs/cuda-launch-abi.md document
/// the launch ABI). Fails with a
/// diagnostic on the op for what the skeleton cannot run.
mlir::FailureOr<std::string> emitCudaSource(attn::SpecOp spec);

/// One kernel of a CUDA unit and its launch constants (the values of its
/// attc_cuda_meta_<KD>_<KDV> array, fields attc_cuda_meta_field).
struct CudaKernelInfo {
  std::string name; ///< attc_cuda_kernel_<KD>_<KDV>
  std::array<int, ATTC_CUDA_META_LEN> meta;
};

/// The consumer warpgroups of the Hopper (TMA + wgmma, sm_90a) kernels
/// attn-schedule chose for `spec` (`attn.warpgroups`); 0: the mma.sync path.
int cudaWarpgroups(attn::SpecOp spec);

/// The kernels emitCudaSource writes for `spec`, in order; fails as it does.
mlir::FailureOr<std::vector<CudaKernelInfo>> cudaKernels(attn::SpecOp spec);

} // namespace attc

#endif // ATTC_CODEGEN_CUDACODEGEN_H
