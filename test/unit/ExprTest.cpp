//===- ExprTest.cpp - Tests for the spec expression language --------------===//
//
// The parser (precedence, associativity, literals, error columns, limits),
// printExpr, the type checker, and readRawSpec's defaults and decoding.
//
//===----------------------------------------------------------------------===//

#include "attc/Spec/Expr.h"
#include "attc/Spec/RawSpec.h"

#include "gtest/gtest.h"

#include <cmath>
#include <limits>
#include <string>

using namespace attc;

namespace {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// Parses `text` and prints it back fully parenthesized, or returns
/// "error N: message" with the 1-based column N.
std::string parsed(const std::string &text) {
  ExprError error;
  ExprPtr expr = parseExpr(text, error);
  if (!expr)
    return "error " + std::to_string(error.column) + ": " + error.message;
  EXPECT_TRUE(error.message.empty()) << text;
  return printExpr(*expr);
}

/// The environment of the score stage, as SpecToIR builds it, plus a few
/// consts and inputs.
ExprEnv scoreEnv() {
  ExprEnv env;
  env.vars = {{"s", ExprType::Float}, {"b", ExprType::Int},
              {"h", ExprType::Int},   {"hk", ExprType::Int},
              {"q", ExprType::Int},   {"k", ExprType::Int}};
  env.unavailable = {{"d", "'d' is only available in the epilogue"},
                     {"o", "'o' is only available in the epilogue"}};
  for (const char *dim : kDimNames)
    env.dims[dim] = ExprType::Int;
  env.consts = {{"W", ExprType::Int}, {"cap", ExprType::Float}};
  env.inputs["slopes"] = {ExprType::Float, 1};
  env.inputs["doc"] = {ExprType::Int, 2};
  env.inputs["pad"] = {ExprType::Bool, 2};
  env.inputs["rel"] = {ExprType::Float, 2};
  return env;
}

/// The environment of the mask stage: no `s`.
ExprEnv maskEnv() {
  ExprEnv env = scoreEnv();
  env.vars.erase("s");
  env.unavailable["s"] = "the mask cannot read the score 's'";
  return env;
}

/// Parses and type checks `text`; returns the type's name or
/// "error N: message".
std::string typed(const std::string &text, const ExprEnv &env = scoreEnv()) {
  ExprError error;
  ExprPtr expr = parseExpr(text, error);
  if (!expr)
    return "parse error " + std::to_string(error.column) + ": " +
           error.message;
  if (!typeCheckExpr(*expr, env, error))
    return "error " + std::to_string(error.column) + ": " + error.message;
  return exprTypeName(expr->type);
}

ExprPtr parseOk(const std::string &text) {
  ExprError error;
  ExprPtr expr = parseExpr(text, error);
  EXPECT_TRUE(expr) << text << ": " << error.message;
  return expr;
}

//===----------------------------------------------------------------------===//
// Parser: precedence and associativity
//===----------------------------------------------------------------------===//

TEST(ExprParse, PrecedenceOfEveryLevel) {
  // Each binary level binds tighter than the one before it, in both
  // positions of the lower-precedence operator.
  EXPECT_EQ(parsed("a || b && c"), "(a || (b && c))");
  EXPECT_EQ(parsed("a && b || c"), "((a && b) || c)");
  EXPECT_EQ(parsed("a && b | c"), "(a && (b | c))");
  EXPECT_EQ(parsed("a | b && c"), "((a | b) && c)");
  EXPECT_EQ(parsed("a | b ^ c"), "(a | (b ^ c))");
  EXPECT_EQ(parsed("a ^ b | c"), "((a ^ b) | c)");
  EXPECT_EQ(parsed("a ^ b & c"), "(a ^ (b & c))");
  EXPECT_EQ(parsed("a & b ^ c"), "((a & b) ^ c)");
  EXPECT_EQ(parsed("a & b == c"), "(a & (b == c))");
  EXPECT_EQ(parsed("a != b & c"), "((a != b) & c)");
  EXPECT_EQ(parsed("a == b < c"), "(a == (b < c))");
  EXPECT_EQ(parsed("a >= b != c"), "((a >= b) != c)");
  EXPECT_EQ(parsed("a < b << c"), "(a < (b << c))");
  EXPECT_EQ(parsed("a >> b <= c"), "((a >> b) <= c)");
  EXPECT_EQ(parsed("a << b + c"), "(a << (b + c))");
  EXPECT_EQ(parsed("a - b >> c"), "((a - b) >> c)");
  EXPECT_EQ(parsed("a + b * c"), "(a + (b * c))");
  EXPECT_EQ(parsed("a % b - c"), "((a % b) - c)");
  EXPECT_EQ(parsed("a / b + c"), "((a / b) + c)");
}

TEST(ExprParse, AllComparisonOperators) {
  EXPECT_EQ(parsed("a < b"), "(a < b)");
  EXPECT_EQ(parsed("a <= b"), "(a <= b)");
  EXPECT_EQ(parsed("a > b"), "(a > b)");
  EXPECT_EQ(parsed("a >= b"), "(a >= b)");
  EXPECT_EQ(parsed("a == b"), "(a == b)");
  EXPECT_EQ(parsed("a != b"), "(a != b)");
  // No whitespace needed between two-character operators and operands.
  EXPECT_EQ(parsed("a<=b&&c>=d"), "((a <= b) && (c >= d))");
  EXPECT_EQ(parsed("a<<2|b>>1"), "((a << 2) | (b >> 1))");
}

TEST(ExprParse, LeftAssociativity) {
  EXPECT_EQ(parsed("a - b - c"), "((a - b) - c)");
  EXPECT_EQ(parsed("a + b - c + d"), "(((a + b) - c) + d)");
  EXPECT_EQ(parsed("a / b / c"), "((a / b) / c)");
  EXPECT_EQ(parsed("a % b * c"), "((a % b) * c)");
  EXPECT_EQ(parsed("a << b >> c"), "((a << b) >> c)");
  EXPECT_EQ(parsed("a == b != c"), "((a == b) != c)");
  EXPECT_EQ(parsed("a < b < c"), "((a < b) < c)");
  EXPECT_EQ(parsed("a && b && c"), "((a && b) && c)");
  EXPECT_EQ(parsed("a || b || c"), "((a || b) || c)");
  EXPECT_EQ(parsed("a & b & c"), "((a & b) & c)");
  EXPECT_EQ(parsed("a | b | c"), "((a | b) | c)");
  EXPECT_EQ(parsed("a ^ b ^ c"), "((a ^ b) ^ c)");
}

TEST(ExprParse, ParenthesesOverridePrecedence) {
  EXPECT_EQ(parsed("(a + b) * c"), "((a + b) * c)");
  EXPECT_EQ(parsed("a - (b - c)"), "(a - (b - c))");
  EXPECT_EQ(parsed("((a))"), "a");
  EXPECT_EQ(parsed("(a || b) && c"), "((a || b) && c)");
}

TEST(ExprParse, TernaryIsRightAssociativeAndLowest) {
  EXPECT_EQ(parsed("a ? b : c"), "(a ? b : c)");
  EXPECT_EQ(parsed("a ? b : c ? d : e"), "(a ? b : (c ? d : e))");
  EXPECT_EQ(parsed("a ? b ? c : d : e"), "(a ? (b ? c : d) : e)");
  EXPECT_EQ(parsed("a || b ? c + 1 : d * 2"),
            "((a || b) ? (c + 1) : (d * 2))");
  EXPECT_EQ(parsed("(a ? b : c) + 1"), "((a ? b : c) + 1)");
  EXPECT_EQ(parsed("f(a ? b : c, d)"), "f((a ? b : c), d)");
  EXPECT_EQ(parsed("x[a ? 1 : 2]"), "x[(a ? 1 : 2)]");
}

TEST(ExprParse, UnaryOperators) {
  EXPECT_EQ(parsed("-a"), "(-a)");
  EXPECT_EQ(parsed("- 3"), "(-3)");
  EXPECT_EQ(parsed("-a * b"), "((-a) * b)");
  EXPECT_EQ(parsed("a * -b"), "(a * (-b))");
  EXPECT_EQ(parsed("a - -b"), "(a - (-b))");
  EXPECT_EQ(parsed("--a"), "(-(-a))");
  EXPECT_EQ(parsed("!a && b"), "((!a) && b)");
  EXPECT_EQ(parsed("!!a"), "(!(!a))");
  EXPECT_EQ(parsed("!(a < b)"), "(!(a < b))");
  EXPECT_EQ(parsed("-f(x)"), "(-f(x))");
  EXPECT_EQ(parsed("-x[1]"), "(-x[1])");
  // Unary plus is dropped.
  EXPECT_EQ(parsed("+a"), "a");
  EXPECT_EQ(parsed("a + +b"), "(a + b)");
  EXPECT_EQ(parsed("-log(Lk)"), "(-log(Lk))");
}

TEST(ExprParse, CallsAndIndexing) {
  EXPECT_EQ(parsed("max(a, b + 1)"), "max(a, (b + 1))");
  EXPECT_EQ(parsed("min(max(a, b), c)"), "min(max(a, b), c)");
  EXPECT_EQ(parsed("softcap(s, 50.0)"), "softcap(s, 50.0)");
  EXPECT_EQ(parsed("select(q < k, s, -inf)"), "select((q < k), s, (-inf))");
  EXPECT_EQ(parsed("f()"), "f()");
  EXPECT_EQ(parsed("x[b, q - k + Lk - 1]"), "x[b, (((q - k) + Lk) - 1)]");
  EXPECT_EQ(parsed("doc[b, q] == doc[b, k]"), "(doc[b, q] == doc[b, k])");
  EXPECT_EQ(parsed("x[y[1]]"), "x[y[1]]");
  EXPECT_EQ(parsed("f ( a , b )"), "f(a, b)");
  EXPECT_EQ(parsed("x[]"), "x[]");

  ExprPtr call = parseOk("exp(a, b)");
  ASSERT_TRUE(call);
  EXPECT_EQ(call->kind, Expr::Kind::Call);
  EXPECT_EQ(call->name, "exp");
  EXPECT_EQ(call->args.size(), 2u);
  ExprPtr index = parseOk("slopes[h]");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->kind, Expr::Kind::Index);
  EXPECT_EQ(index->name, "slopes");
  ASSERT_EQ(index->args.size(), 1u);
  EXPECT_EQ(index->args[0]->kind, Expr::Kind::Var);
}

