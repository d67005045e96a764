//===- Expr.cpp - parser and type checker of spec expressions ------------===//

#include "attc/Spec/Expr.h"
#include "attc/Spec/RawSpec.h"

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace attc;

const char *attc::exprTypeName(ExprType type) {
  switch (type) {
  case ExprType::Int:
    return "int";
  case ExprType::Float:
    return "float";
  case ExprType::Bool:
    return "bool";
  case ExprType::Unknown:
    break;
  }
  return "unknown";
}

//===----------------------------------------------------------------------===//
// Lexer
//===----------------------------------------------------------------------===//

namespace {
enum class Tok { End, Int, Float, Ident, Op };

struct Token {
  Tok kind = Tok::End;
  std::string text;
  int column = 1;
  int64_t intValue = 0;
  double floatValue = 0;
};

class Lexer {
public:
  explicit Lexer(const std::string &text) : text(text) {}

  bool next(Token &tok, ExprError &error) {
    while (pos < text.size() && isspace((unsigned char)text[pos]))
      ++pos;
    tok = Token();
    tok.column = columnAt(pos);
    if (pos >= text.size())
      return true;
    char c = text[pos];
    if (isdigit((unsigned char)c) ||
        (c == '.' && pos + 1 < text.size() &&
         isdigit((unsigned char)text[pos + 1])))
      return lexNumber(tok, error);
    if (isalpha((unsigned char)c) || c == '_') {
      size_t start = pos;
      while (pos < text.size() &&
             (isalnum((unsigned char)text[pos]) || text[pos] == '_'))
        ++pos;
      tok.kind = Tok::Ident;
      tok.text = text.substr(start, pos - start);
      return true;
    }
    static const char *const kTwoChar[] = {"<<", ">>", "==", "!=", "<=",
                                           ">=", "&&", "||"};
    for (const char *op : kTwoChar)
      if (text.compare(pos, 2, op) == 0) {
        tok.kind = Tok::Op;
        tok.text = op;
        pos += 2;
        return true;
      }
    if (strchr("+-*/%&|^<>!?:()[],", c)) {
      tok.kind = Tok::Op;
      tok.text = std::string(1, c);
      ++pos;
      return true;
    }
    error = {tok.column, "unexpected " + describeChar(pos)};
    return false;
  }

private:
  /// The 1-based column of byte `p`, counting UTF-8 characters. Tokens come
  /// in order, so the count carries on from the previous call.
  int columnAt(size_t p) {
    if (p < colPos)
      colPos = 0, colCount = 0;
    while (colPos < p) {
      colPos += std::max<size_t>(1, utf8SequenceLength(text, colPos));
      ++colCount;
    }
    return colCount + 1;
  }

  /// Names the character at `p` for a message: itself if printable, with
  /// its code point if not ASCII.
  std::string describeChar(size_t p) const {
    unsigned char c = text[p];
    size_t len = utf8SequenceLength(text, p);
    char code[32];
    if (len == 0) {
      snprintf(code, sizeof(code), "byte 0x%02x (not UTF-8)", c);
      return code;
    }
    uint32_t point = len == 1 ? c : c & (0x7f >> len);
    for (size_t i = 1; i < len; ++i)
      point = (point << 6) | (static_cast<unsigned char>(text[p + i]) & 0x3f);
    snprintf(code, sizeof(code), "U+%04X", unsigned(point));
    if (len == 1)
      return isprint(c) ? std::string("character '") + char(c) + "'"
                        : std::string("character ") + code;
    return "character '" + text.substr(p, len) + "' (" + code + ")";
  }


