//===- VariantEmitter.cpp - attn.spec to the variant every skeleton uses --===//
//
// One visitor prints the stage regions as straight-line code in a target's
// dialect (TargetDialect); the stages become the hooks of
// templates/common/attc_variant.h, the normalizer is named through its
// NormalizerOpInterface, and the tile classifier adds the sparsity hooks.
//
//===----------------------------------------------------------------------===//

#include "attc/Codegen/VariantEmitter.h"
#include "attc/Codegen/CmpISpelling.h"
#include "attc/Codegen/TileClassifier.h"

#include "dialects/Attn/IR/AttnExprVisitor.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cctype>
#include <cmath>

using namespace mlir;
using namespace attc;
using namespace attc::attn;

const TargetDialect &attc::cppTarget() {
  static const TargetDialect kCpp = {
      "cpp",
      "static inline",
      {"std::exp({0})", "std::exp2({0})", "std::expm1({0})", "std::log({0})",
       "std::log2({0})", "std::log1p({0})", "std::sqrt({0})",
       "1.0f / std::sqrt({0})", "std::floor({0})", "std::ceil({0})",
       // The libm calls vectorize in the hooks' loops through
       // attc_vecmath.h; tanh (softcap) is inline code that does already.
       "std::sin({0})", "std::cos({0})", "attc::expr::tanh_f32({0})",
       "std::erf({0})", "std::pow({0}, {1})", "std::fmod({0}, {1})",
       "std::fabs({0})"},
      "std::numeric_limits<float>::infinity()",
      "std::numeric_limits<float>::quiet_NaN()",
      /*blockMaps=*/true,
      /*staticInputDtypes=*/true};
  return kCpp;
}

ScheduleAttr attc::getSchedule(SpecOp spec) {
  return spec->getAttrOfType<ScheduleAttr>("attn.schedule");
}

void attc::emitTemplates(llvm::raw_ostream &os, ArrayRef<const char *> texts) {
  for (const char *text : texts) {
    SmallVector<StringRef> lines;
    StringRef(text).split(lines, '\n');
    for (StringRef line : lines)
      if (!line.trim().starts_with("#include \"attc_"))
        os << line << "\n";
  }
}

namespace {
std::string cType(Type type) {
  if (type.isInteger(1))
    return "bool";
  if (type.isInteger(64))
    return "int64_t";
  return "float";
}

/// The attc_dtype enumerator (attc_abi.h) of an input's element type.
static std::string abiDtype(Type type) {
  if (type.isF16())
    return "ATTC_F16";
  if (type.isBF16())
    return "ATTC_BF16";
  if (type.isF64())
    return "ATTC_F64";
  if (type.isInteger(1))
    return "ATTC_BOOL";
  if (type.isInteger(32))
    return "ATTC_I32";
  if (type.isInteger(64))
    return "ATTC_I64";
  return "ATTC_F32";
}

/// The ops of a pair hook's region that do not depend on the pair (the
/// score, q or k), only on (b, h, hk) and the launch: `<hook>_inv` computes
/// them once per head and `<hook>_at` reads them, so a skeleton's loop over
/// queries holds no input reads (ALiBi's slopes[h]) and vectorizes.
struct Hoisting {
  llvm::DenseSet<Operation *> invariant;
  /// The invariant values a varying op or the yield uses, other than
  /// constants and dims (as cheap to rebuild as to pass).
  SmallVector<Value> hoisted;
  llvm::DenseMap<Value, unsigned> field;
};

bool isTrivial(Operation *op) {
  return isa<arith::ConstantOp, ConstOp, DimOp>(op);
}

/// `varying`: the indices of the block arguments that change per pair.
Hoisting planHoisting(Block &block, ArrayRef<unsigned> varyingArgs) {
  Hoisting plan;
  llvm::DenseSet<Value> varying;
  for (unsigned i : varyingArgs)
    varying.insert(block.getArgument(i));
  for (Operation &op : block.without_terminator()) {
    if (llvm::any_of(op.getOperands(),
                     [&](Value v) { return varying.contains(v); }) ||
        op.getNumResults() != 1)
      varying.insert(op.getResults().begin(), op.getResults().end());
    else
      plan.invariant.insert(&op);
  }
  for (Operation &op : block.without_terminator())
    if (plan.invariant.contains(&op) && !isTrivial(&op) &&
        llvm::any_of(op.getUsers(), [&](Operation *user) {
          return !plan.invariant.contains(user);
        })) {
      plan.field[op.getResult(0)] = plan.hoisted.size();
      plan.hoisted.push_back(op.getResult(0));
    }
  return plan;
}

/// Prints one stage region as the body of a hook: one `const` per op.
class ExprPrinter : public ExprVisitor<ExprPrinter, LogicalResult> {
public:
  ExprPrinter(llvm::raw_ostream &os, SpecOp spec, const TargetDialect &target)
      : os(os), spec(spec), target(target) {
    for (auto [i, input] : llvm::enumerate(spec.getInputs())) {
      inputIndex[input.getSymName()] = i;
      inputDtype[input.getSymName()] = abiDtype(input.getElemType());
    }
  }