TEST(ExprParse, Literals) {
  ExprPtr e = parseOk("42");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Int);
  EXPECT_EQ(e->intValue, 42);

  e = parseOk("1e-3");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Float);
  EXPECT_DOUBLE_EQ(e->floatValue, 1e-3);

  e = parseOk(".5");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Float);
  EXPECT_DOUBLE_EQ(e->floatValue, 0.5);

  e = parseOk("1.");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Float);
  EXPECT_DOUBLE_EQ(e->floatValue, 1.0);

  e = parseOk("2E+3");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Float);
  EXPECT_DOUBLE_EQ(e->floatValue, 2000.0);

  e = parseOk("1e2");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Float) << "an exponent makes a float";

  e = parseOk("inf");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Float);
  EXPECT_TRUE(std::isinf(e->floatValue));
  EXPECT_GT(e->floatValue, 0);

  e = parseOk("true");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Bool);
  EXPECT_TRUE(e->boolValue);
  e = parseOk("false");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Bool);
  EXPECT_FALSE(e->boolValue);

  e = parseOk("9223372036854775807");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->intValue, std::numeric_limits<int64_t>::max());

  // Identifiers may contain digits and underscores.
  e = parseOk("_x1");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, Expr::Kind::Var);
  EXPECT_EQ(e->name, "_x1");
}

TEST(ExprParse, Columns) {
  ExprPtr e = parseOk("  q - k");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->column, 5) << "a binary node sits at its operator";
  EXPECT_EQ(e->args[0]->column, 3);
  EXPECT_EQ(e->args[1]->column, 7);
  e = parseOk("a ? b : c");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->column, 3) << "a ternary sits at its '?'";
  e = parseOk("max(a, b)");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->column, 1);
  EXPECT_EQ(e->args[1]->column, 8);
}

