//===- attc-opt.cpp - mlir-opt for the attn dialect -----------------------===//
//
// Registers only what attc's IR uses: attn, arith, math and attc's passes.
//
//===----------------------------------------------------------------------===//

#include "attc/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  attc::registerAttcPasses();
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
  mlir::DialectRegistry registry;
  registry.insert<attc::attn::AttnDialect, mlir::arith::ArithDialect,
                  mlir::math::MathDialect>();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "attc optimizer driver\n", registry));
}
