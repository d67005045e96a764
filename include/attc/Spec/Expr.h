//===- Expr.h - the spec expression language --------------------*- C++ -*-===//
//
// Parser and type checker for the C-like expressions of score, mask,
// normalize parameters, epilogue and scale. Plain C++: no MLIR, no
// exceptions, so it can be unit-tested and fuzzed on its own.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_SPEC_EXPR_H
#define ATTC_SPEC_EXPR_H

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace attc {

/// Types of the expression language.
enum class ExprType { Unknown, Int, Float, Bool };
const char *exprTypeName(ExprType type);

struct Expr {
  enum class Kind { Int, Float, Bool, Var, Unary, Binary, Ternary, Call, Index };
  Kind kind;
  int column = 1; ///< 1-based column in the expression text.
  int64_t intValue = 0;
  double floatValue = 0;
  bool boolValue = false;
  std::string name; ///< variable, function, input or operator spelling
  std::vector<std::unique_ptr<Expr>> args;
  ExprType type = ExprType::Unknown; ///< set by the type checker
};
using ExprPtr = std::unique_ptr<Expr>;

/// An error inside an expression: the 1-based column and a message.
struct ExprError {
  int column = 0;
  std::string message;
};

/// Limits that keep a hostile expression from exhausting the stack.
constexpr int kMaxExprDepth = 256;
constexpr size_t kMaxExprLength = 64 * 1024;

/// Parses `text`; on failure returns null and fills `error`.
ExprPtr parseExpr(const std::string &text, ExprError &error);

/// What names mean inside one stage's expressions.
struct ExprEnv {
  /// Names of the stage's positional variables (b, h, q, ...) and their
  /// types; `s` and `o` are floats, the rest ints.
  std::map<std::string, ExprType> vars;
  /// Variables the language has but this stage lacks, with the reason.
  std::map<std::string, std::string> unavailable;
  /// Dims (ints) and consts.
  std::map<std::string, ExprType> dims;
  std::map<std::string, ExprType> consts;
  struct Input {
    ExprType loadsAs;
    size_t rank;
  };
  std::map<std::string, Input> inputs;
};

/// Type checks `expr` in `env`, setting every node's type. On failure fills
/// `error` and returns false.
bool typeCheckExpr(Expr &expr, const ExprEnv &env, ExprError &error);

/// Prints `expr` back in the surface syntax, fully parenthesized.
std::string printExpr(const Expr &expr);

} // namespace attc

#endif // ATTC_SPEC_EXPR_H