//===----------------------------------------------------------------------===//
// Parser: errors and limits
//===----------------------------------------------------------------------===//

TEST(ExprParseError, MalformedInputGivesTheColumn) {
  EXPECT_EQ(parsed("s +"), "error 4: unexpected end of expression");
  EXPECT_EQ(parsed(""), "error 1: empty expression");
  EXPECT_EQ(parsed("   "), "error 4: empty expression");
  EXPECT_EQ(parsed("(s + 1"), "error 7: expected ')'");
  EXPECT_EQ(parsed("s)"), "error 2: unexpected ')' after expression");
  EXPECT_EQ(parsed("q k"), "error 3: unexpected 'k' after expression");
  EXPECT_EQ(parsed("a ? b"), "error 6: expected ':' in conditional expression");
  EXPECT_EQ(parsed("a ? b , c"),
            "error 7: expected ':' in conditional expression");
  EXPECT_EQ(parsed("max(a b)"), "error 7: expected ',' or ')'");
  EXPECT_EQ(parsed("x[a"), "error 4: expected ',' or ']'");
  EXPECT_EQ(parsed("max(a,"), "error 7: unexpected end of expression");
  EXPECT_EQ(parsed("*a"), "error 1: unexpected '*'");
  EXPECT_EQ(parsed("a + * b"), "error 5: unexpected '*'");
  EXPECT_EQ(parsed("()"), "error 2: unexpected ')'");
  EXPECT_EQ(parsed("a :"), "error 3: unexpected ':' after expression");
}

TEST(ExprParseError, LexerErrors) {
  EXPECT_EQ(parsed("s @ 2"), "error 3: unexpected character '@'");
  EXPECT_EQ(parsed("a = b"), "error 3: unexpected character '='");
  EXPECT_EQ(parsed("s;"), "error 2: unexpected character ';'");
  EXPECT_EQ(parsed("2x"), "error 2: malformed number");
  EXPECT_EQ(parsed("1e"), "error 2: malformed number");
  EXPECT_EQ(parsed("1.5f"), "error 4: malformed number");
  EXPECT_EQ(parsed("q < 9223372036854775808"),
            "error 5: integer literal '9223372036854775808' is too large");
}

TEST(ExprParseError, DeepNestingIsAnErrorNotACrash) {
  const int n = 5000; // deep, but under the length limit
  EXPECT_EQ(parsed(std::string(n, '(') + "s" + std::string(n, ')'))
                .rfind("error ", 0),
            0u);
  ExprError error;
  EXPECT_FALSE(parseExpr(std::string(n, '(') + "s" + std::string(n, ')'),
                         error));
  EXPECT_EQ(error.message, "expression nested too deeply");
  EXPECT_GT(error.column, 1);

  EXPECT_FALSE(parseExpr(std::string(n, '-') + "s", error));
  EXPECT_EQ(error.message, "expression nested too deeply");
  EXPECT_FALSE(parseExpr(std::string(n, '!') + "s", error));
  EXPECT_EQ(error.message, "expression nested too deeply");

  std::string ternary;
  for (int i = 0; i < 2000; ++i)
    ternary += "a ? b : ";
  ternary += "c";
  EXPECT_FALSE(parseExpr(ternary, error));
  EXPECT_EQ(error.message, "expression nested too deeply");

  std::string calls;
  for (int i = 0; i < 2000; ++i)
    calls += "exp(";
  calls += "s" + std::string(2000, ')');
  EXPECT_FALSE(parseExpr(calls, error));
  EXPECT_EQ(error.message, "expression nested too deeply");

  std::string indices;
  for (int i = 0; i < 2000; ++i)
    indices += "x[";
  indices += "0" + std::string(2000, ']');
  EXPECT_FALSE(parseExpr(indices, error));
  EXPECT_EQ(error.message, "expression nested too deeply");
}

TEST(ExprParseError, ModerateNestingIsFine) {
  EXPECT_EQ(parsed(std::string(50, '(') + "s" + std::string(50, ')')), "s");
  // A long flat chain is not deep.
  std::string chain = "s";
  for (int i = 0; i < 5000; ++i)
    chain += " + 1";
  ExprError error;
  EXPECT_TRUE(parseExpr(chain, error)) << error.message;
}

TEST(ExprParseError, LengthLimit) {
  std::string text = "s";
  while (text.size() <= kMaxExprLength)
    text += " + s";
  ExprError error;
  EXPECT_FALSE(parseExpr(text, error));
  EXPECT_EQ(error.column, 1);
  EXPECT_EQ(error.message, "expression longer than " +
                               std::to_string(kMaxExprLength) +
                               " characters");
}

//===----------------------------------------------------------------------===//
// printExpr
//===----------------------------------------------------------------------===//

TEST(ExprPrint, Literals) {
  EXPECT_EQ(parsed("1.0"), "1.0");
  EXPECT_EQ(parsed("2."), "2.0");
  EXPECT_EQ(parsed(".5"), "0.5");
  EXPECT_EQ(parsed("1e-3"), "0.001");
  EXPECT_EQ(parsed("1e20"), "1e+20");
  EXPECT_EQ(parsed("inf"), "inf");
  EXPECT_EQ(parsed("-inf"), "(-inf)");
  EXPECT_EQ(parsed("0"), "0");
  EXPECT_EQ(parsed("true"), "true");
  EXPECT_EQ(parsed("false"), "false");
}

TEST(ExprPrint, RoundTrips) {
  const char *const kTexts[] = {
      "cap * tanh(s / cap) - slopes[h] * abs(q - k)",
      "k <= q && q - k < W && doc[b, q] == doc[b, k]",
      "k < S || (k <= q && q - k < W)",
      "abs(q / Wd - k / Wd) <= R && abs(q % Wd - k % Wd) <= R",
      "s + rel[h, q - k + Lk - 1]",
      "q < k ? -inf : s * 0.125",
      "a ? b ? c : d : e ? f : g",
      "!(q < k) || -s > 1e-3",
      "(q << 2 | k >> 1) ^ (h & 3)",
      "select(q == k, 0.1, .5) + pow(2, 0.5)",
      "1.0 / sqrt(D)",
      "-log(Lk)",
      "o * sigmoid(gate[b, h, q])",
      "1 - - - 1",
  };
  for (const char *text : kTexts) {
    std::string once = parsed(text);
    ASSERT_EQ(once.rfind("error", 0), std::string::npos) << text << once;
    EXPECT_EQ(parsed(once), once) << text;
  }
}

