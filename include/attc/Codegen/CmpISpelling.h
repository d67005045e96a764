//===- CmpISpelling.h - how generated code spells arith.cmpi ----*- C++ -*-===//

#ifndef ATTC_CODEGEN_CMPISPELLING_H
#define ATTC_CODEGEN_CMPISPELLING_H

#include "mlir/Dialect/Arith/IR/Arith.h"

namespace attc {

/// The C++ operator and the attc::iv function name of a signed integer
/// comparison; empty for the unsigned predicates no spec produces.
struct CmpISpelling {
  llvm::StringRef op, name;
};

inline CmpISpelling spellCmpI(mlir::arith::CmpIPredicate p) {
  using P = mlir::arith::CmpIPredicate;
  switch (p) {
  case P::eq:
    return {"==", "eq"};
  case P::ne:
    return {"!=", "ne"};
  case P::slt:
    return {"<", "lt"};
  case P::sle:
    return {"<=", "le"};
  case P::sgt:
    return {">", "gt"};
  case P::sge:
    return {">=", "ge"};
  default:
    return {};
  }
}

} // namespace attc

#endif // ATTC_CODEGEN_CMPISPELLING_H