  /// Which ops of a hoisted region a print covers: all of them, the
  /// invariant ones (returned as the `<hook>_inv` struct) or the rest (the
  /// hoisted values read from the struct `R`).
  enum class Part { All, Invariant, Varying };

  LogicalResult print(Region &region, ArrayRef<StringRef> argNames,
                      const Hoisting *plan = nullptr, Part part = Part::All) {
    names.clear();
    Block &block = region.front();
    for (auto [arg, name] : llvm::zip(block.getArguments(), argNames))
      names[arg] = name.str();
    for (Operation &op : block) {
      bool invariant = plan && plan->invariant.contains(&op);
      if (part == Part::Invariant && !invariant) {
        if (isa<YieldOp>(op)) {
          os << "    return {";
          for (auto [i, v] : llvm::enumerate(plan->hoisted))
            os << (i ? ", " : "") << name(v);
          os << "};\n";
        }
        continue;
      }
      if (part == Part::Varying && invariant) {
        auto it = plan->field.find(op.getResult(0));
        if (it != plan->field.end())
          define(&op, "R.f" + std::to_string(it->second));
        else if (isTrivial(&op) && failed(dispatch(&op)))
          return failure();
        continue;
      }
      if (failed(dispatch(&op)))
        return failure();
    }
    return success();
  }

  // Leaves.
  LogicalResult visit(arith::ConstantOp c) {
    return define(c, literal(c.getValue(), c.getType().isInteger(1)));
  }
  LogicalResult visit(ConstOp c) {
    return define(c, literal(spec.getConsts().get(c.getName()), false));
  }
  LogicalResult visit(DimOp dim) {
    return define(dim, "L." + dim.getName().str());
  }
  LogicalResult visit(LoadOp load) {
    // The declared dtype as a template argument: no dtype switch per load.
    std::string dtype = target.staticInputDtypes
                            ? ", " + inputDtype.lookup(load.getInput())
                            : std::string();
    std::string e = "attc::load_input_n<" + cType(load.getType()) + dtype +
                    ">(L, " +
                    std::to_string(inputIndex.lookup(load.getInput()));
    for (Value index : load.getIndices())
      e += ", " + name(index);
    return define(load, e + ")");
  }
  LogicalResult visit(YieldOp y) {
    os << "    return " << name(y.getValue()) << ";\n";
    return success();
  }
  // A derivative region's gradient of an input element (attc_grad.h).
  LogicalResult visitAccumulate(AccumulateOp acc) {
    os << "    attc::accumulate_input(L, "
       << inputIndex.lookup(acc.getInput()) << ", " << name(acc.getValue());
    for (Value index : acc.getIndices())
      os << ", " << name(index);
    os << ");\n";
    return success();
  }

  // Float arithmetic.
  LogicalResult visit(arith::AddFOp op) { return format(op, "{0} + {1}"); }
  LogicalResult visit(arith::SubFOp op) { return format(op, "{0} - {1}"); }
  LogicalResult visit(arith::MulFOp op) { return format(op, "{0} * {1}"); }
  LogicalResult visit(arith::DivFOp op) { return format(op, "{0} / {1}"); }
  LogicalResult visit(arith::RemFOp op) { return math(op, MathFn::FMod); }
  LogicalResult visit(arith::NegFOp op) { return format(op, "-{0}"); }
  LogicalResult visit(arith::MinimumFOp op) {
    return format(op, "attc::expr::minimum({0}, {1})");
  }
  LogicalResult visit(arith::MaximumFOp op) {
    return format(op, "attc::expr::maximum({0}, {1})");
  }
  LogicalResult visit(arith::SIToFPOp op) {
    return format(op, "attc::expr::to_f32({0})");
  }
  // i1 -> i64 (canonicalization's form of `c ? 1 : 0` and `c ? -1 : 0`).
  LogicalResult visit(arith::ExtUIOp op) { return format(op, "int64_t({0})"); }
  LogicalResult visit(arith::ExtSIOp op) {
    return format(op, "-int64_t({0})");
  }