TEST(ExprPrint, FloatsRoundTripExactly) {
  for (double value : {0.1, 1.0 / 3.0, 6.02214076e23, 1e-300, 0.0883883461}) {
    char buf[64];
    snprintf(buf, sizeof(buf), "%.17g", value);
    ExprPtr e = parseOk(parsed(buf));
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, Expr::Kind::Float);
    EXPECT_EQ(e->floatValue, value);
  }
}

//===----------------------------------------------------------------------===//
// Type checker
//===----------------------------------------------------------------------===//

TEST(ExprType, IntFloatPromotion) {
  EXPECT_EQ(typed("q + k"), "int");
  EXPECT_EQ(typed("q - 1"), "int");
  EXPECT_EQ(typed("q * k"), "int");
  EXPECT_EQ(typed("q + 1.5"), "float");
  EXPECT_EQ(typed("1.5 * q"), "float");
  EXPECT_EQ(typed("s + q"), "float");
  EXPECT_EQ(typed("s"), "float");
  EXPECT_EQ(typed("-q"), "int");
  EXPECT_EQ(typed("-s"), "float");
  EXPECT_EQ(typed("Lk - Lq"), "int");
  EXPECT_EQ(typed("W"), "int");
  EXPECT_EQ(typed("cap"), "float");
  EXPECT_EQ(typed("inf"), "float");
  EXPECT_EQ(typed("s % 2.0"), "float");
}

TEST(ExprType, IntDivisionStaysInt) {
  EXPECT_EQ(typed("q / k"), "int");
  EXPECT_EQ(typed("q % 2"), "int");
  EXPECT_EQ(typed("1 / D"), "int");
  EXPECT_EQ(typed("1.0 / D"), "float");
  EXPECT_EQ(typed("q / 2.0"), "float");
}

TEST(ExprType, AbsMinMaxKeepInts) {
  EXPECT_EQ(typed("abs(q - k)"), "int");
  EXPECT_EQ(typed("min(q, k)"), "int");
  EXPECT_EQ(typed("max(q, W)"), "int");
  EXPECT_EQ(typed("sign(q)"), "int");
  EXPECT_EQ(typed("abs(s)"), "float");
  EXPECT_EQ(typed("min(q, 2.5)"), "float");
  EXPECT_EQ(typed("max(s, q)"), "float");
  EXPECT_EQ(typed("sign(s)"), "float");
}

TEST(ExprType, MathFunctionsPromoteToFloat) {
  for (const char *f : {"exp", "exp2", "expm1", "log", "log2", "log1p", "sqrt",
                        "rsqrt", "floor", "ceil", "sin", "cos", "tanh", "erf",
                        "sigmoid"}) {
    EXPECT_EQ(typed(std::string(f) + "(q)"), "float") << f;
    EXPECT_EQ(typed(std::string(f) + "(s)"), "float") << f;
  }
  EXPECT_EQ(typed("pow(2, 3)"), "float");
  EXPECT_EQ(typed("pow(s, 2)"), "float");
  EXPECT_EQ(typed("softcap(s, 50)"), "float");
  EXPECT_EQ(typed("softcap(q, cap)"), "float");
}

TEST(ExprType, SelectAndTernary) {
  EXPECT_EQ(typed("select(q < k, 1, 2)"), "int");
  EXPECT_EQ(typed("select(q < k, 1, 2.0)"), "float");
  EXPECT_EQ(typed("q < k ? s : 0"), "float");
  EXPECT_EQ(typed("q < k ? q : k"), "int");
  EXPECT_EQ(typed("q < k ? true : k < q"), "bool");
  EXPECT_EQ(typed("true ? 1 : false ? 2 : 3"), "int");
}

TEST(ExprType, ComparisonsGiveBool) {
  for (const char *op : {"<", "<=", ">", ">=", "==", "!="}) {
    EXPECT_EQ(typed(std::string("q ") + op + " k"), "bool") << op;
    EXPECT_EQ(typed(std::string("s ") + op + " 1"), "bool") << op;
  }
  EXPECT_EQ(typed("(q < k) == (k < q)"), "bool");
  EXPECT_EQ(typed("(q < k) != true"), "bool");
  EXPECT_EQ(typed("!(q < k)"), "bool");
  EXPECT_EQ(typed("q < k && k < W || false"), "bool");
  EXPECT_EQ(typed("pad[b, k]"), "bool");
  EXPECT_EQ(typed("doc[b, q] == doc[b, k]"), "bool");
}

TEST(ExprType, BitOperatorsOnInts) {
  EXPECT_EQ(typed("q << 2"), "int");
  EXPECT_EQ(typed("q >> 1"), "int");
  EXPECT_EQ(typed("q & 3"), "int");
  EXPECT_EQ(typed("q | k"), "int");
  EXPECT_EQ(typed("q ^ k"), "int");
}

TEST(ExprType, InputsLoadAsTheirKind) {
  EXPECT_EQ(typed("slopes[h]"), "float");
  EXPECT_EQ(typed("doc[b, q]"), "int");
  EXPECT_EQ(typed("rel[h, q - k + Lk - 1]"), "float");
  EXPECT_EQ(typed("s - slopes[h] * (q - k)"), "float");
}

