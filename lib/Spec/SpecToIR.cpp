//===- SpecToIR.cpp - type check a spec and build the attn dialect --------===//

#include "attc/Spec/SpecToIR.h"
#include "attc/Spec/Expr.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace mlir;
using namespace attc;
using namespace attc::attn;

void attc::loadSpecDialects(MLIRContext &ctx) {
  ctx.loadDialect<AttnDialect, arith::ArithDialect, math::MathDialect>();
}

namespace {
/// Stage variables: the names a stage's block arguments bind.
struct Stage {
  const char *what;                ///< for messages
  std::vector<std::string> vars;   ///< block argument names, in order
};

const Stage kScaleStage{"the scale", {}};
const Stage kScoreStage{"the score", {"s", "b", "h", "hk", "q", "k"}};
const Stage kMaskStage{"the mask", {"b", "h", "hk", "q", "k"}};
const Stage kSinkStage{"the sink", {"b", "h", "hk", "q"}};
const Stage kPairStage{"a normalizer parameter", {"b", "h", "hk", "q", "k"}};
const Stage kEpilogueStage{"the epilogue", {"o", "b", "h", "hk", "q", "d"}};

class SpecBuilder {
public:
  SpecBuilder(const RawSpec &raw, const std::string &file, ModuleOp module,
          std::string &error)
      : raw(raw), file(file), ctx(module.getContext()), b(ctx),
        error(error), module(module) {}

  SpecOp build() {
    if (!checkNames())
      return nullptr;
    b.setInsertionPointToEnd(module.getBody());
    SpecOp spec = createSpecOp();
    b.setInsertionPointToStart(&spec.getBody().emplaceBlock());
    for (const RawInput &input : raw.inputs)
      createInput(input);

    // Emit the stages; a default stage is left out of the IR.
    if (raw.scale.text != "1/sqrt(D)" &&
        !buildStage<ScaleOp>(raw.scale, kScaleStage, ExprType::Float))
      return fail(spec);
    if (raw.score.text != "s" &&
        !buildStage<ScoreOp>(raw.score, kScoreStage, ExprType::Float))
      return fail(spec);
    if (raw.mask.text != "true" &&
        !buildStage<MaskOp>(raw.mask, kMaskStage, ExprType::Bool))
      return fail(spec);
    if (!buildNormalizer())
      return fail(spec);
    if (raw.epilogue &&
        !buildStage<EpilogueOp>(*raw.epilogue, kEpilogueStage,
                                ExprType::Float))
      return fail(spec);
    // The verifier's own diagnostic reaches `error` through buildSpecIR.
    if (failed(verify(spec)))
      return fail(spec);
    return spec;
  }

private:
  SpecOp fail(SpecOp spec) {
    spec->erase();
    return nullptr;
  }

  bool keyError(const std::string &key, const std::string &message) {
    error = file + ": key '" + key + "': " + message;
    return false;
  }

  /// An input or const may not shadow a variable, a dim or each other.
  bool checkNames() {
    static const char *const kVars[] = {"s", "b", "h", "hk", "q", "k",
                                        "d", "o", "true", "false", "inf"};
    auto clash = [&](const std::string &name) -> std::string {
      for (const char *var : kVars)
        if (name == var)
          return "name clashes with the variable '" + name + "'";
      for (const char *dim : kDimNames)
        if (name == dim)
          return "name clashes with the dim '" + name + "'";
      return "";
    };
    for (const RawConst &c : raw.consts)
      if (std::string why = clash(c.name); !why.empty())
        return keyError("consts." + c.name, why);
    for (const RawInput &input : raw.inputs) {
      if (std::string why = clash(input.name); !why.empty())
        return keyError("inputs." + input.name, why);
      for (const RawConst &c : raw.consts)
        if (c.name == input.name)
          return keyError("inputs." + input.name,
                          "name clashes with the const '" + c.name + "'");
    }
    int64_t hq = raw.dims[1], hkv = raw.dims[2];
    if (hq > 0 && hkv > 0 && hq % hkv != 0)
      return keyError("dims.Hkv", "Hq (" + std::to_string(hq) +
                                      ") must be a multiple of Hkv (" +
                                      std::to_string(hkv) + ")");
    if (std::string why = oversizedTensorMessage(raw.dims); !why.empty())
      return keyError("dims", why);
    for (const std::string &out : raw.outputs)
      if (out == "lse" && raw.normalize != "softmax")
        return keyError("outputs", "'lse' needs the softmax normalizer, not " +
                                       raw.normalize);
    return true;
  }

