//===- AttnDialect.h - the attn dialect, its attributes and ops -*- C++ -*-===//

#ifndef ATTC_DIALECTS_ATTN_IR_ATTNDIALECT_H
#define ATTC_DIALECTS_ATTN_IR_ATTNDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/RegionKindInterface.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "dialects/Attn/IR/AttnDialect.h.inc"
#include "dialects/Attn/IR/AttnEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "dialects/Attn/IR/AttnAttrs.h.inc"

#include "dialects/Attn/IR/AttnInterfaces.h.inc"

#define GET_OP_CLASSES
#include "dialects/Attn/IR/AttnOps.h.inc"

namespace attc::attn {
/// The integer, float and bool types of stage expressions.
inline mlir::Type intType(mlir::MLIRContext *ctx) {
  return mlir::IntegerType::get(ctx, 64);
}
inline mlir::Type floatType(mlir::MLIRContext *ctx) {
  return mlir::Float32Type::get(ctx);
}
inline mlir::Type boolType(mlir::MLIRContext *ctx) {
  return mlir::IntegerType::get(ctx, 1);
}
/// The expression type an element of an input of type `elem` loads as.
mlir::Type loadedType(mlir::Type elem);
} // namespace attc::attn

#endif // ATTC_DIALECTS_ATTN_IR_ATTNDIALECT_H
