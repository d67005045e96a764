//===- AttnOps.cpp - verifiers and helpers of the attn ops ----------------===//

#include "attc/DimNames.h"
#include "dialects/Attn/IR/AttnDialect.h"
#include "dialects/Attn/IR/AttnExprVisitor.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace attc::attn;

#include "dialects/Attn/IR/AttnInterfaces.cpp.inc"

#define GET_OP_CLASSES
#include "dialects/Attn/IR/AttnOps.cpp.inc"

/// Names a spec's consts and inputs may not take: the expression variables
/// and the dims.
static bool isReservedName(StringRef name) {
  static const char *const kVars[] = {"s", "b", "h",    "hk",    "q",  "k",
                                      "d", "o", "true", "false", "inf"};
  for (const char *var : kVars)
    if (name == var)
      return true;
  return DimsAttr::indexOf(name) >= 0;
}

/// Checks the block signature and the yielded type of a stage region.
static LogicalResult verifyStageRegion(Operation *op, Region &region,
                                       StringRef what,
                                       ArrayRef<StringRef> argNames,
                                       ArrayRef<Type> argTypes,
                                       Type resultType) {
  if (region.empty())
    return success();
  Block &block = region.front();
  if (block.getNumArguments() != argTypes.size()) {
    InFlightDiagnostic diag = op->emitOpError()
                              << what << " region takes " << argTypes.size()
                              << " arguments (";
    llvm::interleaveComma(argNames, diag);
    return diag << "), got " << block.getNumArguments();
  }
  for (auto [i, arg] : llvm::enumerate(block.getArguments()))
    if (arg.getType() != argTypes[i])
      return op->emitOpError()
             << what << " region argument '" << argNames[i] << "' must be "
             << argTypes[i] << ", got " << arg.getType();
  // An empty block or one without a terminator is an error, not a crash.
  auto yield = block.empty() ? YieldOp() : dyn_cast<YieldOp>(block.back());
  if (!yield)
    return op->emitOpError() << what << " region must end in attn.yield";
  if (yield.getValue().getType() != resultType)
    return op->emitOpError() << what << " region must yield " << resultType
                             << ", got " << yield.getValue().getType();
  // Only the expression language: every backend and the reference
  // implement exactly that list (AttnExprVisitor.h).
  for (Operation &inner : block.without_terminator())
    if (!isExprOp(&inner))
      return op->emitOpError() << what << " region: '" << inner.getName()
                               << "' is not an op of the expression language";
  return success();
}

namespace {
/// Argument lists of the stage regions, by name.
struct Signatures {
  Type f32, i64, i1;
  explicit Signatures(MLIRContext *ctx)
      : f32(floatType(ctx)), i64(intType(ctx)), i1(boolType(ctx)) {}
};
} // namespace

//===----------------------------------------------------------------------===//
// SpecOp
//===----------------------------------------------------------------------===//

template <typename OpT> static OpT findStage(SpecOp spec) {
  for (Operation &op : spec.getBodyBlock())
    if (auto stage = dyn_cast<OpT>(op))
      return stage;
  return nullptr;
}

ScaleOp SpecOp::getScaleOp() { return findStage<ScaleOp>(*this); }
ScoreOp SpecOp::getScoreOp() { return findStage<ScoreOp>(*this); }
MaskOp SpecOp::getMaskOp() { return findStage<MaskOp>(*this); }
EpilogueOp SpecOp::getEpilogueOp() { return findStage<EpilogueOp>(*this); }

static bool isNormalizer(Operation &op) {
  return isa<NormalizerOpInterface>(op);
}

Operation *SpecOp::getNormalizer() {
  for (Operation &op : getBodyBlock())
    if (isNormalizer(op))
      return &op;
  return nullptr;
}

SmallVector<InputOp> SpecOp::getInputs() {
  SmallVector<InputOp> inputs;
  for (Operation &op : getBodyBlock())
    if (auto input = dyn_cast<InputOp>(op))
      inputs.push_back(input);
  return inputs;
}

