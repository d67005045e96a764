//===- CpuCodegen.cpp - attn.spec to a C++ CPU kernel ---------------------===//
//
// The kernel skeleton is templates/cpu/attention.h; this file only writes
// the variant: one inline function per stage whose body is the stage region
// printed as straight-line C++, and one instantiation of the skeleton.
//
//===----------------------------------------------------------------------===//

#include "attc/Codegen/CpuCodegen.h"
#include "attc/Codegen/CmpISpelling.h"
#include "attc/Codegen/TileClassifier.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace attc {
/// Embedded template texts, generated at build time from templates/.
extern const char *const kTemplateAbi;
extern const char *const kTemplateTypes;
extern const char *const kTemplateExpr;
extern const char *const kTemplateInterval;
extern const char *const kTemplateCpuAttention;
} // namespace attc

namespace {
std::string cType(Type type) {
  if (type.isInteger(1))
    return "bool";
  if (type.isInteger(64))
    return "int64_t";
  return "float";
}

std::string floatLiteral(double v) {
  if (std::isinf(v))
    return v > 0 ? "std::numeric_limits<float>::infinity()"
                 : "(-std::numeric_limits<float>::infinity())";
  if (std::isnan(v))
    return "std::numeric_limits<float>::quiet_NaN()";
  std::string s = llvm::formatv("{0:e9}", v).str();
  return "float(" + s + ")";
}

/// Prints one stage region as the body of a C++ function.
class RegionPrinter {
public:
  RegionPrinter(llvm::raw_ostream &os, SpecOp spec) : os(os), spec(spec) {
    for (auto [i, input] : llvm::enumerate(spec.getInputs()))
      inputIndex[input.getSymName()] = i;
  }

  LogicalResult print(Region &region, ArrayRef<StringRef> argNames) {
    names.clear();
    Block &block = region.front();
    for (auto [arg, name] : llvm::zip(block.getArguments(), argNames))
      names[arg] = name.str();
    for (Operation &op : block)
      if (failed(printOp(op)))
        return failure();
    return success();
  }

private:
  std::string name(Value v) { return names.lookup(v); }

  std::string define(Operation &op) {
    std::string n = "v" + std::to_string(next++);
    names[op.getResult(0)] = n;
    os << "    const " << cType(op.getResult(0).getType()) << " " << n << " = ";
    return n;
  }

  void binary(Operation &op, StringRef fmt) {
    define(op);
    os << llvm::formatv(fmt.data(), name(op.getOperand(0)),
                        name(op.getOperand(1)))
       << ";\n";
  }
  void unary(Operation &op, StringRef fmt) {
    define(op);
    os << llvm::formatv(fmt.data(), name(op.getOperand(0))) << ";\n";
  }

