//===- AttnCanonicalize.cpp - fold stage expressions ----------------------===//

#include "attc/Transforms/Passes.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace attc {
#define GEN_PASS_DEF_ATTNCANONICALIZE
#include "attc/Transforms/Passes.h.inc"
} // namespace attc

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
/// attn.const -> arith.constant with the spec's value.
struct InlineConst : OpRewritePattern<ConstOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ConstOp op,
                                PatternRewriter &rewriter) const override {
    auto spec = op->getParentOfType<SpecOp>();
    Attribute value = spec.getConsts().get(op.getName());
    TypedAttr typed;
    if (auto f = dyn_cast<FloatAttr>(value))
      typed = rewriter.getF32FloatAttr(f.getValueAsDouble());
    else
      typed = rewriter.getI64IntegerAttr(cast<IntegerAttr>(value).getInt());
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, typed);
    return success();
  }
};

/// attn.dim of a static dim -> arith.constant.
struct FoldStaticDim : OpRewritePattern<DimOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(DimOp op,
                                PatternRewriter &rewriter) const override {
    auto spec = op->getParentOfType<SpecOp>();
    int64_t size = spec.getDims().get(op.getName());
    if (ShapedType::isDynamic(size))
      return failure();
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(
        op, rewriter.getI64IntegerAttr(size));
    return success();
  }
};

/// `x op c` -> x (and `c op x` -> x when the op commutes, OnLhs) where c is
/// the float identity of op: 0 for add/sub, 1 for mul/div. Upstream keeps
/// `x + 0.0` because of signed zeros.
template <typename OpT, int Identity, bool OnLhs = false>
struct DropFloatIdentity : OpRewritePattern<OpT> {
  using OpRewritePattern<OpT>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpT op,
                                PatternRewriter &rewriter) const override {
    Value constant = OnLhs ? op.getLhs() : op.getRhs();
    Value other = OnLhs ? op.getRhs() : op.getLhs();
    FloatAttr c;
    if (!matchPattern(constant, m_Constant(&c)) ||
        c.getValueAsDouble() != Identity)
      return failure();
    rewriter.replaceOp(op, other);
    return success();
  }
};

struct AttnCanonicalizePass
    : attc::impl::AttnCanonicalizeBase<AttnCanonicalizePass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    RewritePatternSet patterns(ctx);
    patterns.add<InlineConst, FoldStaticDim, DropFloatIdentity<arith::AddFOp, 0>,
                 DropFloatIdentity<arith::SubFOp, 0>,
                 DropFloatIdentity<arith::MulFOp, 1>,
                 DropFloatIdentity<arith::DivFOp, 1>,
                 DropFloatIdentity<arith::AddFOp, 0, /*OnLhs=*/true>,
                 DropFloatIdentity<arith::MulFOp, 1, /*OnLhs=*/true>>(ctx);
    for (Dialect *dialect : ctx->getLoadedDialects())
      dialect->getCanonicalizationPatterns(patterns);
    for (RegisteredOperationName op : ctx->getRegisteredOperations())
      if (op.getDialectNamespace() == arith::ArithDialect::getDialectNamespace() ||
          op.getDialectNamespace() == math::MathDialect::getDialectNamespace())
        op.getCanonicalizationPatterns(patterns, ctx);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