DerivativeOp SpecOp::getDerivative(StringRef stage) {
  for (Operation &op : getBodyBlock())
    if (auto derivative = dyn_cast<DerivativeOp>(op))
      if (derivative.getStage() == stage)
        return derivative;
  return nullptr;
}

bool SpecOp::hasOutput(StringRef name) {
  return llvm::any_of(getOutputs().getAsValueRange<StringAttr>(),
                      [&](StringRef out) { return out == name; });
}

LogicalResult SpecOp::verify() {
  Type dtype = getDtype();
  if (!dtype.isF32() && !dtype.isF16() && !dtype.isBF16())
    return emitOpError() << "dtype must be f32, f16 or bf16, got " << dtype;

  DimsAttr dims = getDims();
  int64_t hq = dims.get("Hq"), hkv = dims.get("Hkv");
  if (!ShapedType::isDynamic(hq) && !ShapedType::isDynamic(hkv) &&
      hq % hkv != 0)
    return emitOpError() << "Hq (" << hq << ") must be a multiple of Hkv ("
                         << hkv << ")";

  int64_t sizes[attc::kNumDims];
  for (unsigned i = 0; i < attc::kNumDims; ++i)
    sizes[i] =
        ShapedType::isDynamic(dims.getSizes()[i]) ? -1 : dims.getSizes()[i];
  if (std::string why = attc::oversizedTensorMessage(sizes); !why.empty())
    return emitOpError() << why;

  llvm::StringSet<> seenOutputs;
  for (StringRef out : getOutputs().getAsValueRange<StringAttr>()) {
    if (out != "o" && out != "lse" && out != "max")
      return emitOpError() << "unknown output '" << out
                           << "' (expected o, lse or max)";
    if (!seenOutputs.insert(out).second)
      return emitOpError() << "output '" << out << "' listed twice";
  }
  if (seenOutputs.empty())
    return emitOpError() << "at least one output is required";

  for (NamedAttribute c : getConsts()) {
    if (!isa<IntegerAttr, FloatAttr>(c.getValue()))
      return emitOpError() << "const '" << c.getName().getValue()
                           << "' must be an integer or a float";
    if (isReservedName(c.getName().getValue()))
      return emitOpError() << "const '" << c.getName().getValue()
                           << "' clashes with a variable or dim name";
  }

  llvm::StringSet<> seenStages, seenDerivatives;
  unsigned numNormalizers = 0;
  for (Operation &op : getBodyBlock()) {
    if (isa<InputOp>(op))
      continue;
    if (auto derivative = dyn_cast<DerivativeOp>(op)) {
      if (!seenDerivatives.insert(derivative.getStage()).second)
        return op.emitOpError() << "of '" << derivative.getStage()
                                << "' appears twice in one attn.spec";
      continue;
    }
    if (!isa<ScaleOp, ScoreOp, MaskOp, EpilogueOp>(op) && !isNormalizer(op))
      return op.emitOpError() << "is not allowed in an attn.spec body";
    if (isNormalizer(op)) {
      ++numNormalizers;
      continue;
    }
    if (!seenStages.insert(op.getName().getStringRef()).second)
      return op.emitOpError() << "appears twice in one attn.spec";
  }
  if (numNormalizers != 1)
    return emitOpError() << "expected exactly one normalizer (attn.softmax, "
                            "attn.sigmoid, attn.relu or attn.identity), found "
                         << numNormalizers;
  if (hasOutput("lse") && !isa<SoftmaxOp>(getNormalizer()))
    return emitOpError() << "output 'lse' requires the softmax normalizer";
  return success();
}

//===----------------------------------------------------------------------===//
// InputOp
//===----------------------------------------------------------------------===//

