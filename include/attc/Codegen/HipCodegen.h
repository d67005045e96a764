//===- HipCodegen.h - attn.spec to a HIP translation unit -------*- C++ -*-===//

#ifndef ATTC_CODEGEN_HIPCODEGEN_H
#define ATTC_CODEGEN_HIPCODEGEN_H

#include "attc/Codegen/CudaCodegen.h"

#include "attc_hip_abi.h"

namespace attc {

/// HIP device code for clang alone (-x hip -nogpuinc -nogpulib).
const TargetDialect &hipTarget();

/// Emits one self-contained HIP translation unit for `spec`, lowered for
/// the hip target: the templates, the variant and, per head-dim bucket,
///   extern "C" __global__ void attc_hip_kernel_<KD>_<KDV>(attc_cuda_params)
/// with its launch constants (the fields of attc_cuda_meta_field) in
///   extern "C" __device__ const int attc_hip_meta_<KD>_<KDV>[9]
/// (templates/hip/attc_hip_abi.h). Fails with a diagnostic on the op for
/// what the skeleton cannot run.
mlir::FailureOr<std::string> emitHipSource(attn::SpecOp spec);

/// What goes before a HIP unit to compile it as host C++ whose kernels run
/// on the CPU, lane by lane (templates/hip/attc_hip_emulation.h).
std::string hipEmulationPrelude();

/// The kernels emitHipSource writes, in order (the CUDA record: the HIP
/// constants have the same fields).
mlir::FailureOr<std::vector<CudaKernelInfo>> hipKernels(attn::SpecOp spec);

} // namespace attc

#endif // ATTC_CODEGEN_HIPCODEGEN_H