  SpecOp createSpecOp() {
    SmallVector<int64_t> sizes(7);
    for (int i = 0; i < 7; ++i)
      sizes[i] = raw.dims[i] < 0 ? ShapedType::kDynamic : raw.dims[i];
    // Left out, Hkv follows Hq and Dv follows D.
    bool hkvTied = !raw.dimGiven[2], dvTied = !raw.dimGiven[6];
    if (hkvTied)
      sizes[2] = sizes[1];
    if (dvTied)
      sizes[6] = sizes[5];
    Type dtype = raw.dtype == "f16"    ? Type(b.getF16Type())
                 : raw.dtype == "bf16" ? Type(b.getBF16Type())
                                       : Type(b.getF32Type());
    SmallVector<NamedAttribute> consts;
    for (const RawConst &c : raw.consts)
      consts.push_back(b.getNamedAttr(
          c.name, c.isInt ? Attribute(b.getI64IntegerAttr(c.intValue))
                          : Attribute(b.getF64FloatAttr(c.floatValue))));
    SmallVector<StringRef> outputs(raw.outputs.begin(), raw.outputs.end());
    auto spec = SpecOp::create(
        b, FileLineColLoc::get(ctx, file, 1, 1), b.getStringAttr(raw.name),
        TypeAttr::get(dtype),
        LayoutAttr::get(ctx, raw.layout == "bshd" ? Layout::bshd
                                                  : Layout::bhsd),
        DimsAttr::get(ctx, sizes), b.getDictionaryAttr(consts),
        b.getStrArrayAttr(outputs),
        raw.comment.empty() ? StringAttr() : b.getStringAttr(raw.comment),
        hkvTied && ShapedType::isDynamic(sizes[1]) ? b.getUnitAttr()
                                                   : UnitAttr(),
        dvTied && ShapedType::isDynamic(sizes[5]) ? b.getUnitAttr()
                                                  : UnitAttr());
    return spec;
  }

  static Type inputElemType(OpBuilder &b, const std::string &dtype) {
    if (dtype == "f32")
      return b.getF32Type();
    if (dtype == "f16")
      return b.getF16Type();
    if (dtype == "bf16")
      return b.getBF16Type();
    if (dtype == "i32")
      return b.getI32Type();
    if (dtype == "i64")
      return b.getI64Type();
    return b.getI1Type();
  }

  void createInput(const RawInput &input) {
    SmallVector<Attribute> shape;
    for (auto &[name, size] : input.shape)
      shape.push_back(name.empty() ? Attribute(b.getI64IntegerAttr(size))
                                   : Attribute(b.getStringAttr(name)));
    InputOp::create(b, FileLineColLoc::get(ctx, file, 1, 1),
                    b.getStringAttr(input.name),
                    TypeAttr::get(inputElemType(b, input.dtype)),
                    b.getArrayAttr(shape));
    ExprEnv::Input info;
    info.rank = input.shape.size();
    info.loadsAs = input.dtype == "bool" ? ExprType::Bool
                   : input.dtype[0] == 'i' ? ExprType::Int
                                           : ExprType::Float;
    inputs[input.name] = info;
  }

  ExprEnv makeEnv(const Stage &stage) {
    ExprEnv env;
    for (const std::string &var : stage.vars)
      env.vars[var] = var == "s" || var == "o" ? ExprType::Float
                                               : ExprType::Int;
    for (const char *var : {"s", "b", "h", "hk", "q", "k", "d", "o"}) {
      if (env.vars.count(var))
        continue;
      std::string name = var, why;
      if (name == "s")
        why = std::string(stage.what) == "the mask"
                  ? "the mask cannot read the score 's'"
                  : "the score 's' is only available in the score";
      else if (name == "o" || name == "d")
        why = "'" + name + "' is only available in the epilogue";
      else
        why = "'" + name + "' is not available in " + stage.what;
      env.unavailable[name] = why;
    }
    for (const char *dim : kDimNames)
      env.dims[dim] = ExprType::Int;
    for (const RawConst &c : raw.consts)
      env.consts[c.name] = c.isInt ? ExprType::Int : ExprType::Float;
    env.inputs.insert(inputs.begin(), inputs.end());
    return env;
  }

