//===- FuzzExpr.cpp - libFuzzer target: the expression language -----------===//
//
// Parses the input as an expression, type checks it in an environment with
// every kind of name, and checks that printExpr's output parses back to the
// same tree.
//
//===----------------------------------------------------------------------===//

#include "FuzzCommon.h"

#include "attc/Spec/Expr.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace attc;

static ExprEnv makeEnv() {
  ExprEnv env;
  for (const char *var : {"b", "h", "hk", "q", "k"})
    env.vars[var] = ExprType::Int;
  env.vars["s"] = ExprType::Float;
  env.unavailable["o"] = "'o' is only available in the epilogue";
  for (const char *dim : {"B", "Hq", "Hkv", "Lq", "Lk", "D", "Dv"})
    env.dims[dim] = ExprType::Int;
  env.consts["W"] = ExprType::Int;
  env.consts["T"] = ExprType::Float;
  env.inputs["bias"] = {ExprType::Float, 2};
  env.inputs["doc"] = {ExprType::Int, 1};
  env.inputs["keep"] = {ExprType::Bool, 3};
  return env;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const ExprEnv env = makeEnv();
  std::string text(reinterpret_cast<const char *>(data), size);
  ExprError error;
  ExprPtr expr = parseExpr(text, error);
  if (!expr) {
    fuzz::checkOneLineError(error.message, "parseExpr");
    return 0;
  }
  std::string printed = printExpr(*expr);
  ExprError reparseError;
  ExprPtr again = parseExpr(printed, reparseError);
  // Printing adds parentheses, which can push a deep tree over the limits.
  bool atLimit = reparseError.message.find("too deeply") != std::string::npos ||
                 reparseError.message.find("longer than") != std::string::npos;
  if (!again && !atLimit) {
    std::fprintf(stderr, "printExpr output '%s' does not parse: %s\n",
                 printed.c_str(), reparseError.message.c_str());
    std::abort();
  }
  if (again && printExpr(*again) != printed) {
    std::fprintf(stderr, "print/parse round trip differs: '%s' vs '%s'\n",
                 printed.c_str(), printExpr(*again).c_str());
    std::abort();
  }
  ExprError typeError;
  if (!typeCheckExpr(*expr, env, typeError))
    fuzz::checkOneLineError(typeError.message, "typeCheckExpr");
  return 0;
}
