//===- AttnTestNormalizer.cpp - print the NormalizerOpInterface -----------===//

#include "attc/Transforms/Passes.h"

namespace attc {
#define GEN_PASS_DEF_ATTNTESTNORMALIZER
#include "attc/Transforms/Passes.h.inc"
} // namespace attc

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
struct AttnTestNormalizerPass
    : attc::impl::AttnTestNormalizerBase<AttnTestNormalizerPass> {
  void runOnOperation() override {
    auto norm = cast<NormalizerOpInterface>(getOperation().getNormalizer());
    Region *param = norm.getParamRegion();
    InFlightDiagnostic diag = norm->emitRemark() << "state = [";
    llvm::interleaveComma(norm.getRowState(), diag);
    diag << "], row statistics = " << (norm.keepsRowStatistics() ? "yes" : "no")
         << ", merge = " << stringifyMergeRule(norm.getMergeRule())
         << ", template = " << norm.getTemplateName() << ", param = "
         << (!param           ? "none"
             : param->empty() ? "default"
                              : norm.getParamHook());
  }
};
} // namespace