LogicalResult InputOp::verify() {
  Type elem = getElemType();
  if (!elem.isF32() && !elem.isF16() && !elem.isBF16() && !elem.isInteger(32) &&
      !elem.isInteger(64) && !elem.isInteger(1))
    return emitOpError() << "element type must be f32, f16, bf16, i32, i64 "
                            "or i1, got "
                         << elem;
  if (isReservedName(getSymName()))
    return emitOpError() << "input '" << getSymName()
                         << "' clashes with a variable or dim name";
  auto spec = (*this)->getParentOfType<SpecOp>();
  if (spec && spec.getConsts().get(getSymName()))
    return emitOpError() << "input '" << getSymName()
                         << "' clashes with a const of the same name";
  ArrayAttr shape = getShape();
  if (shape.empty() || shape.size() > 8)
    return emitOpError() << "input '" << getSymName()
                         << "' must have rank 1 to 8, got " << shape.size();
  for (Attribute dim : shape) {
    if (auto name = dyn_cast<StringAttr>(dim)) {
      if (DimsAttr::indexOf(name.getValue()) < 0)
        return emitOpError()
               << "shape of input '" << getSymName() << "' names unknown dim '"
               << name.getValue() << "'";
      continue;
    }
    auto size = dyn_cast<IntegerAttr>(dim);
    if (!size || size.getInt() <= 0)
      return emitOpError() << "shape of input '" << getSymName()
                           << "' must list dim names or positive integers";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Stage ops
//===----------------------------------------------------------------------===//

LogicalResult ScaleOp::verify() {
  Signatures t(getContext());
  return verifyStageRegion(*this, getBody(), "scale", {}, {}, t.f32);
}

LogicalResult ScoreOp::verify() {
  Signatures t(getContext());
  return verifyStageRegion(*this, getBody(), "score",
                           {"s", "b", "h", "hk", "q", "k"},
                           {t.f32, t.i64, t.i64, t.i64, t.i64, t.i64}, t.f32);
}

LogicalResult MaskOp::verify() {
  Signatures t(getContext());
  Block &block = getBody().front();
  if (block.getNumArguments() == 6 && block.getArgument(0).getType() == t.f32)
    return emitOpError() << "the mask cannot read the score 's'";
  return verifyStageRegion(*this, getBody(), "mask", {"b", "h", "hk", "q", "k"},
                           {t.i64, t.i64, t.i64, t.i64, t.i64}, t.i1);
}

LogicalResult EpilogueOp::verify() {
  Signatures t(getContext());
  return verifyStageRegion(*this, getBody(), "epilogue",
                           {"o", "b", "h", "hk", "q", "d"},
                           {t.f32, t.i64, t.i64, t.i64, t.i64, t.i64}, t.f32);
}

LogicalResult SoftmaxOp::verify() {
  Signatures t(getContext());
  return verifyStageRegion(*this, getSink(), "sink", {"b", "h", "hk", "q"},
                           {t.i64, t.i64, t.i64, t.i64}, t.f32);
}

LogicalResult SigmoidOp::verify() {
  Signatures t(getContext());
  return verifyStageRegion(*this, getBias(), "bias", {"b", "h", "hk", "q", "k"},
                           {t.i64, t.i64, t.i64, t.i64, t.i64}, t.f32);
}

LogicalResult ReluOp::verify() {
  Signatures t(getContext());
  return verifyStageRegion(*this, getScale(), "scale",
                           {"b", "h", "hk", "q", "k"},
                           {t.i64, t.i64, t.i64, t.i64, t.i64}, t.f32);
}

LogicalResult IdentityOp::verify() { return success(); }

ArrayRef<StringRef> DerivativeOp::stageArgs(StringRef stage) {
  static constexpr StringRef kScore[] = {"s", "b", "h", "hk", "q", "k"};
  static constexpr StringRef kEpilogue[] = {"o", "b", "h", "hk", "q", "d"};
  static constexpr StringRef kSink[] = {"b", "h", "hk", "q"};
  static constexpr StringRef kParam[] = {"b", "h", "hk", "q", "k"};
  if (stage == "score")
    return kScore;
  if (stage == "epilogue")
    return kEpilogue;
  if (stage == "sink")
    return kSink;
  if (stage == "norm_param")
    return kParam;
  return {};
}

LogicalResult DerivativeOp::verify() {
  ArrayRef<StringRef> args = stageArgs(getStage());
  if (args.empty())
    return emitOpError() << "unknown stage '" << getStage()
                         << "' (expected score, epilogue, sink or norm_param)";
  Signatures t(getContext());
  SmallVector<StringRef> names = {"g"};
  SmallVector<Type> types = {t.f32};
  for (StringRef arg : args) {
    names.push_back(arg);
    types.push_back(arg == "s" || arg == "o" ? t.f32 : t.i64);
  }
  Block &block = getBody().front();
  if (block.getNumArguments() != types.size())
    return emitOpError() << "derivative of '" << getStage() << "' takes "
                         << types.size() << " arguments, got "
                         << block.getNumArguments();
  for (auto [i, arg] : llvm::enumerate(block.getArguments()))
    if (arg.getType() != types[i])
      return emitOpError() << "argument '" << names[i] << "' must be "
                           << types[i] << ", got " << arg.getType();
  auto yield = block.empty() ? YieldOp() : dyn_cast<YieldOp>(block.back());
  if (!yield || yield.getValue().getType() != t.f32)
    return emitOpError() << "region must end in attn.yield of an f32";
  for (Operation &inner : block.without_terminator())
    if (!isExprOp(&inner) && !isa<AccumulateOp>(inner))
      return emitOpError() << "region: '" << inner.getName()
                           << "' is not an op of the expression language";
  return success();
}

//===----------------------------------------------------------------------===//
// Block argument names: print %s, %b, %q, ... instead of %arg0, ...
//===----------------------------------------------------------------------===//

static void nameArgs(Region &region, ArrayRef<StringRef> names,
                     OpAsmSetValueNameFn setName) {
  if (region.empty())
    return;
  for (auto [arg, name] : llvm::zip(region.front().getArguments(), names))
    setName(arg, name);
}

static constexpr StringRef kPairArgs[] = {"b", "h", "hk", "q", "k"};

void ScaleOp::getAsmBlockArgumentNames(Region &, OpAsmSetValueNameFn) {}
void ScoreOp::getAsmBlockArgumentNames(Region &region,
                                       OpAsmSetValueNameFn setName) {
  nameArgs(region, {"s", "b", "h", "hk", "q", "k"}, setName);
}
void MaskOp::getAsmBlockArgumentNames(Region &region,
                                      OpAsmSetValueNameFn setName) {
  nameArgs(region, kPairArgs, setName);
}
void EpilogueOp::getAsmBlockArgumentNames(Region &region,
                                          OpAsmSetValueNameFn setName) {
  nameArgs(region, {"o", "b", "h", "hk", "q", "d"}, setName);
}
void SoftmaxOp::getAsmBlockArgumentNames(Region &region,
                                         OpAsmSetValueNameFn setName) {
  nameArgs(region, {"b", "h", "hk", "q"}, setName);
}
void SigmoidOp::getAsmBlockArgumentNames(Region &region,
                                         OpAsmSetValueNameFn setName) {
  nameArgs(region, kPairArgs, setName);
}
void ReluOp::getAsmBlockArgumentNames(Region &region,
                                      OpAsmSetValueNameFn setName) {
  nameArgs(region, kPairArgs, setName);
}
void IdentityOp::getAsmBlockArgumentNames(Region &, OpAsmSetValueNameFn) {}
void DerivativeOp::getAsmBlockArgumentNames(Region &region,
                                            OpAsmSetValueNameFn setName) {
  SmallVector<StringRef> names = {"g"};
  llvm::append_range(names, stageArgs(getStage()));
  nameArgs(region, names, setName);
}

//===----------------------------------------------------------------------===//
// Leaves
//===----------------------------------------------------------------------===//

LogicalResult LoadOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  auto input =
      symbolTable.lookupNearestSymbolFrom<InputOp>(*this, getInputAttr());
  if (!input)
    return emitOpError() << "'" << getInput()
                         << "' does not name an attn.input of the spec";
  size_t rank = input.getShape().size();
  if (getIndices().size() != rank)
    return emitOpError() << "input '" << getInput() << "' has rank " << rank
                         << " but is indexed with " << getIndices().size()
                         << " indices";
  Type expected = loadedType(input.getElemType());
  if (getType() != expected)
    return emitOpError() << "input '" << getInput() << "' of element type "
                         << input.getElemType() << " loads as " << expected
                         << ", not " << getType();
  return success();
}

LogicalResult
AccumulateOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  auto input =
      symbolTable.lookupNearestSymbolFrom<InputOp>(*this, getInputAttr());
  if (!input)
    return emitOpError() << "'" << getInput()
                         << "' does not name an attn.input of the spec";
  if (!isa<FloatType>(input.getElemType()))
    return emitOpError() << "input '" << getInput()
                         << "' is not a float input and has no gradient";
  if (getIndices().size() != input.getShape().size())
    return emitOpError() << "input '" << getInput() << "' has rank "
                         << input.getShape().size() << " but is indexed with "
                         << getIndices().size() << " indices";
  return success();
}

