//===- AttnDialect.td - the attn dialect definition ---------*- tablegen -*-===//

#ifndef ATTN_DIALECT_TD
#define ATTN_DIALECT_TD

include "mlir/IR/OpBase.td"

def Attn_Dialect : Dialect {
  let name = "attn";
  let cppNamespace = "::attc::attn";
  let summary = "Attention mechanisms as score / mask / normalize / reduce "
                "stages";
  let description = [{
    An `attn.spec` op holds one attention mechanism. Its body contains one op
    per stage (`attn.scale`, `attn.score`, `attn.mask`, a normalizer op such
    as `attn.softmax`, `attn.epilogue`) whose regions compute the stage with
    upstream `arith` and `math` ops, reading extra tensors with `attn.load`,
    run-time dims with `attn.dim` and named constants with `attn.const`.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
  let useDefaultAttributePrinterParser = 1;
}

class Attn_Op<string mnemonic, list<Trait> traits = []>
    : Op<Attn_Dialect, mnemonic, traits>;

#endif // ATTN_DIALECT_TD
