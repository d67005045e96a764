//===- AttnDifferentiate.cpp - reverse-mode derivatives of stage regions --===//
//
// For each stage region a backward pass differentiates (the score, the
// epilogue, softmax's sink, sigmoid's bias / relu's scale) this builds an
// attn.derivative: the primal ops cloned, then, walking the block
// backwards, one adjoint rule per op of the expression language. The rules
// are an ExprVisitor, so an op added to the language without a rule does
// not compile. Only active values (f32 values that depend on the stage's
// float argument or on a float input) get adjoints.
//
//===----------------------------------------------------------------------===//

#include "attc/Transforms/Passes.h"

#include "dialects/Attn/IR/AttnExprVisitor.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/DenseSet.h"

#include <cmath>

namespace attc {
#define GEN_PASS_DEF_ATTNDIFFERENTIATE
#include "attc/Transforms/Passes.h.inc"
} // namespace attc

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
/// The adjoint rules. `visit(op)` adds the contributions of op's result
/// adjoint to its active operands.
class Adjoints : public ExprVisitor<Adjoints, LogicalResult> {
public:
  Adjoints(OpBuilder &b, Location loc) : b(b), loc(loc) {}

  /// Marks the active values of `block`, whose float argument (if any) is
  /// `seedArg`.
  void findActive(Block &block, Value seedArg) {
    if (seedArg)
      active.insert(seedArg);
    for (Operation &op : block.without_terminator()) {
      if (op.getNumResults() != 1 || !op.getResult(0).getType().isF32())
        continue;
      bool isActive = false;
      if (isa<LoadOp>(op))
        isActive = true; // an f32 load reads a float input
      for (Value operand : op.getOperands())
        isActive |= active.contains(operand);
      if (isActive)
        active.insert(op.getResult(0));
    }
  }

  void seed(Value v, Value g) { add(v, g); }
  Value adjoint(Value v) const { return adj.lookup(v); }

  // Linear ops.
  LogicalResult visit(arith::AddFOp op) {
    if (Value d = res(op)) {
      add(op.getLhs(), d);
      add(op.getRhs(), d);
    }
    return success();
  }
  LogicalResult visit(arith::SubFOp op) {
    if (Value d = res(op)) {
      add(op.getLhs(), d);
      if (on(op.getRhs()))
        add(op.getRhs(), neg(d));
    }
    return success();
  }
  LogicalResult visit(arith::NegFOp op) {
    if (Value d = res(op))
      if (on(op.getOperand()))
        add(op.getOperand(), neg(d));
    return success();
  }
  LogicalResult visit(arith::MulFOp op) {
    if (Value d = res(op)) {
      if (on(op.getLhs()))
        add(op.getLhs(), mul(d, op.getRhs()));
      if (on(op.getRhs()))
        add(op.getRhs(), mul(d, op.getLhs()));
    }
    return success();
  }
  LogicalResult visit(arith::DivFOp op) {
    if (Value d = res(op)) {
      if (on(op.getLhs()))
        add(op.getLhs(), div(d, op.getRhs()));
      if (on(op.getRhs()))
        add(op.getRhs(), neg(div(mul(d, op.getResult()), op.getRhs())));
    }
    return success();
  }
  // fmod(a, b) = a - trunc(a / b) * b.
  LogicalResult visit(arith::RemFOp op) {
    if (Value d = res(op)) {
      add(op.getLhs(), d);
      if (on(op.getRhs())) {
        Value q = div(op.getLhs(), op.getRhs());
        Value trunc = select(cmp(arith::CmpFPredicate::OLT, q, cst(0.0)),
                             math::CeilOp::create(b, loc, q),
                             math::FloorOp::create(b, loc, q));
        add(op.getRhs(), neg(mul(d, trunc)));
      }
    }
    return success();
  }

  // Piecewise: the adjoint goes to the operand chosen (ties to the lhs).
  LogicalResult visit(arith::MinimumFOp op) {
    return piecewise(op, arith::CmpFPredicate::OLE);
  }
  LogicalResult visit(arith::MaximumFOp op) {
    return piecewise(op, arith::CmpFPredicate::OGE);
  }
  LogicalResult visit(arith::SelectOp op) {
    if (Value d = res(op)) {
      if (on(op.getTrueValue()))
        add(op.getTrueValue(), select(op.getCondition(), d, cst(0.0)));
      if (on(op.getFalseValue()))
        add(op.getFalseValue(), select(op.getCondition(), cst(0.0), d));
    }
    return success();
  }
  // |a|' = -1 below 0, else 1 (the reference's convention at 0).
  LogicalResult visit(math::AbsFOp op) {
    if (Value d = res(op))
      add(op.getOperand(),
          select(cmp(arith::CmpFPredicate::OLT, op.getOperand(), cst(0.0)),
                 neg(d), d));
    return success();
  }