LogicalResult DimOp::verify() {
  if (DimsAttr::indexOf(getName()) < 0)
    return emitOpError() << "unknown dim '" << getName()
                         << "' (expected B, Hq, Hkv, Lq, Lk, D or Dv)";
  return success();
}

LogicalResult ConstOp::verify() {
  auto spec = (*this)->getParentOfType<SpecOp>();
  if (!spec)
    return emitOpError() << "must be inside an attn.spec";
  Attribute value = spec.getConsts().get(getName());
  if (!value)
    return emitOpError() << "unknown const '" << getName() << "'";
  Type expected =
      isa<FloatAttr>(value) ? floatType(getContext()) : intType(getContext());
  if (getType() != expected)
    return emitOpError() << "const '" << getName() << "' has type " << expected
                         << ", not " << getType();
  return success();
}

//===----------------------------------------------------------------------===//
// NormalizerOpInterface
//===----------------------------------------------------------------------===//

SmallVector<StringRef> SoftmaxOp::getRowState() {
  return {"acc", "max", "sum"};
}
bool SoftmaxOp::keepsRowStatistics() { return true; }
MergeRule SoftmaxOp::getMergeRule() { return MergeRule::logsumexp; }
std::string SoftmaxOp::getTemplateName() { return "attc::norm::Softmax"; }
Region *SoftmaxOp::getParamRegion() { return &getSink(); }
StringRef SoftmaxOp::getParamHook() { return "sink"; }