  LogicalResult printOp(Operation &op) {
    bool isBool = op.getNumResults() && op.getResult(0).getType().isInteger(1);
    return llvm::TypeSwitch<Operation *, LogicalResult>(&op)
        .Case([&](arith::ConstantOp c) {
          define(op);
          Attribute value = c.getValue();
          if (auto f = dyn_cast<FloatAttr>(value))
            os << floatLiteral(f.getValueAsDouble());
          else if (isBool)
            os << (cast<IntegerAttr>(value).getInt() ? "true" : "false");
          else
            os << "int64_t(" << cast<IntegerAttr>(value).getInt() << "LL)";
          os << ";\n";
          return success();
        })
        .Case([&](arith::AddFOp) { return binary(op, "{0} + {1}"), success(); })
        .Case([&](arith::SubFOp) { return binary(op, "{0} - {1}"), success(); })
        .Case([&](arith::MulFOp) { return binary(op, "{0} * {1}"), success(); })
        .Case([&](arith::DivFOp) { return binary(op, "{0} / {1}"), success(); })
        .Case([&](arith::RemFOp) {
          return binary(op, "std::fmod({0}, {1})"), success();
        })
        .Case([&](arith::NegFOp) { return unary(op, "-{0}"), success(); })
        .Case([&](arith::AddIOp) {
          return binary(op,
                        isBool ? "{0} != {1}" : "attc::expr::add({0}, {1})"),
                 success();
        })
        .Case([&](arith::SubIOp) {
          return binary(op, "attc::expr::sub({0}, {1})"), success();
        })
        .Case([&](arith::MulIOp) {
          return binary(op,
                        isBool ? "{0} && {1}" : "attc::expr::mul({0}, {1})"),
                 success();
        })
        .Case([&](arith::DivSIOp) {
          return binary(op, "attc::expr::div({0}, {1})"), success();
        })
        .Case([&](arith::RemSIOp) {
          return binary(op, "attc::expr::rem({0}, {1})"), success();
        })
        .Case([&](arith::ShLIOp) {
          return binary(op, "attc::expr::shl({0}, {1})"), success();
        })
        .Case([&](arith::ShRSIOp) {
          return binary(op, "attc::expr::shr({0}, {1})"), success();
        })
        .Case([&](arith::AndIOp) {
          return binary(op, isBool ? "{0} && {1}" : "{0} & {1}"), success();
        })
        .Case([&](arith::OrIOp) {
          return binary(op, isBool ? "{0} || {1}" : "{0} | {1}"), success();
        })
        .Case([&](arith::XOrIOp) {
          return binary(op, isBool ? "{0} != {1}" : "{0} ^ {1}"), success();
        })
        .Case([&](arith::MinSIOp) {
          return binary(op, "({0} < {1} ? {0} : {1})"), success();
        })
        .Case([&](arith::MaxSIOp) {
          return binary(op, "({0} > {1} ? {0} : {1})"), success();
        })
        .Case([&](arith::MinimumFOp) {
          return binary(op, "attc::expr::minimum({0}, {1})"), success();
        })
        .Case([&](arith::MaximumFOp) {
          return binary(op, "attc::expr::maximum({0}, {1})"), success();
        })
        .Case(
            [&](arith::SIToFPOp) { return unary(op, "float({0})"), success(); })
        .Case([&](arith::CmpIOp c) -> LogicalResult {
          StringRef pred = spellCmpI(c.getPredicate()).op;
          if (pred.empty())
            return op.emitOpError("unsupported predicate in CPU codegen");
          binary(op, ("{0} " + pred + " {1}").str());
          return success();
        })
        .Case([&](arith::CmpFOp c) -> LogicalResult {
          switch (c.getPredicate()) {
          case arith::CmpFPredicate::OEQ:
            return binary(op, "{0} == {1}"), success();
          case arith::CmpFPredicate::UNE:
            return binary(op, "!({0} == {1})"), success();
          case arith::CmpFPredicate::OLT:
            return binary(op, "{0} < {1}"), success();
          case arith::CmpFPredicate::OLE:
            return binary(op, "{0} <= {1}"), success();
          case arith::CmpFPredicate::OGT:
            return binary(op, "{0} > {1}"), success();
          case arith::CmpFPredicate::OGE:
            return binary(op, "{0} >= {1}"), success();
          case arith::CmpFPredicate::ONE:
            return binary(op, "({0} < {1} || {0} > {1})"), success();
          case arith::CmpFPredicate::UEQ:
            return binary(op, "!({0} < {1} || {0} > {1})"), success();
          default:
            return op.emitOpError("unsupported predicate in CPU codegen");
          }
        })
        .Case([&](arith::SelectOp s) {
          define(op);
          os << name(s.getCondition()) << " ? " << name(s.getTrueValue())
             << " : " << name(s.getFalseValue()) << ";\n";
          return success();
        })
        .Case([&](math::AbsIOp) {
          return unary(op, "attc::expr::abs({0})"), success();
        })
        .Case([&](math::AbsFOp) {
          return unary(op, "std::fabs({0})"), success();
        })
        .Case(
            [&](math::ExpOp) { return unary(op, "std::exp({0})"), success(); })
        .Case([&](math::Exp2Op) {
          return unary(op, "std::exp2({0})"), success();
        })
        .Case([&](math::ExpM1Op) {
          return unary(op, "std::expm1({0})"), success();
        })
        .Case(
            [&](math::LogOp) { return unary(op, "std::log({0})"), success(); })
        .Case([&](math::Log2Op) {
          return unary(op, "std::log2({0})"), success();
        })
        .Case([&](math::Log1pOp) {
          return unary(op, "std::log1p({0})"), success();
        })
        .Case([&](math::SqrtOp) {
          return unary(op, "std::sqrt({0})"), success();
        })
        .Case([&](math::RsqrtOp) {
          return unary(op, "1.0f / std::sqrt({0})"), success();
        })
        .Case([&](math::FloorOp) {
          return unary(op, "std::floor({0})"), success();
        })
        .Case([&](math::CeilOp) {
          return unary(op, "std::ceil({0})"), success();
        })
        .Case(
            [&](math::SinOp) { return unary(op, "std::sin({0})"), success(); })
        .Case(
            [&](math::CosOp) { return unary(op, "std::cos({0})"), success(); })
        .Case([&](math::TanhOp) {
          return unary(op, "std::tanh({0})"), success();
        })
        .Case(
            [&](math::ErfOp) { return unary(op, "std::erf({0})"), success(); })
        .Case([&](math::PowFOp) {
          return binary(op, "std::pow({0}, {1})"), success();
        })
        .Case([&](LoadOp load) {
          define(op);
          os << "attc::load_input_n<" << cType(load.getType()) << ">(L, "
             << inputIndex.lookup(load.getInput());
          for (Value index : load.getIndices())
            os << ", " << name(index);
          os << ");\n";
          return success();
        })
        .Case([&](DimOp dim) {
          define(op);
          os << "L." << dim.getName() << ";\n";
          return success();
        })
        .Case([&](ConstOp c) {
          define(op);
          Attribute value = spec.getConsts().get(c.getName());
          if (auto f = dyn_cast<FloatAttr>(value))
            os << floatLiteral(f.getValueAsDouble());
          else
            os << "int64_t(" << cast<IntegerAttr>(value).getInt() << "LL)";
          os << ";\n";
          return success();
        })
        .Case([&](YieldOp y) {
          os << "    return " << name(y.getValue()) << ";\n";
          return success();
        })
        .Default([&](Operation *) -> LogicalResult {
          return op.emitOpError("is not supported by the CPU code generator");
        });
  }

