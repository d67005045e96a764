//===- AttnTileSparsity.cpp - classify the mask for block sparsity --------===//
//
// Decides, once per spec, how tiles can be classified; backends then
// evaluate the mask region with interval arithmetic per tile (see
// templates/common/attc_interval.h). This pass only has to know which
// values that arithmetic bounds, which input loads a block map can bound,
// and which conjuncts give closed-form key ranges.
//
//===----------------------------------------------------------------------===//

#include "attc/Transforms/IntervalRules.h"
#include "attc/Transforms/MaskIndex.h"
#include "attc/Transforms/Passes.h"

#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/TypeSwitch.h"

namespace attc {
#define GEN_PASS_DEF_ATTNTILESPARSITY
#include "attc/Transforms/Passes.h.inc"
} // namespace attc

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
/// Which values of the mask region interval arithmetic bounds usefully, and
/// whether the mask as a whole can ever be decided for a tile.
class Boundedness {
public:
  explicit Boundedness(Block &block) {
    for (Operation &op : block)
      visit(op);
  }
  bool decidable(Value v) const { return decided.contains(v); }
  /// The block-map tables the mask's bounded loads read.
  const llvm::SetVector<BlockMapAttr> &blockMaps() const { return maps; }

private:
  bool bounded(Value v) const {
    return maskArgIndex(v) >= 0 || boundedInts.contains(v);
  }

  /// Bounded for an i64, decidable for an i1.
  bool known(Value v) const {
    return v.getType().isInteger(1) ? decidable(v) : bounded(v);
  }

  void visit(Operation &op) {
    if (op.getNumResults() != 1)
      return;
    Value r = op.getResult(0);
    IntervalRule rule = intervalRule(&op);
    bool ok = false;
    switch (rule.kind) {
    case IntervalRule::Kind::Unbounded:
      return;
    case IntervalRule::Kind::Point:
      ok = true;
      break;
    case IntervalRule::Kind::Load: {
      auto load = cast<LoadOp>(op);
      std::optional<TiledLoad> tiled = tiledLoad(load);
      if (!tiled)
        return;
      maps.insert(BlockMapAttr::get(op.getContext(),
                                    load.getInputAttr().getAttr(), tiled->axis,
                                    tiled->byQ));
      ok = true;
      break;
    }
    case IntervalRule::Kind::Call: {
      auto knownOp = [&](Value v) { return known(v); };
      switch (rule.needs) {
      case IntervalRule::Needs::All:
        ok = llvm::all_of(op.getOperands(), knownOp);
        break;
      case IntervalRule::Needs::Any:
        ok = llvm::any_of(op.getOperands(), knownOp);
        break;
      case IntervalRule::Needs::Select: {
        auto select = cast<arith::SelectOp>(op);
        ok = (known(select.getTrueValue()) && known(select.getFalseValue())) ||
             (r.getType().isInteger(1) && decidable(select.getCondition()));
        break;
      }
      }
      break;
    }
    }
    if (ok)
      (r.getType().isInteger(1) ? decided : boundedInts).insert(r);
  }

  llvm::DenseSet<Value> boundedInts, decided;
  llvm::SetVector<BlockMapAttr> maps;
};

/// Affine form of an i64 mask value over d0 = q, d1 = k and the dims as
/// symbols, when it has one.
class AffineForms {
public:
  explicit AffineForms(MLIRContext *ctx) : ctx(ctx) {}

  std::optional<AffineExpr> get(Value v) {
    if (auto it = cache.find(v); it != cache.end())
      return it->second;
    std::optional<AffineExpr> e = compute(v);
    cache[v] = e;
    return e;
  }

private:
  /// Division and remainder truncate in attc; they match floordiv and mod
  /// only for a non-negative dividend, which we know syntactically when
  /// every term has a non-negative coefficient.
  static bool nonNegative(AffineExpr e) {
    if (auto c = dyn_cast<AffineConstantExpr>(e))
      return c.getValue() >= 0;
    if (isa<AffineDimExpr, AffineSymbolExpr>(e))
      return true;
    auto bin = cast<AffineBinaryOpExpr>(e);
    return nonNegative(bin.getLHS()) && nonNegative(bin.getRHS());
  }

