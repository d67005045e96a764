//===- GpuKernels.h - the kernels of a GPU unit, for every GPU target -*- C++ -*-//
//
// The CUDA and HIP backends instantiate one skeleton
// (templates/common/attc_gpu_attention.h) per head-dim bucket; which
// buckets a spec needs and what the skeleton refuses are the same for both.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_CODEGEN_GPUKERNELS_H
#define ATTC_CODEGEN_GPUKERNELS_H

#include "dialects/Attn/IR/AttnDialect.h"

#include "llvm/ADT/SmallVector.h"

namespace attc {

/// One kernel of a GPU unit: the padded head dims it is compiled for and
/// whether a `?` dim put it in a bucket over 128 (where the schedule's
/// tile_k, chosen without knowing the dim, may not fit).
struct GpuBucket {
  int64_t kd, kdv;
  bool wideDynamic;
};

/// The buckets of `spec` (scheduled for `target`): one for a fixed D/Dv
/// (rounded up to 16), each of 64, 128 and 256 for a `?` one (paired with
/// D's when Dv = D). Fails with a diagnostic naming `target` for what the
/// skeleton cannot run: tiles that are not multiples of 16, more than 256
/// rows (16 warps) per block, split-KV, more than `maxInputs` extra
/// inputs, head dims over 256.
mlir::FailureOr<llvm::SmallVector<GpuBucket>>
gpuBuckets(attn::SpecOp spec, llvm::StringRef target, unsigned maxInputs);

} // namespace attc

#endif // ATTC_CODEGEN_GPUKERNELS_H