  bool lexNumber(Token &tok, ExprError &error) {
    size_t start = pos;
    bool isFloat = false;
    while (pos < text.size() && isdigit((unsigned char)text[pos]))
      ++pos;
    if (pos < text.size() && text[pos] == '.') {
      isFloat = true;
      ++pos;
      while (pos < text.size() && isdigit((unsigned char)text[pos]))
        ++pos;
    }
    if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
      size_t save = pos++;
      if (pos < text.size() && (text[pos] == '+' || text[pos] == '-'))
        ++pos;
      if (pos < text.size() && isdigit((unsigned char)text[pos])) {
        isFloat = true;
        while (pos < text.size() && isdigit((unsigned char)text[pos]))
          ++pos;
      } else {
        pos = save;
      }
    }
    if (pos < text.size() &&
        (isalpha((unsigned char)text[pos]) || text[pos] == '_')) {
      error = {columnAt(pos), "malformed number"};
      return false;
    }
    tok.text = text.substr(start, pos - start);
    if (isFloat) {
      tok.kind = Tok::Float;
      tok.floatValue = strtod(tok.text.c_str(), nullptr);
      // Kernels compute in f32, where this would silently become inf.
      if (std::fabs(tok.floatValue) > FLT_MAX) {
        error = {tok.column,
                 "float literal '" + tok.text + "' is outside the f32 range"};
        return false;
      }
      return true;
    }
    tok.kind = Tok::Int;
    errno = 0;
    long long value = strtoll(tok.text.c_str(), nullptr, 10);
    if (errno == ERANGE) {
      error = {tok.column, "integer literal '" + tok.text + "' is too large"};
      return false;
    }
    tok.intValue = value;
    return true;
  }

  const std::string &text;
  size_t pos = 0;
  size_t colPos = 0; ///< columnAt's last byte offset
  int colCount = 0;  ///< characters before colPos
};

//===----------------------------------------------------------------------===//
// Parser: precedence climbing over C's binary operators.
//===----------------------------------------------------------------------===//

int binaryPrecedence(const std::string &op) {
  static const std::pair<const char *, int> kTable[] = {
      {"||", 1}, {"&&", 2}, {"|", 3},  {"^", 4},  {"&", 5},  {"==", 6},
      {"!=", 6}, {"<", 7},  {"<=", 7}, {">", 7},  {">=", 7}, {"<<", 8},
      {">>", 8}, {"+", 9},  {"-", 9},  {"*", 10}, {"/", 10}, {"%", 10}};
  for (auto &[name, prec] : kTable)
    if (op == name)
      return prec;
  return -1;
}

class Parser {
public:
  Parser(const std::string &text, ExprError &error)
      : lexer(text), error(error) {}

  ExprPtr parseAll() {
    if (!advance())
      return nullptr;
    if (tok.kind == Tok::End)
      return fail(tok.column, "empty expression");
    ExprPtr expr = parseTernary();
    if (!expr)
      return nullptr;
    if (tok.kind != Tok::End)
      return fail(tok.column, "unexpected '" + tok.text + "' after expression");
    return expr;
  }

private:
  bool advance() { return lexer.next(tok, error); }

  ExprPtr fail(int column, std::string message) {
    error = {column, std::move(message)};
    return nullptr;
  }

  bool isOp(const char *op) const {
    return tok.kind == Tok::Op && tok.text == op;
  }

  static ExprPtr make(Expr::Kind kind, int column) {
    auto expr = std::make_unique<Expr>();
    expr->kind = kind;
    expr->column = column;
    return expr;
  }

  /// Guards recursion depth so deep nesting is an error, not a crash.
  struct DepthGuard {
    int &depth;
    explicit DepthGuard(int &depth) : depth(depth) { ++depth; }
    ~DepthGuard() { --depth; }
  };

  ExprPtr parseTernary() {
    DepthGuard guard(depth);
    if (depth > kMaxExprDepth)
      return fail(tok.column, "expression nested too deeply");
    ExprPtr cond = parseBinary(1);
    if (!cond || !isOp("?"))
      return cond;
    int column = tok.column;
    if (!advance())
      return nullptr;
    ExprPtr lhs = parseTernary();
    if (!lhs)
      return nullptr;
    if (!isOp(":"))
      return fail(tok.column, "expected ':' in conditional expression");
    if (!advance())
      return nullptr;
    ExprPtr rhs = parseTernary();
    if (!rhs)
      return nullptr;
    ExprPtr expr = make(Expr::Kind::Ternary, column);
    expr->name = "?:";
    expr->args.push_back(std::move(cond));
    expr->args.push_back(std::move(lhs));
    expr->args.push_back(std::move(rhs));
    return expr;
  }

  ExprPtr parseBinary(int minPrec) {
    ExprPtr lhs = parseUnary();
    while (lhs && tok.kind == Tok::Op) {
      int prec = binaryPrecedence(tok.text);
      if (prec < minPrec)
        break;
      Token op = tok;
      if (!advance())
        return nullptr;
      ExprPtr rhs = parseBinary(prec + 1);
      if (!rhs)
        return nullptr;
      ExprPtr expr = make(Expr::Kind::Binary, op.column);
      expr->name = op.text;
      expr->args.push_back(std::move(lhs));
      expr->args.push_back(std::move(rhs));
      lhs = std::move(expr);
    }
    return lhs;
  }

