//===- FuzzSpecText.cpp - libFuzzer targets: spec text to attn IR ---------===//
//
// Built twice (fuzz/CMakeLists.txt): ATTC_FUZZ_SPEC_MLIR=0 fuzzes the whole
// JSON frontend (readRawSpec, the expression type checker, IR construction,
// the verifier), =1 parsing and verifying a .mlir spec; both through
// loadSpecText.
//
//===----------------------------------------------------------------------===//

#include "FuzzCommon.h"

#include "attc/Spec/SpecToIR.h"

#include "mlir/IR/MLIRContext.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // A fresh context per input: nothing uniqued by one input outlives it.
  mlir::MLIRContext ctx(mlir::MLIRContext::Threading::DISABLED);
  std::string text(reinterpret_cast<const char *>(data), size);
  std::string error;
  auto module = attc::loadSpecText(
      ctx, text, ATTC_FUZZ_SPEC_MLIR ? "fuzz.mlir" : "fuzz.json",
      /*isMLIR=*/ATTC_FUZZ_SPEC_MLIR, error);
  if (!module)
    attc::fuzz::checkOneLineError(error, "loadSpecText");
  else if (!attc::getSpec(*module))
    std::abort();
  return 0;
}
