//===- AttnExprVisitor.h - the ops of stage expressions, listed once -*- C++
//-*-//
//
// The expression language of stage regions is this list of ops. The
// verifier rejects any other op in a stage region, and every consumer of
// the regions (the code generators, the interval rules of the sparsity
// analysis, the float64 reference) derives from ExprVisitor, which calls
// `visit(OpT)` for each op of the list: a consumer that misses one does not
// compile. Adding an op means adding it here, to the frontend, and to each
// visitor the compiler then points at. (The shape follows CIRCT's
// CombVisitors.h.)
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_DIALECTS_ATTN_IR_ATTNEXPRVISITOR_H
#define ATTC_DIALECTS_ATTN_IR_ATTNEXPRVISITOR_H

#include "dialects/Attn/IR/AttnDialect.h"

#include "llvm/ADT/TypeSwitch.h"

/// Every op a stage region may hold besides its terminator, attn.yield.
#define ATTN_EXPR_OPS                                                          \
  ::mlir::arith::ConstantOp, ::mlir::arith::AddFOp, ::mlir::arith::SubFOp,     \
      ::mlir::arith::MulFOp, ::mlir::arith::DivFOp, ::mlir::arith::RemFOp,     \
      ::mlir::arith::NegFOp, ::mlir::arith::AddIOp, ::mlir::arith::SubIOp,     \
      ::mlir::arith::MulIOp, ::mlir::arith::DivSIOp, ::mlir::arith::RemSIOp,   \
      ::mlir::arith::ShLIOp, ::mlir::arith::ShRSIOp, ::mlir::arith::AndIOp,    \
      ::mlir::arith::OrIOp, ::mlir::arith::XOrIOp, ::mlir::arith::MinSIOp,     \
      ::mlir::arith::MaxSIOp, ::mlir::arith::MinimumFOp,                       \
      ::mlir::arith::MaximumFOp, ::mlir::arith::SIToFPOp,                      \
      ::mlir::arith::ExtUIOp, ::mlir::arith::ExtSIOp,                          \
      ::mlir::arith::CmpIOp, ::mlir::arith::CmpFOp, ::mlir::arith::SelectOp,   \
      ::mlir::math::AbsIOp, ::mlir::math::AbsFOp, ::mlir::math::ExpOp,         \
      ::mlir::math::Exp2Op, ::mlir::math::ExpM1Op, ::mlir::math::LogOp,        \
      ::mlir::math::Log2Op, ::mlir::math::Log1pOp, ::mlir::math::SqrtOp,       \
      ::mlir::math::RsqrtOp, ::mlir::math::FloorOp, ::mlir::math::CeilOp,      \
      ::mlir::math::SinOp, ::mlir::math::CosOp, ::mlir::math::TanhOp,          \
      ::mlir::math::ErfOp, ::mlir::math::PowFOp, ::attc::attn::LoadOp,         \
      ::attc::attn::DimOp, ::attc::attn::ConstOp

namespace attc::attn {

/// Whether `op` belongs to the expression language (attn.yield excluded).
inline bool isExprOp(mlir::Operation *op) {
  return mlir::isa<ATTN_EXPR_OPS>(op);
}

/// Dispatches an op of a stage region to `Derived::visit(OpT, Args...)`;
/// attn.yield goes to `visit(YieldOp, Args...)`, attn.accumulate (only in
/// attn.derivative regions) to `visitAccumulate`, which defaults to
/// `visitInvalid`, and anything outside the language (which the verifier
/// has already refused) to `visitInvalid(Operation *, Args...)`.
template <typename Derived, typename Result = void, typename... Args>
class ExprVisitor {
public:
  Result dispatch(mlir::Operation *op, Args... args) {
    auto *self = static_cast<Derived *>(this);
    return llvm::TypeSwitch<mlir::Operation *, Result>(op)
        .template Case<ATTN_EXPR_OPS, YieldOp>(
            [&](auto expr) -> Result { return self->visit(expr, args...); })
        .template Case<AccumulateOp>([&](AccumulateOp acc) -> Result {
          return self->visitAccumulate(acc, args...);
        })
        .Default([&](mlir::Operation *other) -> Result {
          return self->visitInvalid(other, args...);
        });
  }
  Result visitAccumulate(AccumulateOp op, Args... args) {
    return static_cast<Derived *>(this)->visitInvalid(op, args...);
  }
};

} // namespace attc::attn

#endif // ATTC_DIALECTS_ATTN_IR_ATTNEXPRVISITOR_H
