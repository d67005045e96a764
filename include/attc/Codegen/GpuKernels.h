//===- GpuKernels.h - the kernels of a GPU unit, for every GPU target -*- C++ -*-//
//
// The CUDA and HIP backends instantiate one skeleton
// (templates/common/attc_gpu_attention.h) per head-dim bucket; which
// buckets a spec needs and what the skeleton refuses are the same for both.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_CODEGEN_GPUKERNELS_H
#define ATTC_CODEGEN_GPUKERNELS_H

#include "attc/Codegen/CudaCodegen.h"
#include "attc/Codegen/TileClassifier.h"
#include "dialects/Attn/IR/AttnDialect.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"

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

/// What a GPU unit's launcher needs beyond its kernels: the schedule's
/// split count (1: chosen at launch; N > 1: fixed) and the block-map tables
/// of a data-dependent mask (none: no block-map kernels).
struct GpuUnitInfo {
  int kvSplits = 1;
  std::vector<TileMapsInfo::Table> tables;
};
GpuUnitInfo gpuUnitInfo(attn::SpecOp spec);

/// How a GPU target spells its kernels: the symbol prefix (attc_cuda), the
/// launch-bounds attribute (a formatv pattern over the thread count), the
/// matrix-core policy of the skeleton and the launch ABI version.
struct GpuUnitStyle {
  llvm::StringRef prefix, bounds, policy;
  int abiVersion;
};

/// Emits the unit's constants `<prefix>_meta_unit`, the split-KV merge
/// kernel `<prefix>_merge` and, for a data mask, one block-map kernel
/// `<prefix>_block_map_<KD>_<KDV>` per attention kernel (its tiles).
void emitGpuAuxKernels(llvm::raw_ostream &os, const GpuUnitInfo &unit,
                       llvm::ArrayRef<CudaKernelInfo> kernels,
                       const GpuUnitStyle &style);

} // namespace attc

#endif // ATTC_CODEGEN_GPUKERNELS_H