  /// Parses and checks `expr`, then fills `region` with a block binding the
  /// stage variables and a yield of the value, converted to `want`.
  bool buildRegion(Region &region, const RawExpr &expr, const Stage &stage,
                   ExprType want) {
    ExprError err;
    ExprPtr ast = parseExpr(expr.text, err);
    if (ast) {
      ExprEnv env = makeEnv(stage);
      if (typeCheckExpr(*ast, env, err)) {
        bool ok = want == ExprType::Bool
                      ? ast->type == ExprType::Bool
                      : ast->type == ExprType::Int ||
                            ast->type == ExprType::Float;
        if (!ok)
          err = {1, std::string("expected ") +
                        (want == ExprType::Bool ? "a bool" : "a number") +
                        " expression, got " + exprTypeName(ast->type)};
        else
          err.message.clear();
      }
    }
    if (!err.message.empty()) {
      error = file + ": key '" + expr.key + "', column " +
              std::to_string(err.column) + ": " + err.message;
      return false;
    }
    key = expr.key;
    OpBuilder::InsertionGuard guard(b);
    Block *block = b.createBlock(&region);
    vars.clear();
    for (const std::string &var : stage.vars) {
      Type type = var == "s" || var == "o" ? floatType(ctx) : intType(ctx);
      vars[var] = block->addArgument(type, loc(1));
    }
    Value value = emit(*ast);
    if (want == ExprType::Float)
      value = toFloat(value, ast->column);
    YieldOp::create(b, loc(ast->column), value);
    return true;
  }

  template <typename OpT>
  bool buildStage(const RawExpr &expr, const Stage &stage, ExprType want) {
    auto op = OpT::create(b, loc(1));
    return buildRegion(op.getBody(), expr, stage, want);
  }

  bool buildNormalizer() {
    key = "normalize";
    if (raw.normalize == "softmax") {
      auto op = SoftmaxOp::create(b, loc(1));
      return !raw.sink ||
             buildRegion(op.getSink(), *raw.sink, kSinkStage, ExprType::Float);
    }
    if (raw.normalize == "sigmoid") {
      auto op = SigmoidOp::create(b, loc(1));
      return !raw.bias ||
             buildRegion(op.getBias(), *raw.bias, kPairStage, ExprType::Float);
    }
    if (raw.normalize == "relu") {
      auto op = ReluOp::create(b, loc(1), raw.reluPower);
      return !raw.reluScale || buildRegion(op.getScale(), *raw.reluScale,
                                           kPairStage, ExprType::Float);
    }
    IdentityOp::create(b, loc(1));
    return true;
  }

  Location loc(int column) {
    return NameLoc::get(b.getStringAttr(key),
                        FileLineColLoc::get(ctx, file, 1, column));
  }

  Value constF(double v, int col) {
    return arith::ConstantOp::create(b, loc(col), b.getF32FloatAttr(v));
  }
  Value constI(int64_t v, int col) {
    return arith::ConstantOp::create(b, loc(col), b.getI64IntegerAttr(v));
  }
  Value toFloat(Value v, int col) {
    if (v.getType().isInteger(64))
      return arith::SIToFPOp::create(b, loc(col), floatType(ctx), v);
    return v;
  }

  Value emit(const Expr &e) {
    switch (e.kind) {
    case Expr::Kind::Int:
      return constI(e.intValue, e.column);
    case Expr::Kind::Float:
      return constF(e.floatValue, e.column);
    case Expr::Kind::Bool:
      return arith::ConstantOp::create(b, loc(e.column),
                                       b.getBoolAttr(e.boolValue));
    case Expr::Kind::Var:
      return emitVar(e);
    case Expr::Kind::Index: {
      SmallVector<Value> indices;
      for (auto &arg : e.args)
        indices.push_back(emit(*arg));
      Type type = e.type == ExprType::Float ? floatType(ctx)
                  : e.type == ExprType::Int ? intType(ctx)
                                            : boolType(ctx);
      return LoadOp::create(b, loc(e.column), type, e.name, indices);
    }
    case Expr::Kind::Unary: {
      Value x = emit(*e.args[0]);
      if (e.name == "!")
        return arith::XOrIOp::create(
            b, loc(e.column), x,
            arith::ConstantOp::create(b, loc(e.column), b.getBoolAttr(true)));
      if (e.type == ExprType::Float)
        return arith::NegFOp::create(b, loc(e.column), x);
      return arith::SubIOp::create(b, loc(e.column), constI(0, e.column), x);
    }
    case Expr::Kind::Binary:
      return emitBinary(e);
    case Expr::Kind::Ternary:
      return emitSelect(e, *e.args[0], *e.args[1], *e.args[2]);
    case Expr::Kind::Call:
      return emitCall(e);
    }
    return nullptr;
  }

