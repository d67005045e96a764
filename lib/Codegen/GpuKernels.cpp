//===- GpuKernels.cpp - the head-dim buckets of a GPU unit ----------------===//

#include "attc/Codegen/GpuKernels.h"
#include "attc/Codegen/TileClassifier.h"
#include "attc/Codegen/VariantEmitter.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
/// The buckets a head dim given at run time is compiled for.
constexpr int64_t kDynamicBuckets[] = {64, 128, 256};

int64_t roundUp16(int64_t x) { return (x + 15) / 16 * 16; }
} // namespace

FailureOr<SmallVector<GpuBucket>>
attc::gpuBuckets(SpecOp spec, StringRef target, unsigned maxInputs) {
  ScheduleAttr schedule = getSchedule(spec);
  if (!schedule || schedule.getTarget().getValue() != target)
    return spec.emitOpError()
           << "has no " << target << " schedule (run attn-schedule)";
  int64_t tq = schedule.getTileQ(), tk = schedule.getTileK();
  if (tq % 16 || tk % 16)
    return spec.emitOpError() << target
                              << " target: --tile-q and --tile-k must "
                                 "be multiples of 16 (mma tiles), got "
                              << tq << " and " << tk;
  int64_t hpt = std::max<int64_t>(1, schedule.getHeadsPerTask());
  if (hpt * tq > 256)
    return spec.emitOpError()
           << target << " target: " << hpt << " heads x " << tq
           << " queries per block exceed 256 rows (16 "
              "warps)";
  if (spec.getInputs().size() > maxInputs)
    return spec.emitOpError()
           << target << " target: at most " << maxInputs
           << " extra inputs, got " << spec.getInputs().size();

  // A fixed dim is one bucket (rounded up to whole mma steps); a `?` one
  // gets each of kDynamicBuckets, paired with D's when Dv = D.
  DimsAttr dims = spec.getDims();
  int64_t d = dims.get("D"), dv = spec.getDvEqualsD() ? d : dims.get("Dv");
  bool dDyn = ShapedType::isDynamic(d), dvDyn = ShapedType::isDynamic(dv);
  for (int64_t x : {d, dv})
    if (!ShapedType::isDynamic(x) && x > 256)
      return spec.emitOpError()
             << target << " target: head dims up to 256, got " << x;
  SmallVector<GpuBucket> buckets;
  auto add = [&](int64_t kd, int64_t kdv) {
    buckets.push_back({roundUp16(kd), roundUp16(kdv),
                       (dDyn && kd > 128) || (dvDyn && kdv > 128)});
  };
  if (dDyn && dvDyn && spec.getDvEqualsD())
    for (int64_t b : kDynamicBuckets)
      add(b, b);
  else
    for (int64_t bd :
         dDyn ? ArrayRef<int64_t>(kDynamicBuckets) : ArrayRef<int64_t>(d))
      for (int64_t bdv :
           dvDyn ? ArrayRef<int64_t>(kDynamicBuckets) : ArrayRef<int64_t>(dv))
        add(bd, bdv);
  return buckets;
}

GpuUnitInfo attc::gpuUnitInfo(SpecOp spec) {
  GpuUnitInfo unit;
  ScheduleAttr schedule = getSchedule(spec);
  if (!schedule)
    return unit;
  unit.kvSplits = int(schedule.getKvSplits());
  // The tables the variant's AttcTileMaps declares (its text is not needed).
  if (!schedule.getDenseTiles())
    unit.tables = emitTileMaps(llvm::nulls(), spec, int(schedule.getTileQ()),
                               int(schedule.getTileK()), /*device=*/true)
                      .tables;
  return unit;
}

void attc::emitGpuAuxKernels(llvm::raw_ostream &os, const GpuUnitInfo &unit,
                             ArrayRef<CudaKernelInfo> kernels,
                             const GpuUnitStyle &style) {
  std::string meta = llvm::formatv("{0}, {1}, {2}", style.abiVersion,
                                   unit.kvSplits, unit.tables.size());
  for (const TileMapsInfo::Table &t : unit.tables)
    meta +=
        llvm::formatv(", {0}, {1}, {2}", t.input, t.axis, t.byQuery ? 1 : 0);
  std::string bounds =
      llvm::formatv(style.bounds.data(), "ATTC_CUDA_AUX_THREADS");
  os << "// The unit's split-KV and block-map facts: {abi version, the "
        "schedule's\n// kv_splits, tables, then input, axis, by_query per "
        "table}.\n"
     << "extern \"C\" __device__ const int " << style.prefix << "_meta_unit["
     << 3 + 3 * unit.tables.size() << "] = {" << meta << "};\n"
     << "// Split-KV's merge of the partial states (any grid of "
        "ATTC_CUDA_AUX_THREADS).\n"
     << "extern \"C\" __global__ void " << bounds << " " << style.prefix
     << "_merge(const attc_cuda_params L) {\n"
     << "  attc::gpu::merge_splits<" << style.policy
     << ", AttcVariant, ATTC_CUDA_AUX_THREADS>(L);\n}\n";
  if (unit.tables.empty())
    return;
  os << "// The block map of each kernel's tiles, built before it runs.\n";
  for (const CudaKernelInfo &k : kernels) {
    const auto &m = k.meta;
    os << "extern \"C\" __global__ void " << bounds << " " << style.prefix
       << "_block_map_" << m[ATTC_CUDA_META_KD] << "_" << m[ATTC_CUDA_META_KDV]
       << "(const attc_cuda_params L) {\n"
       << "  attc::gpu::build_block_map<" << style.policy << ", AttcTileMaps, "
       << m[ATTC_CUDA_META_TILE_Q] << ", " << m[ATTC_CUDA_META_TILE_K]
       << ", ATTC_CUDA_AUX_THREADS>(L);\n}\n";
  }
  os << "\n";
}
