//===- FuzzSpecMlir.cpp - libFuzzer target: attn.spec in MLIR syntax ------===//
//
// Parsing and verifying a .mlir spec, through loadSpecText.
//
//===----------------------------------------------------------------------===//

#include "FuzzCommon.h"

#include "attc/Spec/SpecToIR.h"

#include "mlir/IR/MLIRContext.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mlir::MLIRContext ctx(mlir::MLIRContext::Threading::DISABLED);
  std::string text(reinterpret_cast<const char *>(data), size);
  std::string error;
  auto module = attc::loadSpecText(ctx, text, "fuzz.mlir", /*isMLIR=*/true,
                                   error);
  if (!module)
    attc::fuzz::checkOneLineError(error, "loadSpecText");
  else if (!attc::getSpec(*module))
    std::abort();
  return 0;
}