  ExprPtr parseUnary() {
    DepthGuard guard(depth);
    if (depth > kMaxExprDepth)
      return fail(tok.column, "expression nested too deeply");
    if (isOp("-") || isOp("+") || isOp("!")) {
      Token op = tok;
      if (!advance())
        return nullptr;
      ExprPtr operand = parseUnary();
      if (!operand)
        return nullptr;
      if (op.text == "+")
        return operand;
      ExprPtr expr = make(Expr::Kind::Unary, op.column);
      expr->name = op.text;
      expr->args.push_back(std::move(operand));
      return expr;
    }
    return parsePrimary();
  }

  /// Parses `( args )` or `[ args ]` after a name into `expr->args`.
  bool parseArgs(Expr &expr, const char *close) {
    if (!advance())
      return false;
    if (isOp(close))
      return advance();
    while (true) {
      ExprPtr arg = parseTernary();
      if (!arg)
        return false;
      expr.args.push_back(std::move(arg));
      if (isOp(close))
        return advance();
      if (!isOp(",")) {
        fail(tok.column, std::string("expected ',' or '") + close + "'");
        return false;
      }
      if (!advance())
        return false;
    }
  }

  ExprPtr parsePrimary() {
    Token t = tok;
    switch (t.kind) {
    case Tok::End:
      return fail(t.column, "unexpected end of expression");
    case Tok::Int: {
      ExprPtr expr = make(Expr::Kind::Int, t.column);
      expr->intValue = t.intValue;
      return advance() ? std::move(expr) : nullptr;
    }
    case Tok::Float: {
      ExprPtr expr = make(Expr::Kind::Float, t.column);
      expr->floatValue = t.floatValue;
      return advance() ? std::move(expr) : nullptr;
    }
    case Tok::Op:
      if (t.text == "(") {
        if (!advance())
          return nullptr;
        ExprPtr inner = parseTernary();
        if (!inner)
          return nullptr;
        if (!isOp(")"))
          return fail(tok.column, "expected ')'");
        return advance() ? std::move(inner) : nullptr;
      }
      return fail(t.column, "unexpected '" + t.text + "'");
    case Tok::Ident:
      break;
    }
    if (!advance())
      return nullptr;
    if (t.text == "true" || t.text == "false") {
      ExprPtr expr = make(Expr::Kind::Bool, t.column);
      expr->boolValue = t.text == "true";
      return expr;
    }
    if (t.text == "inf") {
      ExprPtr expr = make(Expr::Kind::Float, t.column);
      expr->floatValue = std::numeric_limits<double>::infinity();
      return expr;
    }
    if (isOp("(") || isOp("[")) {
      bool call = isOp("(");
      ExprPtr expr = make(call ? Expr::Kind::Call : Expr::Kind::Index, t.column);
      expr->name = t.text;
      if (!parseArgs(*expr, call ? ")" : "]"))
        return nullptr;
      return expr;
    }
    ExprPtr expr = make(Expr::Kind::Var, t.column);
    expr->name = t.text;
    return expr;
  }

  Lexer lexer;
  ExprError &error;
  Token tok;
  int depth = 0;
};
} // namespace

ExprPtr attc::parseExpr(const std::string &text, ExprError &error) {
  if (text.size() > kMaxExprLength) {
    error = {1, "expression longer than " + std::to_string(kMaxExprLength) +
                    " characters"};
    return nullptr;
  }
  Parser parser(text, error);
  return parser.parseAll();
}

//===----------------------------------------------------------------------===//
// Type checker
//===----------------------------------------------------------------------===//

namespace {
bool isNumber(ExprType type) {
  return type == ExprType::Int || type == ExprType::Float;
}

/// Functions of one float argument returning a float.
bool isUnaryMath(const std::string &name) {
  static const char *const kNames[] = {
      "exp",  "exp2",  "expm1", "log", "log2", "log1p", "sqrt", "rsqrt",
      "floor", "ceil", "sin",   "cos", "tanh", "erf",   "sigmoid"};
  for (const char *n : kNames)
    if (name == n)
      return true;
  return false;
}

class TypeChecker {
public:
  TypeChecker(const ExprEnv &env, ExprError &error) : env(env), error(error) {}