  std::optional<AffineExpr> compute(Value v) {
    int arg = maskArgIndex(v);
    if (arg == kArgQ)
      return getAffineDimExpr(0, ctx);
    if (arg == kArgK)
      return getAffineDimExpr(1, ctx);
    if (arg >= 0)
      return std::nullopt;
    Operation *op = v.getDefiningOp();
    if (!op)
      return std::nullopt;
    IntegerAttr cst;
    if (matchPattern(v, m_Constant(&cst)))
      return getAffineConstantExpr(cst.getInt(), ctx);
    if (auto dim = dyn_cast<DimOp>(op))
      return getAffineSymbolExpr(DimsAttr::indexOf(dim.getName()), ctx);
    if (auto c = dyn_cast<ConstOp>(op)) {
      Attribute value =
          op->getParentOfType<SpecOp>().getConsts().get(c.getName());
      if (auto i = dyn_cast_or_null<IntegerAttr>(value))
        return getAffineConstantExpr(i.getInt(), ctx);
      return std::nullopt;
    }
    if (op->getNumOperands() != 2 || !v.getType().isInteger(64))
      return std::nullopt;
    std::optional<AffineExpr> a = get(op->getOperand(0));
    std::optional<AffineExpr> b = get(op->getOperand(1));
    if (!a || !b)
      return std::nullopt;
    auto divisor = dyn_cast<AffineConstantExpr>(*b);
    return llvm::TypeSwitch<Operation *, std::optional<AffineExpr>>(op)
        .Case([&](arith::AddIOp) { return *a + *b; })
        .Case([&](arith::SubIOp) { return *a - *b; })
        .Case([&](arith::MulIOp) -> std::optional<AffineExpr> {
          if (!isa<AffineConstantExpr>(*a) && !isa<AffineConstantExpr>(*b))
            return std::nullopt;
          return *a * *b;
        })
        .Case([&](arith::DivSIOp) -> std::optional<AffineExpr> {
          if (!divisor || divisor.getValue() <= 0 || !nonNegative(*a))
            return std::nullopt;
          return a->floorDiv(divisor.getValue());
        })
        .Case([&](arith::RemSIOp) -> std::optional<AffineExpr> {
          if (!divisor || divisor.getValue() <= 0 || !nonNegative(*a))
            return std::nullopt;
          return *a % divisor.getValue();
        })
        .Default([](Operation *) { return std::nullopt; });
  }

  MLIRContext *ctx;
  llvm::DenseMap<Value, std::optional<AffineExpr>> cache;
};

/// How `e` varies with d0 = q: +1 nondecreasing, -1 nonincreasing, 0 not
/// at all; nullopt when not monotone. A monotone bound has its extremes
/// over a query tile at the tile's ends.
std::optional<int> monotonicityInQ(AffineExpr e) {
  if (!e.isFunctionOfDim(0))
    return 0;
  if (isa<AffineDimExpr>(e))
    return 1;
  auto bin = cast<AffineBinaryOpExpr>(e);
  std::optional<int> l = monotonicityInQ(bin.getLHS());
  std::optional<int> r = monotonicityInQ(bin.getRHS());
  auto constant = dyn_cast<AffineConstantExpr>(bin.getRHS());
  if (!l || !r)
    return std::nullopt;
  switch (bin.getKind()) {
  case AffineExprKind::Add:
    if (*l == 0 || *r == 0 || *l == *r)
      return *l ? *l : *r;
    return std::nullopt;
  case AffineExprKind::Mul:
    if (!constant)
      return std::nullopt;
    return *l * (constant.getValue() > 0   ? 1
                 : constant.getValue() < 0 ? -1
                                           : 0);
  case AffineExprKind::FloorDiv:
  case AffineExprKind::CeilDiv:
    if (constant && constant.getValue() > 0)
      return *l;
    return std::nullopt;
  default:
    return std::nullopt;
  }
}

/// Collects `k >= lower(q)` and `k <= upper(q)` from the conjuncts of a
/// mask value.
class KeyBounds {
public:
  explicit KeyBounds(MLIRContext *ctx) : ctx(ctx), forms(ctx) {}