TEST(ExprType, EveryNodeGetsAType) {
  ExprPtr e = parseOk("q + 1.5 * slopes[h]");
  ASSERT_TRUE(e);
  ExprError error;
  ASSERT_TRUE(typeCheckExpr(*e, scoreEnv(), error)) << error.message;
  EXPECT_EQ(e->type, ExprType::Float);
  EXPECT_EQ(e->args[0]->type, ExprType::Int);
  EXPECT_EQ(e->args[1]->type, ExprType::Float);
  EXPECT_EQ(e->args[1]->args[0]->type, ExprType::Float);
  EXPECT_EQ(e->args[1]->args[1]->type, ExprType::Float);
  EXPECT_EQ(e->args[1]->args[1]->args[0]->type, ExprType::Int);
}

TEST(ExprTypeError, BoolMisuse) {
  EXPECT_EQ(typed("s + (q < k)"),
            "error 8: operator '+' needs numbers, got bool");
  EXPECT_EQ(typed("true * 2"), "error 1: operator '*' needs numbers, got bool");
  EXPECT_EQ(typed("q && k"), "error 1: operator '&&' needs bools, got int");
  EXPECT_EQ(typed("(q < k) && k"),
            "error 12: operator '&&' needs bools, got int");
  EXPECT_EQ(typed("(q < k) || s"),
            "error 12: operator '||' needs bools, got float");
  EXPECT_EQ(typed("q < k & true"),
            "error 3: operator '&' needs ints, got bool (use '&&' for bools)");
  EXPECT_EQ(typed("q | (k < q)"),
            "error 8: operator '|' needs ints, got bool (use '||' for bools)");
  EXPECT_EQ(typed("true ^ false"), "error 1: operator '^' needs ints, got bool");
  EXPECT_EQ(typed("s << 1"), "error 1: operator '<<' needs ints, got float");
  EXPECT_EQ(typed("!q"), "error 1: operator '!' needs a bool, got int");
  EXPECT_EQ(typed("-(q < k)"), "error 1: operator '-' needs a number, got bool");
  EXPECT_EQ(typed("(q < k) < (k < q)"),
            "error 4: operator '<' needs numbers, got bool");
  EXPECT_EQ(typed("(q < k) == 1"),
            "error 4: operator '==' needs numbers, got bool");
  EXPECT_EQ(typed("exp(q < k)"),
            "error 7: function 'exp' needs numbers, got bool");
  EXPECT_EQ(typed("max(1, true)"),
            "error 8: function 'max' needs numbers, got bool");
}

TEST(ExprTypeError, TernaryAndSelect) {
  EXPECT_EQ(typed("q ? 1 : 2"), "error 1: condition must be a bool, got int");
  EXPECT_EQ(typed("select(s, 1, 2)"),
            "error 8: condition must be a bool, got float");
  EXPECT_EQ(typed("q < k ? s : true"),
            "error 13: branches have different types: float and bool");
  EXPECT_EQ(typed("select(q < k, true, 1)"),
            "error 21: branches have different types: bool and int");
}

TEST(ExprTypeError, FunctionsAndArity) {
  EXPECT_EQ(typed("gelu(s)"), "error 1: unknown function 'gelu'");
  EXPECT_EQ(typed("s + foo(1, 2)"), "error 5: unknown function 'foo'");
  EXPECT_EQ(typed("max(s)"), "error 1: function 'max' takes 2 arguments, got 1");
  EXPECT_EQ(typed("exp(s, 1)"),
            "error 1: function 'exp' takes 1 argument, got 2");
  EXPECT_EQ(typed("select(q < k, s)"),
            "error 1: function 'select' takes 3 arguments, got 2");
  EXPECT_EQ(typed("softcap(s)"),
            "error 1: function 'softcap' takes 2 arguments, got 1");
  EXPECT_EQ(typed("tanh()"), "error 1: function 'tanh' takes 1 argument, got 0");
}

TEST(ExprTypeError, Indexing) {
  EXPECT_EQ(typed("slopes[b, h]"),
            "error 1: input 'slopes' has rank 1 but 2 indices were given");
  EXPECT_EQ(typed("doc[b]"),
            "error 1: input 'doc' has rank 2 but 1 index was given");
  EXPECT_EQ(typed("s + slopes[]"),
            "error 5: input 'slopes' has rank 1 but 0 indices were given");
  EXPECT_EQ(typed("q[0]"), "error 1: 'q' is not an input and cannot be indexed");
  EXPECT_EQ(typed("W[0]"), "error 1: 'W' is not an input and cannot be indexed");
  EXPECT_EQ(typed("exp[0]"),
            "error 1: 'exp' is not an input and cannot be indexed");
  EXPECT_EQ(typed("s + slopes"),
            "error 5: input 'slopes' must be indexed, as in slopes[...]");
  EXPECT_EQ(typed("slopes[h / 2.0]"),
            "error 10: index 1 of 'slopes' must be an int, got float");
  EXPECT_EQ(typed("doc[b, q < k]"),
            "error 10: index 2 of 'doc' must be an int, got bool");
  EXPECT_EQ(typed("slopes[doc[b, 1.5]]"),
            "error 15: index 2 of 'doc' must be an int, got float");
}

TEST(ExprTypeError, UnavailableAndUnknownNames) {
  EXPECT_EQ(typed("s > 0.0", maskEnv()),
            "error 1: the mask cannot read the score 's'");
  EXPECT_EQ(typed("k <= q && s > 0.0", maskEnv()),
            "error 11: the mask cannot read the score 's'");
  EXPECT_EQ(typed("s * o"), "error 5: 'o' is only available in the epilogue");
  EXPECT_EQ(typed("d < 4"), "error 1: 'd' is only available in the epilogue");
  EXPECT_EQ(typed("s + foo"), "error 5: unknown name 'foo'");
  EXPECT_EQ(typed("Hkvv"), "error 1: unknown name 'Hkvv'");
  EXPECT_EQ(typed("k <= q", maskEnv()), "bool");
}

TEST(ExprTypeError, FirstErrorWins) {
  // Operands are checked left to right; the first bad one is reported.
  EXPECT_EQ(typed("foo + bar"), "error 1: unknown name 'foo'");
  EXPECT_EQ(typed("max(foo, gelu(1))"), "error 5: unknown name 'foo'");
}