  bool check(Expr &e) {
    switch (e.kind) {
    case Expr::Kind::Int:
      return set(e, ExprType::Int);
    case Expr::Kind::Float:
      return set(e, ExprType::Float);
    case Expr::Kind::Bool:
      return set(e, ExprType::Bool);
    case Expr::Kind::Var:
      return checkVar(e);
    case Expr::Kind::Index:
      return checkIndex(e);
    case Expr::Kind::Call:
      return checkCall(e);
    case Expr::Kind::Unary:
      return checkUnary(e);
    case Expr::Kind::Binary:
      return checkBinary(e);
    case Expr::Kind::Ternary:
      return checkSelect(e, *e.args[0], *e.args[1], *e.args[2]);
    }
    return false;
  }

private:
  bool set(Expr &e, ExprType type) {
    e.type = type;
    return true;
  }
  bool fail(const Expr &e, std::string message) {
    error = {e.column, std::move(message)};
    return false;
  }
  bool checkArgs(Expr &e) {
    for (auto &arg : e.args)
      if (!check(*arg))
        return false;
    return true;
  }

  bool checkVar(Expr &e) {
    auto find = [&](const std::map<std::string, ExprType> &m) {
      auto it = m.find(e.name);
      return it == m.end() ? ExprType::Unknown : it->second;
    };
    for (auto *table : {&env.vars, &env.dims, &env.consts})
      if (ExprType type = find(*table); type != ExprType::Unknown)
        return set(e, type);
    auto why = env.unavailable.find(e.name);
    if (why != env.unavailable.end())
      return fail(e, why->second);
    if (env.inputs.count(e.name))
      return fail(e, "input '" + e.name + "' must be indexed, as in " +
                         e.name + "[...]");
    return fail(e, "unknown name '" + e.name + "'");
  }

  bool checkIndex(Expr &e) {
    auto it = env.inputs.find(e.name);
    if (it == env.inputs.end())
      return fail(e, "'" + e.name + "' is not an input and cannot be indexed");
    if (e.args.size() != it->second.rank)
      return fail(e, "input '" + e.name + "' has rank " +
                         std::to_string(it->second.rank) + " but " +
                         std::to_string(e.args.size()) +
                         (e.args.size() == 1 ? " index was" : " indices were") +
                         " given");
    if (!checkArgs(e))
      return false;
    for (size_t i = 0; i < e.args.size(); ++i)
      if (e.args[i]->type != ExprType::Int)
        return fail(*e.args[i], "index " + std::to_string(i + 1) + " of '" +
                                    e.name + "' must be an int, got " +
                                    exprTypeName(e.args[i]->type));
    return set(e, it->second.loadsAs);
  }

  bool arity(const Expr &e, size_t n) {
    if (e.args.size() == n)
      return true;
    return fail(e, "function '" + e.name + "' takes " + std::to_string(n) +
                       (n == 1 ? " argument" : " arguments") + ", got " +
                       std::to_string(e.args.size()));
  }

  bool needNumbers(const Expr &e, const char *what) {
    for (auto &arg : e.args)
      if (!isNumber(arg->type))
        return fail(*arg, std::string(what) + " '" + e.name +
                              "' needs numbers, got " +
                              exprTypeName(arg->type));
    return true;
  }

  bool checkCall(Expr &e) {
    const std::string &f = e.name;
    size_t n = 0;
    if (isUnaryMath(f) || f == "abs" || f == "sign")
      n = 1;
    else if (f == "min" || f == "max" || f == "pow" || f == "softcap")
      n = 2;
    else if (f == "select")
      n = 3;
    else
      return fail(e, "unknown function '" + f + "'");
    if (!arity(e, n) || !checkArgs(e))
      return false;
    if (f == "select")
      return checkSelect(e, *e.args[0], *e.args[1], *e.args[2]);
    if (!needNumbers(e, "function"))
      return false;
    bool allInt = true;
    for (auto &arg : e.args)
      allInt &= arg->type == ExprType::Int;
    if ((f == "abs" || f == "sign" || f == "min" || f == "max") && allInt)
      return set(e, ExprType::Int);
    return set(e, ExprType::Float);
  }