  // Float functions: d * f'(a), from the result where it is cheaper.
  LogicalResult visit(math::ExpOp op) {
    return unary(op, [&](Value, Value r) { return r; });
  }
  LogicalResult visit(math::Exp2Op op) {
    return unary(op, [&](Value, Value r) { return mul(r, cst(M_LN2)); });
  }
  LogicalResult visit(math::ExpM1Op op) {
    return unary(op, [&](Value, Value r) { return addf(r, cst(1.0)); });
  }
  LogicalResult visit(math::LogOp op) {
    return unary(op, [&](Value a, Value) { return div(cst(1.0), a); });
  }
  LogicalResult visit(math::Log2Op op) {
    return unary(op, [&](Value a, Value) { return div(cst(M_LOG2E), a); });
  }
  LogicalResult visit(math::Log1pOp op) {
    return unary(
        op, [&](Value a, Value) { return div(cst(1.0), addf(a, cst(1.0))); });
  }
  LogicalResult visit(math::SqrtOp op) {
    return unary(op, [&](Value, Value r) { return div(cst(0.5), r); });
  }
  LogicalResult visit(math::RsqrtOp op) {
    return unary(
        op, [&](Value, Value r) { return mul(cst(-0.5), mul(r, mul(r, r))); });
  }
  LogicalResult visit(math::SinOp op) {
    return unary(
        op, [&](Value a, Value) { return math::CosOp::create(b, loc, a); });
  }
  LogicalResult visit(math::CosOp op) {
    return unary(op, [&](Value a, Value) {
      return neg(math::SinOp::create(b, loc, a));
    });
  }
  LogicalResult visit(math::TanhOp op) {
    return unary(op, [&](Value, Value r) {
      return arith::SubFOp::create(b, loc, cst(1.0), mul(r, r));
    });
  }
  LogicalResult visit(math::ErfOp op) {
    return unary(op, [&](Value a, Value) {
      Value e = math::ExpOp::create(b, loc, neg(mul(a, a)));
      return mul(cst(M_2_SQRTPI), e);
    });
  }
  // d(a^c)/da = c a^(c-1); d(a^c)/dc = a^c log(a), 0 where a <= 0.
  LogicalResult visit(math::PowFOp op) {
    if (Value d = res(op)) {
      Value a = op.getLhs(), c = op.getRhs();
      if (on(a))
        add(a, mul(d, mul(c, math::PowFOp::create(
                                 b, loc, a,
                                 arith::SubFOp::create(b, loc, c, cst(1.0))))));
      if (on(c)) {
        Value logA = math::LogOp::create(b, loc, a);
        add(c, select(cmp(arith::CmpFPredicate::OGT, a, cst(0.0)),
                      mul(d, mul(op.getResult(), logA)), cst(0.0)));
      }
    }
    return success();
  }

  // A float input element: its gradient.
  LogicalResult visit(LoadOp load) {
    if (Value d = res(load))
      AccumulateOp::create(b, loc, d, load.getInputAttr(), load.getIndices());
    return success();
  }

  // Zero gradient: floors and ceilings are piecewise constant; comparisons,
  // integer ops and conversions from ints carry no float adjoint.
  LogicalResult visit(math::FloorOp) { return success(); }
  LogicalResult visit(math::CeilOp) { return success(); }
  LogicalResult visit(arith::CmpFOp) { return success(); }
  LogicalResult visit(arith::CmpIOp) { return success(); }
  LogicalResult visit(arith::SIToFPOp) { return success(); }
  LogicalResult visit(arith::ExtUIOp) { return success(); }
  LogicalResult visit(arith::ExtSIOp) { return success(); }
  LogicalResult visit(arith::AddIOp) { return success(); }
  LogicalResult visit(arith::SubIOp) { return success(); }
  LogicalResult visit(arith::MulIOp) { return success(); }
  LogicalResult visit(arith::DivSIOp) { return success(); }
  LogicalResult visit(arith::RemSIOp) { return success(); }
  LogicalResult visit(arith::ShLIOp) { return success(); }
  LogicalResult visit(arith::ShRSIOp) { return success(); }
  LogicalResult visit(arith::AndIOp) { return success(); }
  LogicalResult visit(arith::OrIOp) { return success(); }
  LogicalResult visit(arith::XOrIOp) { return success(); }
  LogicalResult visit(arith::MinSIOp) { return success(); }
  LogicalResult visit(arith::MaxSIOp) { return success(); }
  LogicalResult visit(math::AbsIOp) { return success(); }
  LogicalResult visit(arith::ConstantOp) { return success(); }
  LogicalResult visit(ConstOp) { return success(); }
  LogicalResult visit(DimOp) { return success(); }
  LogicalResult visit(YieldOp) { return success(); }

