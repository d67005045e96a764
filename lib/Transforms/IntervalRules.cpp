//===- IntervalRules.cpp - what interval arithmetic bounds, once ----------===//

#include "attc/Transforms/IntervalRules.h"
#include "attc/Codegen/CmpISpelling.h"

#include "dialects/Attn/IR/AttnExprVisitor.h"

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
using Kind = IntervalRule::Kind;
using Needs = IntervalRule::Needs;

bool isBool(Operation *op) { return op->getResult(0).getType().isInteger(1); }
bool isInt(Operation *op) { return op->getResult(0).getType().isInteger(64); }

IntervalRule call(StringRef fn, Needs needs = Needs::All) {
  return {Kind::Call, fn, needs};
}
IntervalRule unbounded() { return {}; }
/// `fn` for i64 results, unbounded otherwise.
IntervalRule intCall(Operation *op, StringRef fn) {
  return isInt(op) ? call(fn) : unbounded();
}

/// One case per op of the expression language; floats are never bounded
/// (their compares are undecidable over a tile).
struct Rules : ExprVisitor<Rules, IntervalRule> {
  IntervalRule visit(arith::ConstantOp c) {
    return isa<IntegerAttr>(c.getValue()) ? IntervalRule{Kind::Point}
                                          : unbounded();
  }
  IntervalRule visit(ConstOp c) {
    auto spec = c->getParentOfType<SpecOp>();
    Attribute value = spec ? spec.getConsts().get(c.getName()) : Attribute();
    return isa_and_nonnull<IntegerAttr>(value) && isInt(c)
               ? IntervalRule{Kind::Point}
               : unbounded();
  }
  IntervalRule visit(DimOp) { return {Kind::Point}; }
  IntervalRule visit(LoadOp) { return {Kind::Load}; }
  // Bools are i1: + is xor, * is and.
  IntervalRule visit(arith::AddIOp op) {
    return isBool(op) ? call("lxor") : call("add");
  }
  IntervalRule visit(arith::MulIOp op) {
    return isBool(op) ? call("land", Needs::Any) : call("mul");
  }
  IntervalRule visit(arith::SubIOp op) { return intCall(op, "sub"); }
  IntervalRule visit(arith::DivSIOp op) { return intCall(op, "div"); }
  IntervalRule visit(arith::RemSIOp op) { return intCall(op, "rem"); }
  IntervalRule visit(arith::MinSIOp op) { return intCall(op, "min"); }
  IntervalRule visit(arith::MaxSIOp op) { return intCall(op, "max"); }
  IntervalRule visit(math::AbsIOp op) { return intCall(op, "abs"); }
  IntervalRule visit(arith::AndIOp op) {
    return isBool(op) ? call("land", Needs::Any) : unbounded();
  }
  IntervalRule visit(arith::OrIOp op) {
    return isBool(op) ? call("lor", Needs::Any) : unbounded();
  }
  IntervalRule visit(arith::XOrIOp op) {
    return isBool(op) ? call("lxor") : unbounded();
  }
  IntervalRule visit(arith::SelectOp) { return call("select", Needs::Select); }
  IntervalRule visit(arith::CmpIOp cmp) {
    StringRef fn = spellCmpI(cmp.getPredicate()).name;
    return fn.empty() ? unbounded() : call(fn);
  }
  // Shifts and every float op: unbounded.
  IntervalRule visit(arith::ShLIOp) { return unbounded(); }
  IntervalRule visit(arith::ShRSIOp) { return unbounded(); }
  IntervalRule visit(arith::AddFOp) { return unbounded(); }
  IntervalRule visit(arith::SubFOp) { return unbounded(); }
  IntervalRule visit(arith::MulFOp) { return unbounded(); }
  IntervalRule visit(arith::DivFOp) { return unbounded(); }
  IntervalRule visit(arith::RemFOp) { return unbounded(); }
  IntervalRule visit(arith::NegFOp) { return unbounded(); }
  IntervalRule visit(arith::MinimumFOp) { return unbounded(); }
  IntervalRule visit(arith::MaximumFOp) { return unbounded(); }
  IntervalRule visit(arith::SIToFPOp) { return unbounded(); }
  // bool -> int (what canonicalization makes of `c ? 1 : 0`).
  IntervalRule visit(arith::ExtUIOp) { return unbounded(); }
  IntervalRule visit(arith::ExtSIOp) { return unbounded(); }
  IntervalRule visit(arith::CmpFOp) { return unbounded(); }
  IntervalRule visit(math::AbsFOp) { return unbounded(); }
  IntervalRule visit(math::ExpOp) { return unbounded(); }
  IntervalRule visit(math::Exp2Op) { return unbounded(); }
  IntervalRule visit(math::ExpM1Op) { return unbounded(); }
  IntervalRule visit(math::LogOp) { return unbounded(); }
  IntervalRule visit(math::Log2Op) { return unbounded(); }
  IntervalRule visit(math::Log1pOp) { return unbounded(); }
  IntervalRule visit(math::SqrtOp) { return unbounded(); }
  IntervalRule visit(math::RsqrtOp) { return unbounded(); }
  IntervalRule visit(math::FloorOp) { return unbounded(); }
  IntervalRule visit(math::CeilOp) { return unbounded(); }
  IntervalRule visit(math::SinOp) { return unbounded(); }
  IntervalRule visit(math::CosOp) { return unbounded(); }
  IntervalRule visit(math::TanhOp) { return unbounded(); }
  IntervalRule visit(math::ErfOp) { return unbounded(); }
  IntervalRule visit(math::PowFOp) { return unbounded(); }
  IntervalRule visit(YieldOp) { return unbounded(); }
  IntervalRule visitInvalid(Operation *) { return unbounded(); }
};
} // namespace

IntervalRule attc::intervalRule(Operation *op) { return Rules().dispatch(op); }