  bool checkUnary(Expr &e) {
    if (!checkArgs(e))
      return false;
    ExprType t = e.args[0]->type;
    if (e.name == "!") {
      if (t != ExprType::Bool)
        return fail(e, "operator '!' needs a bool, got " +
                           std::string(exprTypeName(t)));
      return set(e, ExprType::Bool);
    }
    if (!isNumber(t))
      return fail(e, "operator '-' needs a number, got " +
                         std::string(exprTypeName(t)));
    return set(e, t);
  }

  bool checkBinary(Expr &e) {
    if (!checkArgs(e))
      return false;
    const std::string &op = e.name;
    ExprType l = e.args[0]->type, r = e.args[1]->type;
    if (op == "&&" || op == "||") {
      for (auto &arg : e.args)
        if (arg->type != ExprType::Bool)
          return fail(*arg, "operator '" + op + "' needs bools, got " +
                                exprTypeName(arg->type));
      return set(e, ExprType::Bool);
    }
    if (op == "<<" || op == ">>" || op == "&" || op == "|" || op == "^") {
      for (auto &arg : e.args)
        if (arg->type != ExprType::Int)
          return fail(*arg, "operator '" + op + "' needs ints, got " +
                                exprTypeName(arg->type) +
                                (arg->type == ExprType::Bool &&
                                         (op == "&" || op == "|")
                                     ? " (use '" + op + op + "' for bools)"
                                     : std::string()));
      return set(e, ExprType::Int);
    }
    if ((op == "==" || op == "!=") && l == ExprType::Bool &&
        r == ExprType::Bool)
      return set(e, ExprType::Bool);
    for (auto &arg : e.args)
      if (!isNumber(arg->type))
        return fail(*arg, "operator '" + op + "' needs numbers, got " +
                              exprTypeName(arg->type));
    bool isCompare = op == "==" || op == "!=" || op == "<" || op == "<=" ||
                     op == ">" || op == ">=";
    if (isCompare)
      return set(e, ExprType::Bool);
    return set(e, l == ExprType::Int && r == ExprType::Int ? ExprType::Int
                                                           : ExprType::Float);
  }

  bool checkSelect(Expr &e, Expr &cond, Expr &lhs, Expr &rhs) {
    if (e.kind == Expr::Kind::Ternary && !checkArgs(e))
      return false;
    if (cond.type != ExprType::Bool)
      return fail(cond, std::string("condition must be a bool, got ") +
                            exprTypeName(cond.type));
    if (lhs.type == rhs.type)
      return set(e, lhs.type);
    if (isNumber(lhs.type) && isNumber(rhs.type))
      return set(e, ExprType::Float);
    return fail(rhs, std::string("branches have different types: ") +
                         exprTypeName(lhs.type) + " and " +
                         exprTypeName(rhs.type));
  }

  const ExprEnv &env;
  ExprError &error;
};
} // namespace

bool attc::typeCheckExpr(Expr &expr, const ExprEnv &env, ExprError &error) {
  TypeChecker checker(env, error);
  return checker.check(expr);
}

std::string attc::printExpr(const Expr &e) {
  switch (e.kind) {
  case Expr::Kind::Int:
    return std::to_string(e.intValue);
  case Expr::Kind::Float: {
    if (e.floatValue == std::numeric_limits<double>::infinity())
      return "inf";
    char buf[64];
    snprintf(buf, sizeof(buf), "%.17g", e.floatValue);
    std::string s = buf;
    if (s.find_first_of(".en") == std::string::npos)
      s += ".0";
    return s;
  }
  case Expr::Kind::Bool:
    return e.boolValue ? "true" : "false";
  case Expr::Kind::Var:
    return e.name;
  case Expr::Kind::Unary:
    return "(" + e.name + printExpr(*e.args[0]) + ")";
  case Expr::Kind::Binary:
    return "(" + printExpr(*e.args[0]) + " " + e.name + " " +
           printExpr(*e.args[1]) + ")";
  case Expr::Kind::Ternary:
    return "(" + printExpr(*e.args[0]) + " ? " + printExpr(*e.args[1]) +
           " : " + printExpr(*e.args[2]) + ")";
  case Expr::Kind::Call:
  case Expr::Kind::Index: {
    std::string s = e.name + (e.kind == Expr::Kind::Call ? "(" : "[");
    for (size_t i = 0; i < e.args.size(); ++i)
      s += (i ? ", " : "") + printExpr(*e.args[i]);
    return s + (e.kind == Expr::Kind::Call ? ")" : "]");
  }
  }
  return "";
}