SmallVector<StringRef> SigmoidOp::getRowState() { return {"acc"}; }
bool SigmoidOp::keepsRowStatistics() { return false; }
MergeRule SigmoidOp::getMergeRule() { return MergeRule::sum; }
std::string SigmoidOp::getTemplateName() { return "attc::norm::Sigmoid"; }
Region *SigmoidOp::getParamRegion() { return &getBias(); }
StringRef SigmoidOp::getParamHook() { return "norm_param"; }

SmallVector<StringRef> ReluOp::getRowState() { return {"acc"}; }
bool ReluOp::keepsRowStatistics() { return false; }
MergeRule ReluOp::getMergeRule() { return MergeRule::sum; }
std::string ReluOp::getTemplateName() {
  return "attc::norm::Relu<" + std::to_string(getPower()) + ">";
}
Region *ReluOp::getParamRegion() { return &getScale(); }
StringRef ReluOp::getParamHook() { return "norm_param"; }

SmallVector<StringRef> IdentityOp::getRowState() { return {"acc"}; }
bool IdentityOp::keepsRowStatistics() { return false; }
MergeRule IdentityOp::getMergeRule() { return MergeRule::sum; }
std::string IdentityOp::getTemplateName() { return "attc::norm::Identity"; }
Region *IdentityOp::getParamRegion() { return nullptr; }
StringRef IdentityOp::getParamHook() { return ""; }