TEST(ExprType, ExprTypeNames) {
  EXPECT_STREQ(exprTypeName(ExprType::Int), "int");
  EXPECT_STREQ(exprTypeName(ExprType::Float), "float");
  EXPECT_STREQ(exprTypeName(ExprType::Bool), "bool");
  EXPECT_STREQ(exprTypeName(ExprType::Unknown), "unknown");
}

//===----------------------------------------------------------------------===//
// readRawSpec
//===----------------------------------------------------------------------===//

RawSpec readOk(const std::string &text) {
  RawSpec spec;
  std::string error;
  EXPECT_TRUE(readRawSpec(text, "t.json", spec, error)) << error;
  EXPECT_EQ(error, "");
  return spec;
}

std::string readError(const std::string &text) {
  RawSpec spec;
  std::string error;
  EXPECT_FALSE(readRawSpec(text, "t.json", spec, error)) << text;
  return error;
}

TEST(RawSpec, DefaultsAreFilledIn) {
  RawSpec spec = readOk(R"({"attc": 1, "name": "minimal"})");
  EXPECT_EQ(spec.name, "minimal");
  EXPECT_EQ(spec.dtype, "f32");
  EXPECT_EQ(spec.layout, "bhsd");
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(spec.dims[i], -1) << kDimNames[i];
    EXPECT_FALSE(spec.dimGiven[i]) << kDimNames[i];
  }
  EXPECT_EQ(spec.scale.key, "scale");
  EXPECT_EQ(spec.scale.text, "1/sqrt(D)");
  EXPECT_EQ(spec.score.key, "score");
  EXPECT_EQ(spec.score.text, "s");
  EXPECT_EQ(spec.mask.key, "mask");
  EXPECT_EQ(spec.mask.text, "true");
  EXPECT_EQ(spec.normalize, "softmax");
  EXPECT_FALSE(spec.sink);
  EXPECT_FALSE(spec.bias);
  EXPECT_FALSE(spec.reluScale);
  EXPECT_EQ(spec.reluPower, 1);
  EXPECT_FALSE(spec.epilogue);
  ASSERT_EQ(spec.outputs.size(), 1u);
  EXPECT_EQ(spec.outputs[0], "o");
  EXPECT_TRUE(spec.consts.empty());
  EXPECT_TRUE(spec.inputs.empty());
  EXPECT_EQ(spec.comment, "");
}

TEST(RawSpec, DimNames) {
  const char *const kExpected[] = {"B", "Hq", "Hkv", "Lq", "Lk", "D", "Dv"};
  for (int i = 0; i < 7; ++i)
    EXPECT_STREQ(kDimNames[i], kExpected[i]);
}

TEST(RawSpec, HkvAndDvLeftOut) {
  RawSpec spec = readOk(
      R"({"attc": 1, "name": "x", "dims": {"B": "?", "Hq": 8, "D": 64}})");
  EXPECT_EQ(spec.dims[0], -1);
  EXPECT_TRUE(spec.dimGiven[0]) << "an explicit ? counts as given";
  EXPECT_EQ(spec.dims[1], 8);
  EXPECT_TRUE(spec.dimGiven[1]);
  EXPECT_EQ(spec.dims[2], -1) << "Hkv left out";
  EXPECT_FALSE(spec.dimGiven[2]);
  EXPECT_EQ(spec.dims[3], -1);
  EXPECT_FALSE(spec.dimGiven[3]);
  EXPECT_EQ(spec.dims[5], 64);
  EXPECT_EQ(spec.dims[6], -1) << "Dv left out";
  EXPECT_FALSE(spec.dimGiven[6]);
}

TEST(RawSpec, AllDimsGiven) {
  RawSpec spec = readOk(R"({"attc": 1, "name": "x", "dims": {"B": 2,
      "Hq": 16, "Hkv": 2, "Lq": "?", "Lk": 4096, "D": 192, "Dv": 128}})");
  const int64_t kExpected[] = {2, 16, 2, -1, 4096, 192, 128};
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(spec.dims[i], kExpected[i]) << kDimNames[i];
    EXPECT_TRUE(spec.dimGiven[i]) << kDimNames[i];
  }
}

TEST(RawSpec, ScaleForms) {
  EXPECT_EQ(readOk(R"({"attc": 1, "name": "x", "scale": 0.125})").scale.text,
            "0.125");
  EXPECT_EQ(readOk(R"({"attc": 1, "name": "x", "scale": 2})").scale.text, "2");
  RawSpec spec = readOk(R"({"attc": 1, "name": "x", "scale": "1.0 / D"})");
  EXPECT_EQ(spec.scale.text, "1.0 / D");
  EXPECT_EQ(spec.scale.key, "scale");
}

TEST(RawSpec, ExpressionsKeepTheirKeys) {
  RawSpec spec = readOk(R"J({"attc": 1, "name": "x", "score": "softcap(s, 30)",
      "mask": "k <= q", "epilogue": "o * 2"})J");
  EXPECT_EQ(spec.score.key, "score");
  EXPECT_EQ(spec.score.text, "softcap(s, 30)");
  EXPECT_EQ(spec.mask.key, "mask");
  EXPECT_EQ(spec.mask.text, "k <= q");
  ASSERT_TRUE(spec.epilogue);
  EXPECT_EQ(spec.epilogue->key, "epilogue");
  EXPECT_EQ(spec.epilogue->text, "o * 2");
  // A JSON bool mask is the literal.
  EXPECT_EQ(readOk(R"({"attc": 1, "name": "x", "mask": false})").mask.text,
            "false");
}

TEST(RawSpec, EpilogueNull) {
  RawSpec spec = readOk(R"({"attc": 1, "name": "x", "epilogue": null})");
  EXPECT_FALSE(spec.epilogue);
}

TEST(RawSpec, NormalizeStringForms) {
  for (const char *name : {"softmax", "sigmoid", "relu", "none"}) {
    RawSpec spec = readOk(std::string(R"({"attc": 1, "name": "x",
        "normalize": ")") + name + "\"}");
    EXPECT_EQ(spec.normalize, name);
    EXPECT_FALSE(spec.sink);
    EXPECT_FALSE(spec.bias);
    EXPECT_FALSE(spec.reluScale);
    EXPECT_EQ(spec.reluPower, 1);
  }
}