  Value emitVar(const Expr &e) {
    auto it = vars.find(e.name);
    if (it != vars.end())
      return it->second;
    for (const RawConst &c : raw.consts)
      if (c.name == e.name)
        return ConstOp::create(b, loc(e.column),
                               c.isInt ? intType(ctx) : floatType(ctx),
                               e.name);
    return DimOp::create(b, loc(e.column), intType(ctx), e.name);
  }

  /// Brings two operands to the type of `e` (or, for comparisons, to a common
  /// numeric type).
  std::pair<Value, Value> promote(const Expr &e, Value l, Value r) {
    if (l.getType() != r.getType()) {
      l = toFloat(l, e.column);
      r = toFloat(r, e.column);
    }
    return {l, r};
  }

  Value emitBinary(const Expr &e) {
    Value l = emit(*e.args[0]), r = emit(*e.args[1]);
    Location at = loc(e.column);
    const std::string &op = e.name;
    if (op == "&&")
      return arith::AndIOp::create(b, at, l, r);
    if (op == "||")
      return arith::OrIOp::create(b, at, l, r);
    if (op == "&")
      return arith::AndIOp::create(b, at, l, r);
    if (op == "|")
      return arith::OrIOp::create(b, at, l, r);
    if (op == "^")
      return arith::XOrIOp::create(b, at, l, r);
    if (op == "<<")
      return arith::ShLIOp::create(b, at, l, r);
    if (op == ">>")
      return arith::ShRSIOp::create(b, at, l, r);
    std::tie(l, r) = promote(e, l, r);
    bool isFloat = isa<FloatType>(l.getType());
    if (op == "==" || op == "!=" || op == "<" || op == "<=" || op == ">" ||
        op == ">=") {
      if (isFloat) {
        auto pred = op == "==" ? arith::CmpFPredicate::OEQ
                    : op == "!=" ? arith::CmpFPredicate::UNE
                    : op == "<"  ? arith::CmpFPredicate::OLT
                    : op == "<=" ? arith::CmpFPredicate::OLE
                    : op == ">"  ? arith::CmpFPredicate::OGT
                                 : arith::CmpFPredicate::OGE;
        return arith::CmpFOp::create(b, at, pred, l, r);
      }
      auto pred = op == "==" ? arith::CmpIPredicate::eq
                  : op == "!=" ? arith::CmpIPredicate::ne
                  : op == "<"  ? arith::CmpIPredicate::slt
                  : op == "<=" ? arith::CmpIPredicate::sle
                  : op == ">"  ? arith::CmpIPredicate::sgt
                               : arith::CmpIPredicate::sge;
      return arith::CmpIOp::create(b, at, pred, l, r);
    }
    if (isFloat) {
      if (op == "+")
        return arith::AddFOp::create(b, at, l, r);
      if (op == "-")
        return arith::SubFOp::create(b, at, l, r);
      if (op == "*")
        return arith::MulFOp::create(b, at, l, r);
      if (op == "/")
        return arith::DivFOp::create(b, at, l, r);
      return arith::RemFOp::create(b, at, l, r);
    }
    if (op == "+")
      return arith::AddIOp::create(b, at, l, r);
    if (op == "-")
      return arith::SubIOp::create(b, at, l, r);
    if (op == "*")
      return arith::MulIOp::create(b, at, l, r);
    if (op == "/")
      return arith::DivSIOp::create(b, at, l, r);
    return arith::RemSIOp::create(b, at, l, r);
  }

  Value emitSelect(const Expr &e, const Expr &c, const Expr &x,
                   const Expr &y) {
    Value cond = emit(c), l = emit(x), r = emit(y);
    std::tie(l, r) = promote(e, l, r);
    return arith::SelectOp::create(b, loc(e.column), cond, l, r);
  }