  void collect(Value v) {
    if (auto andOp = v.getDefiningOp<arith::AndIOp>()) {
      collect(andOp.getLhs());
      collect(andOp.getRhs());
      return;
    }
    auto cmp = v.getDefiningOp<arith::CmpIOp>();
    if (!cmp)
      return;
    std::optional<AffineExpr> lhs = forms.get(cmp.getLhs());
    std::optional<AffineExpr> rhs = forms.get(cmp.getRhs());
    if (!lhs || !rhs)
      return;
    // lhs - rhs = c * k + rest, with c = +-1 and rest free of k.
    AffineExpr diff = simplifyAffineExpr(*lhs - *rhs, 2, 7);
    AffineExpr zero = getAffineConstantExpr(0, ctx);
    AffineExpr rest = simplifyAffineExpr(
        diff.replaceDims({getAffineDimExpr(0, ctx), zero}), 2, 7);
    AffineExpr kTerm = simplifyAffineExpr(diff - rest, 2, 7);
    // kTerm is c * t with t = k, or t = k floordiv C (chunked masks).
    AffineExpr k = getAffineDimExpr(1, ctx);
    int c = 0;
    int64_t chunk = 1;
    for (int sign : {1, -1}) {
      AffineExpr t = simplifyAffineExpr(kTerm * sign, 2, 7);
      auto div = dyn_cast<AffineBinaryOpExpr>(t);
      if (t == k) {
        c = sign;
      } else if (div && div.getKind() == AffineExprKind::FloorDiv &&
                 div.getLHS() == k) {
        if (auto cst = dyn_cast<AffineConstantExpr>(div.getRHS())) {
          c = sign;
          chunk = cst.getValue();
        }
      }
    }
    if (!c || chunk <= 0 || !monotonicityInQ(rest))
      return;
    // c = 1:  t + rest P 0  <=>  t P -rest;  c = -1:  rest - t P 0  <=>
    // t P' rest with P' the mirrored predicate.
    AffineExpr bound = c == 1 ? -rest : rest;
    using P = arith::CmpIPredicate;
    P pred = cmp.getPredicate();
    if (c == -1)
      pred = pred == P::slt   ? P::sgt
             : pred == P::sle ? P::sge
             : pred == P::sgt ? P::slt
             : pred == P::sge ? P::sle
                              : pred;
    // Bounds on t become bounds on k: t >= y <=> k >= chunk * y, and
    // t <= y <=> k <= chunk * y + chunk - 1.
    auto lowerK = [&](AffineExpr y) { lower.push_back(y * chunk); };
    auto upperK = [&](AffineExpr y) {
      upper.push_back(y * chunk + (chunk - 1));
    };
    switch (pred) {
    case P::slt:
      upperK(bound - 1);
      break;
    case P::sle:
      upperK(bound);
      break;
    case P::sgt:
      lowerK(bound + 1);
      break;
    case P::sge:
      lowerK(bound);
      break;
    case P::eq:
      lowerK(bound);
      upperK(bound);
      break;
    default:
      break;
    }
  }

  AffineMap map(ArrayRef<AffineExpr> exprs) const {
    if (exprs.empty())
      return {};
    SmallVector<AffineExpr> simplified;
    for (AffineExpr e : exprs)
      simplified.push_back(simplifyAffineExpr(e, 1, 7));
    return AffineMap::get(1, 7, simplified, ctx);
  }

  SmallVector<AffineExpr> lower, upper;

private:
  MLIRContext *ctx;
  AffineForms forms;
};

struct AttnTileSparsityPass
    : attc::impl::AttnTileSparsityBase<AttnTileSparsityPass> {
  void runOnOperation() override {
    SpecOp spec = getOperation();
    MLIRContext *ctx = spec.getContext();
    MaskOp mask = spec.getMaskOp();
    SparsityAttr result;
    if (!mask) {
      result = SparsityAttr::get(ctx, SparsityKind::dense, {}, {}, {});
    } else {
      Block &block = mask.getBody().front();
      Value yielded = cast<YieldOp>(block.getTerminator()).getValue();
      Boundedness analysis(block);
      KeyBounds bounds(ctx);
      bounds.collect(yielded);
      SparsityKind kind = !analysis.decidable(yielded)   ? SparsityKind::opaque
                          : analysis.blockMaps().empty() ? SparsityKind::static_
                                                         : SparsityKind::data;
      SmallVector<BlockMapAttr> maps;
      if (kind == SparsityKind::data)
        maps.assign(analysis.blockMaps().begin(), analysis.blockMaps().end());
      result = SparsityAttr::get(ctx, kind, bounds.map(bounds.lower),
                                 bounds.map(bounds.upper), maps);
    }
    spec->setAttr("attn.sparsity", result);
  }
};
} // namespace