TEST(RawSpec, NormalizeObjectForms) {
  RawSpec spec = readOk(
      R"({"attc": 1, "name": "x", "normalize": {"softmax": {}}})");
  EXPECT_EQ(spec.normalize, "softmax");
  EXPECT_FALSE(spec.sink);

  spec = readOk(R"({"attc": 1, "name": "x",
      "normalize": {"softmax": {"sink": "sink[h]"}}})");
  EXPECT_EQ(spec.normalize, "softmax");
  ASSERT_TRUE(spec.sink);
  EXPECT_EQ(spec.sink->key, "normalize.softmax.sink");
  EXPECT_EQ(spec.sink->text, "sink[h]");

  spec = readOk(R"({"attc": 1, "name": "x",
      "normalize": {"softmax": {"sink": 0}}})");
  ASSERT_TRUE(spec.sink);
  EXPECT_EQ(spec.sink->text, "0");

  spec = readOk(R"J({"attc": 1, "name": "x",
      "normalize": {"sigmoid": {"bias": "-log(Lk)"}}})J");
  EXPECT_EQ(spec.normalize, "sigmoid");
  ASSERT_TRUE(spec.bias);
  EXPECT_EQ(spec.bias->key, "normalize.sigmoid.bias");
  EXPECT_EQ(spec.bias->text, "-log(Lk)");

  spec = readOk(R"({"attc": 1, "name": "x", "normalize": {"sigmoid": {}}})");
  EXPECT_EQ(spec.normalize, "sigmoid");
  EXPECT_FALSE(spec.bias);

  spec = readOk(R"({"attc": 1, "name": "x",
      "normalize": {"relu": {"power": 2, "scale": "1.0 / Lk"}}})");
  EXPECT_EQ(spec.normalize, "relu");
  EXPECT_EQ(spec.reluPower, 2);
  ASSERT_TRUE(spec.reluScale);
  EXPECT_EQ(spec.reluScale->key, "normalize.relu.scale");
  EXPECT_EQ(spec.reluScale->text, "1.0 / Lk");

  spec = readOk(R"({"attc": 1, "name": "x", "normalize": {"relu": {}}})");
  EXPECT_EQ(spec.normalize, "relu");
  EXPECT_EQ(spec.reluPower, 1);
  EXPECT_FALSE(spec.reluScale);

  spec = readOk(R"({"attc": 1, "name": "x",
      "normalize": {"relu": {"power": 16}}})");
  EXPECT_EQ(spec.reluPower, 16);
}

TEST(RawSpec, ConstsAndInputsInOrder) {
  RawSpec spec = readOk(R"({"attc": 1, "name": "x",
      "consts": {"W": 1024, "cap": 50.0, "two": 2.0, "neg": -3},
      "inputs": {"zeta": {"dtype": "f32", "shape": ["Hq"]},
                 "doc": {"shape": ["B", "Lk"], "dtype": "i32"},
                 "rel": {"dtype": "bf16", "shape": ["Hq", 8191]},
                 "pad": {"dtype": "bool", "shape": ["B", "Lq", "Lk"]}}})");
  ASSERT_EQ(spec.consts.size(), 4u);
  EXPECT_EQ(spec.consts[0].name, "W");
  EXPECT_TRUE(spec.consts[0].isInt);
  EXPECT_EQ(spec.consts[0].intValue, 1024);
  EXPECT_EQ(spec.consts[1].name, "cap");
  EXPECT_FALSE(spec.consts[1].isInt);
  EXPECT_DOUBLE_EQ(spec.consts[1].floatValue, 50.0);
  EXPECT_EQ(spec.consts[2].name, "two");
  EXPECT_FALSE(spec.consts[2].isInt) << "2.0 is a float const";
  EXPECT_EQ(spec.consts[3].name, "neg");
  EXPECT_TRUE(spec.consts[3].isInt);
  EXPECT_EQ(spec.consts[3].intValue, -3);

  ASSERT_EQ(spec.inputs.size(), 4u);
  EXPECT_EQ(spec.inputs[0].name, "zeta") << "inputs keep the file's order";
  EXPECT_EQ(spec.inputs[0].dtype, "f32");
  ASSERT_EQ(spec.inputs[0].shape.size(), 1u);
  EXPECT_EQ(spec.inputs[0].shape[0].first, "Hq");
  EXPECT_EQ(spec.inputs[1].name, "doc");
  EXPECT_EQ(spec.inputs[1].dtype, "i32");
  ASSERT_EQ(spec.inputs[1].shape.size(), 2u);
  EXPECT_EQ(spec.inputs[1].shape[0].first, "B");
  EXPECT_EQ(spec.inputs[1].shape[1].first, "Lk");
  EXPECT_EQ(spec.inputs[2].name, "rel");
  EXPECT_EQ(spec.inputs[2].dtype, "bf16");
  ASSERT_EQ(spec.inputs[2].shape.size(), 2u);
  EXPECT_EQ(spec.inputs[2].shape[1].first, "");
  EXPECT_EQ(spec.inputs[2].shape[1].second, 8191);
  EXPECT_EQ(spec.inputs[3].name, "pad");
  EXPECT_EQ(spec.inputs[3].dtype, "bool");
  EXPECT_EQ(spec.inputs[3].shape.size(), 3u);
}

TEST(RawSpec, TopLevelFields) {
  RawSpec spec = readOk(R"({"attc": 1, "name": "gqa_bf16", "dtype": "bf16",
      "layout": "bshd", "comment": "GQA", "outputs": ["o", "lse", "max"]})");
  EXPECT_EQ(spec.name, "gqa_bf16");
  EXPECT_EQ(spec.dtype, "bf16");
  EXPECT_EQ(spec.layout, "bshd");
  EXPECT_EQ(spec.comment, "GQA");
  ASSERT_EQ(spec.outputs.size(), 3u);
  EXPECT_EQ(spec.outputs[0], "o");
  EXPECT_EQ(spec.outputs[1], "lse");
  EXPECT_EQ(spec.outputs[2], "max");
  EXPECT_EQ(readOk(R"({"attc": 1, "name": "x", "dtype": "f16"})").dtype, "f16");
  // Outputs need not include o.
  spec = readOk(R"({"attc": 1, "name": "x", "outputs": ["lse"]})");
  ASSERT_EQ(spec.outputs.size(), 1u);
  EXPECT_EQ(spec.outputs[0], "lse");
}