  Value emitCall(const Expr &e) {
    const std::string &f = e.name;
    Location at = loc(e.column);
    if (f == "select")
      return emitSelect(e, *e.args[0], *e.args[1], *e.args[2]);
    SmallVector<Value> args;
    for (auto &arg : e.args)
      args.push_back(emit(*arg));
    bool intResult = e.type == ExprType::Int;
    if (!intResult)
      for (Value &arg : args)
        arg = toFloat(arg, e.column);
    Value x = args[0];
    if (f == "abs")
      return intResult ? Value(math::AbsIOp::create(b, at, x))
                       : Value(math::AbsFOp::create(b, at, x));
    if (f == "min")
      return intResult ? Value(arith::MinSIOp::create(b, at, x, args[1]))
                       : Value(arith::MinimumFOp::create(b, at, x, args[1]));
    if (f == "max")
      return intResult ? Value(arith::MaxSIOp::create(b, at, x, args[1]))
                       : Value(arith::MaximumFOp::create(b, at, x, args[1]));
    if (f == "sign") {
      Value zero = intResult ? constI(0, e.column) : constF(0, e.column);
      Value one = intResult ? constI(1, e.column) : constF(1, e.column);
      Value minusOne = intResult ? constI(-1, e.column) : constF(-1, e.column);
      Value pos, neg;
      if (intResult) {
        pos = arith::CmpIOp::create(b, at, arith::CmpIPredicate::sgt, x, zero);
        neg = arith::CmpIOp::create(b, at, arith::CmpIPredicate::slt, x, zero);
      } else {
        pos = arith::CmpFOp::create(b, at, arith::CmpFPredicate::OGT, x, zero);
        neg = arith::CmpFOp::create(b, at, arith::CmpFPredicate::OLT, x, zero);
      }
      Value inner = arith::SelectOp::create(b, at, neg, minusOne, zero);
      return arith::SelectOp::create(b, at, pos, one, inner);
    }
    if (f == "pow")
      return math::PowFOp::create(b, at, x, args[1]);
    if (f == "softcap") {
      Value c = args[1];
      Value t = math::TanhOp::create(b, at, arith::DivFOp::create(b, at, x, c));
      return arith::MulFOp::create(b, at, c, t);
    }
    if (f == "sigmoid") {
      Value one = constF(1, e.column);
      Value ex = math::ExpOp::create(b, at, arith::NegFOp::create(b, at, x));
      return arith::DivFOp::create(b, at, one,
                                   arith::AddFOp::create(b, at, one, ex));
    }
    if (f == "exp")
      return math::ExpOp::create(b, at, x);
    if (f == "exp2")
      return math::Exp2Op::create(b, at, x);
    if (f == "expm1")
      return math::ExpM1Op::create(b, at, x);
    if (f == "log")
      return math::LogOp::create(b, at, x);
    if (f == "log2")
      return math::Log2Op::create(b, at, x);
    if (f == "log1p")
      return math::Log1pOp::create(b, at, x);
    if (f == "sqrt")
      return math::SqrtOp::create(b, at, x);
    if (f == "rsqrt")
      return math::RsqrtOp::create(b, at, x);
    if (f == "floor")
      return math::FloorOp::create(b, at, x);
    if (f == "ceil")
      return math::CeilOp::create(b, at, x);
    if (f == "sin")
      return math::SinOp::create(b, at, x);
    if (f == "cos")
      return math::CosOp::create(b, at, x);
    if (f == "tanh")
      return math::TanhOp::create(b, at, x);
    return math::ErfOp::create(b, at, x);
  }

