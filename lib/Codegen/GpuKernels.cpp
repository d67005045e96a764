//===- GpuKernels.cpp - the head-dim buckets of a GPU unit ----------------===//

#include "attc/Codegen/GpuKernels.h"
#include "attc/Codegen/VariantEmitter.h"

#include "mlir/IR/BuiltinTypes.h"

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
    return spec.emitOpError() << target << " target: " << hpt << " heads x "
                              << tq
                              << " queries per block exceed 256 rows (16 "
                                 "warps)";
  if (schedule.getKvSplits() > 1)
    return spec.emitOpError()
           << target << " target: split-KV is not implemented yet";
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
