//===- AttnScoreInfToMask.cpp - -inf score selections become mask --------===//

#include "attc/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/SetVector.h"

#include <cmath>

namespace attc {
#define GEN_PASS_DEF_ATTNSCOREINFTOMASK
#include "attc/Transforms/Passes.h.inc"
} // namespace attc

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
bool isNegInf(Value v) {
  FloatAttr f;
  return matchPattern(v, m_Constant(&f)) && std::isinf(f.getValueAsDouble()) &&
         f.getValueAsDouble() < 0;
}

/// The ops `v` is computed from inside `block`, in block order; fails when
/// they read block argument `forbidden` (the score).
FailureOr<SmallVector<Operation *>> sliceAvoiding(Value v, Block &block,
                                                  BlockArgument forbidden) {
  llvm::SetVector<Operation *> seen;
  SmallVector<Value> work = {v};
  while (!work.empty()) {
    Value cur = work.pop_back_val();
    if (cur == forbidden)
      return failure();
    Operation *def = cur.getDefiningOp();
    if (!def || def->getBlock() != &block || !seen.insert(def))
      continue;
    for (Value operand : def->getOperands())
      work.push_back(operand);
  }
  SmallVector<Operation *> ordered(seen.begin(), seen.end());
  llvm::sort(ordered,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  return ordered;
}

struct AttnScoreInfToMaskPass
    : attc::impl::AttnScoreInfToMaskBase<AttnScoreInfToMaskPass> {
  void runOnOperation() override {
    SpecOp spec = getOperation();
    ScoreOp score = spec.getScoreOp();
    if (!score || isa<IdentityOp>(spec.getNormalizer()))
      return;
    Block &body = score.getBody().front();
    auto yield = cast<YieldOp>(body.getTerminator());
    BlockArgument s = body.getArgument(0);

    // Peel `c ? x : -inf` layers; each kept condition (negated when -inf is
    // the true arm) becomes a conjunct of the mask.
    SmallVector<std::pair<Value, bool>> conds;
    Value kept = yield.getValue();
    while (auto select = kept.getDefiningOp<arith::SelectOp>()) {
      bool infTrue = isNegInf(select.getTrueValue());
      if (!infTrue && !isNegInf(select.getFalseValue()))
        break;
      if (failed(sliceAvoiding(select.getCondition(), body, s)))
        break;
      conds.push_back({select.getCondition(), infTrue});
      kept = infTrue ? select.getFalseValue() : select.getTrueValue();
    }
    if (conds.empty())
      return;

    OpBuilder builder(spec.getContext());
    MaskOp mask = spec.getMaskOp();
    if (!mask) {
      builder.setInsertionPointAfter(score);
      mask = MaskOp::create(builder, score.getLoc());
      Block *block = builder.createBlock(&mask.getBody());
      for (int i = 0; i < 5; ++i)
        block->addArgument(intType(spec.getContext()), score.getLoc());
      builder.setInsertionPointToEnd(block);
      Value all = arith::ConstantOp::create(builder, score.getLoc(),
                                            builder.getBoolAttr(true));
      YieldOp::create(builder, score.getLoc(), all);
    }
    Block &maskBlock = mask.getBody().front();
    auto maskYield = cast<YieldOp>(maskBlock.getTerminator());
    builder.setInsertionPoint(maskYield);
    // Score arguments (s, b, h, hk, q, k) map onto mask (b, h, hk, q, k).
    IRMapping mapping;
    for (int i = 0; i < 5; ++i)
      mapping.map(body.getArgument(i + 1), maskBlock.getArgument(i));
    Value result = maskYield.getValue();
    for (auto [cond, negate] : conds) {
      // Keep the slice alive: the range-for must not iterate a temporary.
      FailureOr<SmallVector<Operation *>> slice = sliceAvoiding(cond, body, s);
      for (Operation *op : *slice)
        if (!mapping.contains(op->getResult(0)))
          builder.clone(*op, mapping);
      Value c = mapping.lookup(cond);
      Location loc = cond.getLoc();
      if (negate)
        c = arith::XOrIOp::create(
            builder, loc, c,
            arith::ConstantOp::create(builder, loc, builder.getBoolAttr(true)));
      result = arith::AndIOp::create(builder, loc, result, c);
    }
    maskYield->setOperand(0, result);

    // The score keeps only the selected value; a score that is just `s` is
    // the default and goes away.
    yield->setOperand(0, kept);
    for (Operation &op : llvm::make_early_inc_range(llvm::reverse(body)))
      if (&op != yield && op.use_empty() && isPure(&op))
        op.erase();
    if (kept == s)
      score.erase();
  }
};
} // namespace