  // Integers (wrapping, total: attc_expr.h); on i1, + is xor and * is and.
  LogicalResult visit(arith::AddIOp op) {
    return format(op, isBool(op) ? "{0} != {1}" : "attc::expr::add({0}, {1})");
  }
  LogicalResult visit(arith::SubIOp op) {
    return format(op, "attc::expr::sub({0}, {1})");
  }
  LogicalResult visit(arith::MulIOp op) {
    return format(op, isBool(op) ? "{0} && {1}" : "attc::expr::mul({0}, {1})");
  }
  LogicalResult visit(arith::DivSIOp op) {
    return format(op, "attc::expr::div({0}, {1})");
  }
  LogicalResult visit(arith::RemSIOp op) {
    return format(op, "attc::expr::rem({0}, {1})");
  }
  LogicalResult visit(arith::ShLIOp op) {
    return format(op, "attc::expr::shl({0}, {1})");
  }
  LogicalResult visit(arith::ShRSIOp op) {
    return format(op, "attc::expr::shr({0}, {1})");
  }
  LogicalResult visit(arith::AndIOp op) {
    return format(op, isBool(op) ? "{0} && {1}" : "{0} & {1}");
  }
  LogicalResult visit(arith::OrIOp op) {
    return format(op, isBool(op) ? "{0} || {1}" : "{0} | {1}");
  }
  LogicalResult visit(arith::XOrIOp op) {
    return format(op, isBool(op) ? "{0} != {1}" : "{0} ^ {1}");
  }
  LogicalResult visit(arith::MinSIOp op) {
    return format(op, "({0} < {1} ? {0} : {1})");
  }
  LogicalResult visit(arith::MaxSIOp op) {
    return format(op, "({0} > {1} ? {0} : {1})");
  }
  LogicalResult visit(math::AbsIOp op) {
    return format(op, "attc::expr::abs({0})");
  }

  // Comparisons and selection.
  LogicalResult visit(arith::CmpIOp c) {
    StringRef pred = spellCmpI(c.getPredicate()).op;
    if (pred.empty())
      return c.emitOpError("unsupported predicate in code generation");
    return format(c, ("{0} " + pred + " {1}").str());
  }
  LogicalResult visit(arith::CmpFOp c) {
    switch (c.getPredicate()) {
    case arith::CmpFPredicate::OEQ:
      return format(c, "{0} == {1}");
    case arith::CmpFPredicate::UNE:
      return format(c, "!({0} == {1})");
    case arith::CmpFPredicate::OLT:
      return format(c, "{0} < {1}");
    case arith::CmpFPredicate::OLE:
      return format(c, "{0} <= {1}");
    case arith::CmpFPredicate::OGT:
      return format(c, "{0} > {1}");
    case arith::CmpFPredicate::OGE:
      return format(c, "{0} >= {1}");
    case arith::CmpFPredicate::ONE:
      return format(c, "({0} < {1} || {0} > {1})");
    case arith::CmpFPredicate::UEQ:
      return format(c, "!({0} < {1} || {0} > {1})");
    default:
      return c.emitOpError("unsupported predicate in code generation");
    }
  }
  LogicalResult visit(arith::SelectOp s) {
    return define(s, name(s.getCondition()) + " ? " + name(s.getTrueValue()) +
                         " : " + name(s.getFalseValue()));
  }

  // Float functions: the target's spelling.
  LogicalResult visit(math::AbsFOp op) { return math(op, MathFn::FAbs); }
  LogicalResult visit(math::ExpOp op) { return math(op, MathFn::Exp); }
  LogicalResult visit(math::Exp2Op op) { return math(op, MathFn::Exp2); }
  LogicalResult visit(math::ExpM1Op op) { return math(op, MathFn::ExpM1); }
  LogicalResult visit(math::LogOp op) { return math(op, MathFn::Log); }
  LogicalResult visit(math::Log2Op op) { return math(op, MathFn::Log2); }
  LogicalResult visit(math::Log1pOp op) { return math(op, MathFn::Log1p); }
  LogicalResult visit(math::SqrtOp op) { return math(op, MathFn::Sqrt); }
  LogicalResult visit(math::RsqrtOp op) { return math(op, MathFn::Rsqrt); }
  LogicalResult visit(math::FloorOp op) { return math(op, MathFn::Floor); }
  LogicalResult visit(math::CeilOp op) { return math(op, MathFn::Ceil); }
  LogicalResult visit(math::SinOp op) { return math(op, MathFn::Sin); }
  LogicalResult visit(math::CosOp op) { return math(op, MathFn::Cos); }
  LogicalResult visit(math::TanhOp op) { return math(op, MathFn::Tanh); }
  LogicalResult visit(math::ErfOp op) { return math(op, MathFn::Erf); }
  LogicalResult visit(math::PowFOp op) { return math(op, MathFn::Pow); }