TEST(RawSpec, ErrorsNameTheFileAndKey) {
  EXPECT_EQ(readError(R"({"attc": 1})"), "t.json: key 'name': is required");
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x", "dims": {"D": 0}})"),
            "t.json: key 'dims.D': must be positive, got 0");
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x", "mask ": "true"})")
                .rfind("t.json: key 'mask ': unknown key", 0),
            0u);
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x",
      "normalize": {"relu": {"power": 0}}})"),
            "t.json: key 'normalize.relu.power': expected an integer from 1 "
            "to 16, got 0");
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x",
      "inputs": {"x": {"dtype": "f64", "shape": ["B"]}}})"),
            "t.json: key 'inputs.x.dtype': unknown dtype 'f64' (expected f32, "
            "f16, bf16, i32, i64 or bool)");
  EXPECT_EQ(readError("[]"), "t.json: expected a JSON object at the top level");
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x", "dims": []})"),
            "t.json: key 'dims': expected an object, got an array");
  EXPECT_EQ(readError("{").rfind("t.json: invalid JSON: parse error", 0), 0u);
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x", "consts": {"W": 1e999}})")
                .rfind("t.json: invalid JSON: ", 0),
            0u)
      << "a number out of double range is an error, not a crash";
}

TEST(RawSpec, Limits) {
  std::string deep = R"({"attc": 1, "name": "x", "comment": )" +
                     std::string(kMaxJsonDepth + 5, '[') +
                     std::string(kMaxJsonDepth + 5, ']') + "}";
  EXPECT_EQ(readError(deep), "t.json: JSON nested deeper than " +
                                 std::to_string(kMaxJsonDepth) + " levels");
  // Brackets inside strings do not count.
  std::string brackets = R"({"attc": 1, "name": "x", "comment": ")" +
                         std::string(100, '[') + "\"}";
  EXPECT_EQ(readOk(brackets).comment, std::string(100, '['));

  std::string big = R"({"attc": 1, "name": "x", "comment": ")" +
                    std::string(kMaxSpecBytes, 'a') + "\"}";
  EXPECT_EQ(readError(big), "t.json: spec file larger than " +
                                std::to_string(kMaxSpecBytes) + " bytes");
}

// Hardening: inputs the fuzzers and the hardening issue turned up.
TEST(RawSpec, HostileInputs) {
  // nlohmann/json keeps integers above INT64_MAX as unsigned; they must not
  // wrap to negative values.
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x",
      "dims": {"Lk": 18446744073709551615}})"),
            "t.json: key 'dims.Lk': is too large (18446744073709551615)");
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x",
      "consts": {"W": 9223372036854775808}})"),
            "t.json: key 'consts.W': integer 9223372036854775808 is too "
            "large for int64");
  EXPECT_EQ(readOk(R"({"attc": 1, "name": "x",
      "score": 18446744073709551615})").score.text,
            "18446744073709551615");
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x",
      "normalize": {"relu": {"power": 18446744073709551615}}})"),
            "t.json: key 'normalize.relu.power': expected an integer from 1 "
            "to 16, got 18446744073709551615");
  // Duplicate keys, at any depth.
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x", "name": "y"})"),
            "t.json: key 'name': given twice");
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x",
      "inputs": {"p": {"dtype": "f32", "shape": ["B"], "dtype": "i32"}}})"),
            "t.json: key 'inputs.p.dtype': given twice");
  // The same key in two objects is fine.
  EXPECT_EQ(readOk(R"({"attc": 1, "name": "x", "inputs": {
      "p": {"dtype": "f32", "shape": ["B"]},
      "r": {"dtype": "i32", "shape": ["B"]}}})").inputs.size(),
            2u);
  EXPECT_EQ(readError(R"({"attc": 1, "name": "x", "consts": {"W": -1e39}})"),
            "t.json: key 'consts.W': -1e+39 is outside the f32 range");
  // Deep nesting hidden after a comment holding a quote.
  std::string deep = "{\"attc\": 1, \"name\": \"x\", // \"\n \"comment\": " +
                     std::string(1000, '[') + std::string(1000, ']') + "}";
  EXPECT_EQ(readError(deep), "t.json: JSON nested deeper than " +
                                 std::to_string(kMaxJsonDepth) + " levels");
  // Control characters in a key stay on one line.
  EXPECT_EQ(readError("{\"attc\": 1, \"name\": \"x\", \"dims\": {\"a\\nb\": 1}}"),
            "t.json: key 'dims.a\\nb': unknown dim (expected B, Hq, Hkv, Lq, "
            "Lk, D or Dv)");
}

TEST(Expr, HostileCharacters) {
  EXPECT_EQ(parsed("s * \xc3\xa9"),
            "error 5: unexpected character '\xc3\xa9' (U+00E9)");
  EXPECT_EQ(parsed("s + \xe2\x89\xa4"),
            "error 5: unexpected character '\xe2\x89\xa4' (U+2264)");
  EXPECT_EQ(parsed("s \x01"), "error 3: unexpected character U+0001");
  EXPECT_EQ(parsed("s \xff"), "error 3: unexpected byte 0xff (not UTF-8)");
  EXPECT_EQ(parsed("1e39"),
            "error 1: float literal '1e39' is outside the f32 range");
  EXPECT_EQ(parsed("9223372036854775808"),
            "error 1: integer literal '9223372036854775808' is too large");
}

TEST(OneLineMessage, EscapesControlsAndBadUtf8) {
  EXPECT_EQ(oneLineMessage("a\nb\tc\x7f"), "a\\nb\\tc\\x7f");
  EXPECT_EQ(oneLineMessage("\xc3\xa9 \xff \xed\xa0\x80"),
            "\xc3\xa9 \\xff \\xed\\xa0\\x80");
}

} // namespace