  const RawSpec &raw;
  const std::string &file;
  MLIRContext *ctx;
  OpBuilder b;
  std::string &error;
  ModuleOp module;
  std::map<std::string, ExprEnv::Input> inputs;
  std::map<std::string, Value> vars;
  std::string key;
};

/// Collects the first error diagnostic as one line "loc: message", and as
/// "file: key 'K', column C: message" for IR built from a JSON spec, whose
/// locations name the key.
class FirstErrorHandler {
public:
  explicit FirstErrorHandler(MLIRContext &ctx)
      : handler(&ctx, [this](Diagnostic &diag) {
          if (diag.getSeverity() == DiagnosticSeverity::Error &&
              message.empty()) {
            std::string where, file;
            auto fileLoc = dyn_cast_or_null<FileLineColLoc>(
                diag.getLocation()->findInstanceOf<FileLineColLoc>());
            if (fileLoc) {
              file = fileLoc.getFilename().str();
              where = file + ":" + std::to_string(fileLoc.getLine()) + ":" +
                      std::to_string(fileLoc.getColumn()) + ": ";
            }
            message = oneLineMessage(where + diag.str());
            auto nameLoc = dyn_cast_or_null<NameLoc>(
                diag.getLocation()->findInstanceOf<NameLoc>());
            if (!fileLoc)
              jsonMessage = message;
            else if (!nameLoc)
              jsonMessage = oneLineMessage(file + ": " + diag.str());
            else
              jsonMessage = oneLineMessage(
                  file + ": key '" + nameLoc.getName().str() + "', column " +
                  std::to_string(fileLoc.getColumn()) + ": " + diag.str());
          }
          return success();
        }) {}
  std::string message, jsonMessage;

private:
  ScopedDiagnosticHandler handler;
};

/// MLIR's parser descends recursively into nested attributes, types and
/// regions, so deep nesting in a hostile file would overflow the stack.
/// Counts brackets outside strings and comments; a `>` after `-` is an arrow.
std::string checkMLIRNesting(const std::string &text) {
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\')
          ++i;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      while (i < text.size() && text[i] != '\n')
        ++i;
    } else if (c == '(' || c == '[' || c == '{' || c == '<') {
      if (++depth > kMaxMLIRNesting)
        return "nested deeper than " + std::to_string(kMaxMLIRNesting) +
               " levels";
    } else if (c == ')' || c == ']' || c == '}' ||
               (c == '>' && (i == 0 || text[i - 1] != '-'))) {
      depth = std::max(depth - 1, 0);
    }
  }
  return "";
}
} // namespace

SpecOp attc::buildSpecIR(const RawSpec &raw, const std::string &file,
                         ModuleOp module, std::string &error) {
  FirstErrorHandler diags(*module.getContext());
  SpecBuilder builder(raw, file, module, error);
  SpecOp spec = builder.build();
  if (!spec && error.empty())
    error = diags.jsonMessage.empty() ? file + ": invalid spec"
                                      : diags.jsonMessage;
  return spec;
}

SpecOp attc::getSpec(ModuleOp module) {
  for (Operation &op : *module.getBody())
    if (auto spec = dyn_cast<SpecOp>(op))
      return spec;
  return nullptr;
}

OwningOpRef<ModuleOp> attc::loadSpecText(MLIRContext &ctx,
                                         const std::string &text,
                                         const std::string &name, bool isMLIR,
                                         std::string &error) {
  loadSpecDialects(ctx);
  if (!isMLIR) {
    RawSpec raw;
    if (!readRawSpec(text, name, raw, error))
      return nullptr;
    OwningOpRef<ModuleOp> module =
        ModuleOp::create(FileLineColLoc::get(&ctx, name, 1, 1));
    if (!buildSpecIR(raw, name, *module, error))
      return nullptr;
    return module;
  }
  if (text.size() > kMaxSpecBytes) {
    error = oneLineMessage(name + ": spec file larger than " +
                           std::to_string(kMaxSpecBytes) + " bytes");
    return nullptr;
  }
  if (std::string why = checkMLIRNesting(text); !why.empty()) {
    error = oneLineMessage(name + ": " + why);
    return nullptr;
  }
  FirstErrorHandler diags(ctx);
  ParserConfig config(&ctx);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(
      text, config, name);
  if (!module) {
    error = diags.message.empty() ? oneLineMessage(name + ": cannot parse")
                                  : diags.message;
    return nullptr;
  }
  unsigned numSpecs = 0;
  for (Operation &op : *module->getBody()) {
    if (!isa<SpecOp>(op)) {
      error = oneLineMessage(
          name + ": expected only attn.spec ops at the top level, found " +
          op.getName().getStringRef().str());
      return nullptr;
    }
    ++numSpecs;
  }
  if (numSpecs != 1) {
    error = oneLineMessage(name + ": expected exactly one attn.spec, found " +
                           std::to_string(numSpecs));
    return nullptr;
  }
  return module;
}

OwningOpRef<ModuleOp> attc::loadSpecFile(MLIRContext &ctx,
                                         const std::string &path,
                                         std::string &error) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer) {
    error = path + ": cannot read: " + buffer.getError().message();
    return nullptr;
  }
  if ((*buffer)->getBufferSize() > kMaxSpecBytes) {
    error = path + ": spec file larger than " + std::to_string(kMaxSpecBytes) +
            " bytes";
    return nullptr;
  }
  bool isMLIR = llvm::StringRef(path).ends_with(".mlir");
  return loadSpecText(ctx, (*buffer)->getBuffer().str(), path, isMLIR, error);
}