  llvm::raw_ostream &os;
  SpecOp spec;
  llvm::DenseMap<Value, std::string> names;
  llvm::StringMap<unsigned> inputIndex;
  unsigned next = 0;
};

/// Drops `#include "attc_*.h"` lines: the headers are concatenated in
/// dependency order into one translation unit.
std::string inlineTemplate(StringRef text) {
  std::string out;
  llvm::SmallVector<StringRef> lines;
  text.split(lines, '\n');
  for (StringRef line : lines) {
    if (line.trim().starts_with("#include \"attc_"))
      continue;
    out += line.str() + "\n";
  }
  return out;
}

constexpr StringRef kPair =
    "[[maybe_unused]] int64_t b, [[maybe_unused]] int64_t h, "
    "[[maybe_unused]] int64_t hk, [[maybe_unused]] int64_t q, "
    "[[maybe_unused]] int64_t k";
constexpr StringRef kRow =
    "[[maybe_unused]] int64_t b, [[maybe_unused]] int64_t h, "
    "[[maybe_unused]] int64_t hk, [[maybe_unused]] int64_t q";
} // namespace

FailureOr<std::string> attc::emitCpuSource(SpecOp spec,
                                           const CpuSchedule &schedule) {
  std::string source;
  llvm::raw_string_ostream os(source);
  os << "// Generated by attc from spec '" << spec.getSymName()
     << "'. Do not edit.\n";
  for (const char *text : {kTemplateAbi, kTemplateTypes, kTemplateExpr,
                           kTemplateInterval, kTemplateCpuAttention})
    os << inlineTemplate(text);

  RegionPrinter printer(os, spec);
  Type dtype = spec.getDtype();
  Operation *norm = spec.getNormalizer();
  auto softmax = dyn_cast<SoftmaxOp>(norm);
  bool hasSink = softmax && !softmax.getSink().empty();
  StringRef normName = isa<SoftmaxOp>(norm)   ? "Softmax"
                       : isa<SigmoidOp>(norm) ? "Sigmoid"
                       : isa<ReluOp>(norm)    ? "Relu"
                                              : "None";
  os << "\nnamespace {\n";
  TileMapsInfo maps;
  if (!schedule.denseTiles)
    maps = emitTileMaps(os, spec, schedule.tileQ, schedule.tileK);
  os << "struct AttcVariant {\n";
  os << "  using elem_t = "
     << (dtype.isF32()   ? "float"
         : dtype.isF16() ? "attc::f16"
                         : "attc::bf16")
     << ";\n";
  os << "  static constexpr attc::Normalize kNorm = attc::Normalize::"
     << normName << ";\n";
  os << "  static constexpr bool kHasMask = "
     << (spec.getMaskOp() ? "true" : "false") << ";\n";
  os << "  static constexpr bool kHasSink = " << (hasSink ? "true" : "false")
     << ";\n";
  os << "  static constexpr bool kHasEpilogue = "
     << (spec.getEpilogueOp() ? "true" : "false") << ";\n";

  // scale
  os << "  static inline float scale([[maybe_unused]] const attc_launch &L) "
        "{\n";
  if (ScaleOp scale = spec.getScaleOp()) {
    if (failed(printer.print(scale.getBody(), {})))
      return failure();
  } else {
    os << "    return 1.0f / std::sqrt(float(L.D));\n";
  }
  os << "  }\n";

  // score
  os << "  static inline float score([[maybe_unused]] const attc_launch &L, "
        "float s, "
     << kPair << ") {\n";
  if (ScoreOp score = spec.getScoreOp()) {
    if (failed(printer.print(score.getBody(), {"s", "b", "h", "hk", "q", "k"})))
      return failure();
  } else {
    os << "    return s;\n";
  }
  os << "  }\n";

  // mask
  os << "  static inline bool mask([[maybe_unused]] const attc_launch &L, "
     << kPair << ") {\n";
  if (MaskOp mask = spec.getMaskOp()) {
    if (failed(printer.print(mask.getBody(), {"b", "h", "hk", "q", "k"})))
      return failure();
  } else {
    os << "    return true;\n";
  }
  os << "  }\n";

  // sink
  os << "  static inline float sink([[maybe_unused]] const attc_launch &L, "
     << kRow << ") {\n";
  if (hasSink) {
    if (failed(printer.print(softmax.getSink(), {"b", "h", "hk", "q"})))
      return failure();
  } else {
    os << "    return -std::numeric_limits<float>::infinity();\n";
  }
  os << "  }\n";

  // weight: the elementwise normalizers; softmax never calls it.
  os << "  static inline float weight([[maybe_unused]] const attc_launch &L, "
        "float sp, "
     << kPair << ") {\n";
  auto emitParam = [&](Region &region, StringRef fn,
                       StringRef dflt) -> LogicalResult {
    os << "    auto " << fn << " = [&]() -> float {\n";
    if (region.empty())
      os << "    return " << dflt << ";\n";
    else if (failed(printer.print(region, {"b", "h", "hk", "q", "k"})))
      return failure();
    os << "    };\n";
    return success();
  };
  if (auto sigmoid = dyn_cast<SigmoidOp>(norm)) {
    if (failed(emitParam(sigmoid.getBias(), "bias", "0.0f")))
      return failure();
    os << "    return 1.0f / (1.0f + std::exp(-(sp + bias())));\n";
  } else if (auto relu = dyn_cast<ReluOp>(norm)) {
    if (failed(emitParam(relu.getScale(), "factor", "1.0f")))
      return failure();
    os << "    const float x = sp > 0.0f ? sp : 0.0f;\n    float p = x;\n";
    for (int64_t i = 1; i < relu.getPower(); ++i)
      os << "    p *= x;\n";
    os << "    return factor() * p;\n";
  } else {
    os << "    return sp;\n";
  }
  os << "  }\n";

  // epilogue
  os << "  static inline float epilogue([[maybe_unused]] const attc_launch "
        "&L, float o, [[maybe_unused]] int64_t b, [[maybe_unused]] int64_t h, "
        "[[maybe_unused]] int64_t hk, [[maybe_unused]] int64_t q, "
        "[[maybe_unused]] int64_t d) {\n";
  if (EpilogueOp epilogue = spec.getEpilogueOp()) {
    if (failed(
            printer.print(epilogue.getBody(), {"o", "b", "h", "hk", "q", "d"})))
      return failure();
  } else {
    os << "    return o;\n";
  }
  os << "  }\n";
  if (!schedule.denseTiles && failed(emitTileClassifier(os, spec)))
    return failure();
  os << "};\n\n";

  // Entry points run `f` on the launch, with the block map attached when
  // the mask needs one.
  os << "template <class F> int with_block_map(const attc_launch *L, F f) {\n"
     << "  if (!L)\n    return ATTC_ERR_INVALID;\n";
  if (maps.needed)
    os << "  if (!attc::cpu::detail::valid_launch<AttcVariant>(*L, false))\n"
       << "    return ATTC_ERR_INVALID;\n"
       << "  AttcTileMaps maps;\n"
       << "  if (!maps.build(*L))\n    return ATTC_ERR_NOMEM;\n"
       << "  attc_launch launch = *L;\n  launch.block_map = &maps;\n"
       << "  return f(launch);\n}\n";
  else
    os << "  return f(*L);\n}\n";
  os << "} // namespace\n\n";
  std::string tiles =
      llvm::formatv("AttcVariant, {0}, {1}", schedule.tileQ, schedule.tileK);
  os << "extern \"C\" int attc_kernel_entry(const attc_launch *L) {\n"
     << "  return with_block_map(L, [](const attc_launch &l) {\n"
     << "    return attc::cpu::attention<" << tiles << ">(l);\n  });\n}\n";
  // Tile counts, for bench's visited-tile density.
  os << "extern \"C\" int attc_kernel_tile_stats(const attc_launch *L, "
        "int64_t *stats, char *grid) {\n"
     << "  return with_block_map(L, [&](const attc_launch &l) {\n"
     << "    return attc::cpu::tile_stats<" << tiles << ">(l, stats, grid);\n"
     << "  });\n}\n";
  // Kept pairs, for bench's FLOP count: the compiled mask over every pair.
  os << "extern \"C\" int64_t attc_kernel_count_kept(const attc_launch *L) "
        "{\n"
     << "  if (!AttcVariant::kHasMask)\n"
     << "    return L->B * L->Hq * L->Lq * L->Lk;\n"
     << "  const int64_t group = L->Hkv > 0 ? L->Hq / L->Hkv : 1;\n"
     << "  int64_t total = 0;\n"
     << "#pragma omp parallel for collapse(2) reduction(+ : total) "
        "schedule(dynamic)\n"
     << "  for (int64_t b = 0; b < L->B; ++b)\n"
     << "    for (int64_t h = 0; h < L->Hq; ++h)\n"
     << "      for (int64_t q = 0; q < L->Lq; ++q)\n"
     << "        for (int64_t k = 0; k < L->Lk; ++k)\n"
     << "          total += AttcVariant::mask(*L, b, h, h / group, q, k);\n"
     << "  return total;\n}\n";
  return source;
}