  LogicalResult visitInvalid(Operation *op) {
    return op->emitOpError("cannot be differentiated");
  }

private:
  bool on(Value v) const { return active.contains(v); }
  /// The adjoint of op's result, or null when it has none.
  Value res(Operation *op) {
    if (op->getNumResults() != 1 || !on(op->getResult(0)))
      return nullptr;
    return adj.lookup(op->getResult(0));
  }
  void add(Value v, Value contribution) {
    if (!on(v))
      return;
    Value &slot = adj[v];
    slot = slot ? addf(slot, contribution) : contribution;
  }
  template <class F> LogicalResult unary(Operation *op, F derivative) {
    if (Value d = res(op))
      add(op->getOperand(0),
          mul(d, derivative(op->getOperand(0), op->getResult(0))));
    return success();
  }
  LogicalResult piecewise(Operation *op, arith::CmpFPredicate pred) {
    if (Value d = res(op)) {
      Value lhs = op->getOperand(0), rhs = op->getOperand(1);
      Value pick = cmp(pred, lhs, rhs);
      if (on(lhs))
        add(lhs, select(pick, d, cst(0.0)));
      if (on(rhs))
        add(rhs, select(pick, cst(0.0), d));
    }
    return success();
  }

  Value cst(double x) {
    return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(float(x)));
  }
  Value addf(Value x, Value y) { return arith::AddFOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulFOp::create(b, loc, x, y); }
  Value div(Value x, Value y) { return arith::DivFOp::create(b, loc, x, y); }
  Value neg(Value x) { return arith::NegFOp::create(b, loc, x); }
  Value cmp(arith::CmpFPredicate pred, Value x, Value y) {
    return arith::CmpFOp::create(b, loc, pred, x, y);
  }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
  }

  OpBuilder &b;
  Location loc;
  llvm::DenseSet<Value> active;
  llvm::DenseMap<Value, Value> adj;
};

/// Builds the attn.derivative of `region` (of stage `stage`) at the end of
/// the spec body.
LogicalResult differentiate(SpecOp spec, StringRef stage, Region &region) {
  OpBuilder b(spec.getContext());
  b.setInsertionPointToEnd(&spec.getBodyBlock());
  Location loc = region.getParentOp()->getLoc();
  auto derivative = DerivativeOp::create(b, loc, b.getStringAttr(stage));
  Block &src = region.front();
  SmallVector<Type> types = {floatType(spec.getContext())};
  SmallVector<Location> locs = {loc};
  for (BlockArgument arg : src.getArguments()) {
    types.push_back(arg.getType());
    locs.push_back(arg.getLoc());
  }
  Block *block = b.createBlock(&derivative.getBody(), {}, types, locs);
  IRMapping map;
  for (BlockArgument arg : src.getArguments())
    map.map(arg, block->getArgument(arg.getArgNumber() + 1));
  for (Operation &op : src.without_terminator())
    b.clone(op, map);
  SmallVector<Operation *> primal;
  for (Operation &op : *block)
    primal.push_back(&op);

  Value floatArg;
  if (src.getNumArguments() && src.getArgument(0).getType().isF32())
    floatArg = block->getArgument(1);
  Adjoints adjoints(b, loc);
  adjoints.findActive(*block, floatArg);
  auto yield = cast<YieldOp>(src.getTerminator());
  adjoints.seed(map.lookup(yield.getValue()), block->getArgument(0));
  for (Operation *op : llvm::reverse(primal))
    if (failed(adjoints.dispatch(op)))
      return failure();
  Value result = floatArg ? adjoints.adjoint(floatArg) : Value();
  if (!result)
    result = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0.0f));
  YieldOp::create(b, loc, result);

  // Fold the adjoints and drop the primal ops nothing needs.
  MLIRContext *ctx = spec.getContext();
  RewritePatternSet patterns(ctx);
  for (Dialect *dialect : ctx->getLoadedDialects())
    dialect->getCanonicalizationPatterns(patterns);
  for (RegisteredOperationName op : ctx->getRegisteredOperations())
    if (op.getDialectNamespace() ==
            arith::ArithDialect::getDialectNamespace() ||
        op.getDialectNamespace() == math::MathDialect::getDialectNamespace())
      op.getCanonicalizationPatterns(patterns, ctx);
  return applyPatternsGreedily(derivative.getBody(), std::move(patterns));
}

struct AttnDifferentiatePass
    : attc::impl::AttnDifferentiateBase<AttnDifferentiatePass> {
  void runOnOperation() override {
    SpecOp spec = getOperation();
    // Code generators emit the backward for specs marked so.
    spec->setAttr("attn.differentiated", UnitAttr::get(spec.getContext()));
    // Idempotent: derivatives are rebuilt from the stages as they are now.
    for (Operation &op : llvm::make_early_inc_range(spec.getBodyBlock()))
      if (isa<DerivativeOp>(op))
        op.erase();
    auto run = [&](StringRef stage, Region *region) {
      if (region && !region->empty() &&
          failed(differentiate(spec, stage, *region)))
        signalPassFailure();
    };
    if (ScoreOp score = spec.getScoreOp())
      run("score", &score.getBody());
    if (EpilogueOp epilogue = spec.getEpilogueOp())
      run("epilogue", &epilogue.getBody());
    auto norm = cast<NormalizerOpInterface>(spec.getNormalizer());
    run(isa<SoftmaxOp>(spec.getNormalizer()) ? "sink" : "norm_param",
        norm.getParamRegion());
  }
};
} // namespace