  LogicalResult visitInvalid(Operation *op) {
    return op->emitOpError("is not supported by the code generator");
  }

private:
  static bool isBool(Operation *op) {
    return op->getResult(0).getType().isInteger(1);
  }
  std::string name(Value v) { return names.lookup(v); }

  std::string literal(Attribute value, bool isBool) {
    if (auto f = dyn_cast<FloatAttr>(value)) {
      double v = f.getValueAsDouble();
      if (std::isinf(v))
        return v > 0 ? target.infinity.str()
                     : "(-" + target.infinity.str() + ")";
      if (std::isnan(v))
        return target.nan.str();
      return "float(" + llvm::formatv("{0:e9}", v).str() + ")";
    }
    int64_t i = cast<IntegerAttr>(value).getInt();
    if (isBool)
      return i ? "true" : "false";
    return "int64_t(" + std::to_string(i) + "LL)";
  }

  LogicalResult define(Operation *op, const std::string &expr) {
    std::string n = "v" + std::to_string(next++);
    names[op->getResult(0)] = n;
    os << "    const " << cType(op->getResult(0).getType()) << " " << n
       << " = " << expr << ";\n";
    return success();
  }
  /// `fmt` over the operands' names ({0}, {1}).
  LogicalResult format(Operation *op, StringRef fmt) {
    std::string a = name(op->getOperand(0));
    if (op->getNumOperands() == 1)
      return define(op, llvm::formatv(fmt.data(), a).str());
    return define(
        op, llvm::formatv(fmt.data(), a, name(op->getOperand(1))).str());
  }
  LogicalResult math(Operation *op, MathFn fn) {
    return format(op, target.spell(fn));
  }

  llvm::raw_ostream &os;
  SpecOp spec;
  const TargetDialect &target;
  llvm::DenseMap<Value, std::string> names;
  llvm::StringMap<unsigned> inputIndex;
  llvm::StringMap<std::string> inputDtype; ///< attc_dtype enumerator names
  unsigned next = 0;
};

/// Prints one stage region as a hook of the variant: `template <class P>
/// <prefix> <result> name(const P &L, <block arguments>)`.
class HookPrinter {
public:
  HookPrinter(llvm::raw_ostream &os, SpecOp spec, const TargetDialect &target)
      : os(os), target(target), exprs(os, spec, target) {}

  LogicalResult print(StringRef hook, Region &region,
                      ArrayRef<StringRef> argNames) {
    signature(hook, region, argNames);
    if (failed(exprs.print(region, argNames)))
      return failure();
    os << "  }\n";
    return success();
  }

  /// A pair hook (arguments ..., b, h, hk, q, k) whose pair-independent
  /// part is worth computing once per head: `<hook>_inv(L, b, h, hk)`
  /// returns it as `<Hook>Inv`, `<hook>_at(L, inv, ...)` is the rest and
  /// `<hook>(L, ...)` both (the default _inv/_at of VariantBase forward to
  /// the plain hook when nothing is hoisted).
  LogicalResult printPair(StringRef hook, Region &region,
                          ArrayRef<StringRef> argNames) {
    Block &block = region.front();
    SmallVector<unsigned> varying;
    for (auto [i, name] : llvm::enumerate(argNames))
      if (name == "s" || name == "q" || name == "k")
        varying.push_back(i);
    Hoisting plan = planHoisting(block, varying);
    if (plan.hoisted.empty())
      return print(hook, region, argNames);

    std::string inv =
        (llvm::Twine(char(std::toupper(hook[0]))) + hook.drop_front() + "Inv")
            .str();
    inv.erase(std::remove(inv.begin(), inv.end(), '_'), inv.end());
    os << "  struct " << inv << " {";
    for (auto [i, v] : llvm::enumerate(plan.hoisted))
      os << " " << cType(v.getType()) << " f" << i << ";";
    os << " };\n";
    os << "  template <class P>\n  " << target.hookPrefix << " " << inv << " "
       << hook
       << "_inv([[maybe_unused]] const P &L, [[maybe_unused]] int64_t b, "
          "[[maybe_unused]] int64_t h, [[maybe_unused]] int64_t hk) {\n";
    if (failed(
            exprs.print(region, argNames, &plan, ExprPrinter::Part::Invariant)))
      return failure();
    os << "  }\n";
    signature(hook + "_at", region, argNames, inv);
    if (failed(
            exprs.print(region, argNames, &plan, ExprPrinter::Part::Varying)))
      return failure();
    os << "  }\n";
    signature(hook, region, argNames);
    os << "    return " << hook << "_at(L, " << hook << "_inv(L, b, h, hk)";
    for (StringRef name : argNames)
      os << ", " << name;
    os << ");\n  }\n";
    return success();
  }

private:
  /// `template <class P> <prefix> <result> hook(const P &L, [const Inv &R,]
  /// <block arguments>) {`
  void signature(const llvm::Twine &hook, Region &region,
                 ArrayRef<StringRef> argNames, StringRef inv = {}) {
    Block &block = region.front();
    Type result = cast<YieldOp>(block.getTerminator()).getValue().getType();
    os << "  template <class P>\n  " << target.hookPrefix << " "
       << cType(result) << " " << hook << "([[maybe_unused]] const P &L";
    if (!inv.empty())
      os << ", const " << inv << " &R";
    for (auto [arg, name] : llvm::zip(block.getArguments(), argNames))
      os << ", [[maybe_unused]] " << cType(arg.getType()) << " " << name;
    os << ") {\n";
  }

public:
private:
  llvm::raw_ostream &os;
  const TargetDialect &target;
  ExprPrinter exprs;
};

constexpr StringRef kPairArgs[] = {"b", "h", "hk", "q", "k"};
} // namespace

FailureOr<VariantInfo> attc::emitVariant(llvm::raw_ostream &os, SpecOp spec,
                                         const TargetDialect &target) {
  ScheduleAttr schedule = getSchedule(spec);
  if (!schedule)
    return spec.emitOpError("has no attn.schedule (run attn-schedule first)");
  VariantInfo info;
  bool sparse = !schedule.getDenseTiles();
  if (sparse && target.blockMaps) {
    info.blockMap = emitTileMaps(os, spec, schedule.getTileQ(),
                                 schedule.getTileK(), target.deviceBlockMaps);
    info.needsBlockMap = info.blockMap.needed;
  }

  auto norm = cast<NormalizerOpInterface>(spec.getNormalizer());
  Region *param = norm.getParamRegion();
  bool hasParam = param && !param->empty();
  Type dtype = spec.getDtype();
  os << "struct AttcVariant : attc::VariantBase<AttcVariant> {\n"
     << "  using elem_t = "
     << (dtype.isF32()   ? "float"
         : dtype.isF16() ? "attc::f16"
                         : "attc::bf16")
     << ";\n"
     << "  using Norm = " << norm.getTemplateName() << ";\n";
  if (size_t n = llvm::range_size(spec.getInputs()))
    os << "  static constexpr int kNumInputs = " << n << ";\n";
  if (spec.getScoreOp())
    os << "  static constexpr bool kHasScore = true;\n";
  if (spec.getMaskOp())
    os << "  static constexpr bool kHasMask = true;\n";
  if (spec.getEpilogueOp())
    os << "  static constexpr bool kHasEpilogue = true;\n";
  if (hasParam)
    os << "  static constexpr bool kHasNormParam = true;\n";

  // The stages a spec leaves out keep VariantBase's defaults.
  HookPrinter hooks(os, spec, target);
  if (ScaleOp scale = spec.getScaleOp())
    if (failed(hooks.print("scale", scale.getBody(), {})))
      return failure();
  if (ScoreOp score = spec.getScoreOp())
    if (failed(hooks.printPair("score", score.getBody(),
                               {"s", "b", "h", "hk", "q", "k"})))
      return failure();
  if (MaskOp mask = spec.getMaskOp())
    if (failed(hooks.printPair("mask", mask.getBody(), kPairArgs)))
      return failure();
  // Softmax's sink is per row already; the other parameters are per pair.
  if (hasParam &&
      failed(norm.getParamHook() == "sink"
                 ? hooks.print("sink", *param, kPairArgs)
                 : hooks.printPair(norm.getParamHook(), *param, kPairArgs)))
    return failure();
  if (EpilogueOp epilogue = spec.getEpilogueOp())
    if (failed(hooks.print("epilogue", epilogue.getBody(),
                           {"o", "b", "h", "hk", "q", "d"})))
      return failure();
  // The backward's hooks (attn-differentiate): `<stage>_bwd(L, g, ...)`.
  for (Operation &op : spec.getBodyBlock())
    if (auto derivative = dyn_cast<DerivativeOp>(op)) {
      SmallVector<StringRef> args = {"g"};
      llvm::append_range(args, DerivativeOp::stageArgs(derivative.getStage()));
      if (failed(hooks.print((derivative.getStage() + "_bwd").str(),
                             derivative.getBody(), args)))
        return failure();
    }
  if (sparse && failed(emitTileClassifier(os, spec, target)))
    return failure();
  os << "};\n\n";
  return info;
}
