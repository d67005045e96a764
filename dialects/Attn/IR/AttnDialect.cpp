//===- AttnDialect.cpp - attn dialect registration and attributes ---------===//

#include "dialects/Attn/IR/AttnDialect.h"
#include "attc/DimNames.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace attc::attn;

#include "dialects/Attn/IR/AttnDialect.cpp.inc"
#include "dialects/Attn/IR/AttnEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "dialects/Attn/IR/AttnAttrs.cpp.inc"

void AttnDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "dialects/Attn/IR/AttnAttrs.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "dialects/Attn/IR/AttnOps.cpp.inc"
      >();
}

Type attc::attn::loadedType(Type elem) {
  if (isa<FloatType>(elem))
    return floatType(elem.getContext());
  if (elem.isInteger(1))
    return boolType(elem.getContext());
  return intType(elem.getContext());
}

//===----------------------------------------------------------------------===//
// DimsAttr
//===----------------------------------------------------------------------===//

ArrayRef<const char *> DimsAttr::names() { return attc::kDimNames; }

int DimsAttr::indexOf(StringRef name) {
  auto all = names();
  for (unsigned i = 0; i < all.size(); ++i)
    if (all[i] == name)
      return i;
  return -1;
}

int64_t DimsAttr::get(StringRef name) const {
  int idx = indexOf(name);
  assert(idx >= 0 && "unknown dim name");
  return getSizes()[idx];
}

bool DimsAttr::isDynamic(StringRef name) const {
  return ShapedType::isDynamic(get(name));
}

LogicalResult DimsAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               ArrayRef<int64_t> sizes) {
  if (sizes.size() != kNumDims)
    return emitError() << "expected " << kNumDims << " dims, got "
                       << sizes.size();
  for (unsigned i = 0; i < kNumDims; ++i)
    if (!ShapedType::isDynamic(sizes[i]) && sizes[i] <= 0)
      return emitError() << "dim " << names()[i]
                         << " must be positive or '?', got " << sizes[i];
  return success();
}

Attribute DimsAttr::parse(AsmParser &parser, Type) {
  SmallVector<int64_t> sizes(kNumDims, ShapedType::kDynamic);
  SmallVector<bool> seen(kNumDims, false);
  if (parser.parseLess())
    return {};
  auto parseOne = [&]() -> ParseResult {
    StringRef name;
    SMLoc loc = parser.getCurrentLocation();
    if (parser.parseKeyword(&name) || parser.parseEqual())
      return failure();
    int idx = indexOf(name);
    if (idx < 0)
      return parser.emitError(loc, "unknown dim '") << name << "'";
    if (seen[idx])
      return parser.emitError(loc, "dim '") << name << "' given twice";
    seen[idx] = true;
    if (succeeded(parser.parseOptionalQuestion()))
      return success();
    return parser.parseInteger(sizes[idx]);
  };
  if (parser.parseCommaSeparatedList(parseOne) || parser.parseGreater())
    return {};
  return parser.getChecked<DimsAttr>(parser.getContext(), sizes);
}

void DimsAttr::print(AsmPrinter &printer) const {
  printer << '<';
  llvm::interleaveComma(llvm::seq<unsigned>(0, kNumDims), printer,
                        [&](unsigned i) {
                          printer << names()[i] << " = ";
                          if (ShapedType::isDynamic(getSizes()[i]))
                            printer << '?';
                          else
                            printer << getSizes()[i];
                        });
  printer << '>';
}

//===----------------------------------------------------------------------===//
// BlockMapAttr and ScheduleAttr
//===----------------------------------------------------------------------===//

/// Parses `name = ` (the key must come in this order).
static ParseResult parseKey(AsmParser &parser, StringRef name) {
  return failure(parser.parseKeyword(name) || parser.parseEqual());
}

static ParseResult parseBool(AsmParser &parser, bool &value) {
  SMLoc loc = parser.getCurrentLocation();
  StringRef word;
  if (parser.parseKeyword(&word))
    return failure();
  if (word != "true" && word != "false")
    return parser.emitError(loc, "expected true or false");
  value = word == "true";
  return success();
}

Attribute BlockMapAttr::parse(AsmParser &parser, Type) {
  std::string input;
  unsigned axis = 0;
  StringRef by;
  SMLoc byLoc;
  if (parser.parseLess() || parseKey(parser, "input") ||
      parser.parseString(&input) || parser.parseComma() ||
      parseKey(parser, "axis") || parser.parseInteger(axis) ||
      parser.parseComma() || parseKey(parser, "by"))
    return {};
  byLoc = parser.getCurrentLocation();
  if (parser.parseKeyword(&by) || parser.parseGreater())
    return {};
  if (by != "q" && by != "k") {
    parser.emitError(byLoc, "expected 'q' or 'k'");
    return {};
  }
  return BlockMapAttr::get(parser.getContext(),
                           StringAttr::get(parser.getContext(), input), axis,
                           by == "q");
}

void BlockMapAttr::print(AsmPrinter &printer) const {
  printer << "<input = \"" << getInput().getValue()
          << "\", axis = " << getAxis()
          << ", by = " << (getByQuery() ? "q" : "k") << ">";
}

LogicalResult ScheduleAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   StringAttr target, int64_t tileQ,
                                   int64_t tileK, int64_t kvSplits,
                                   int64_t headsPerTask, bool) {
  if (!target || target.getValue().empty())
    return emitError() << "schedule needs a target";
  if (tileQ < 1 || tileQ > 512 || tileK < 1 || tileK > 512)
    return emitError() << "tile sizes must be between 1 and 512, got tile_q = "
                       << tileQ << ", tile_k = " << tileK;
  if (kvSplits < 1)
    return emitError() << "kv_splits must be positive, got " << kvSplits;
  if (headsPerTask < 0)
    return emitError() << "heads_per_task must be 0 (at launch) or "
                          "positive, got "
                       << headsPerTask;
  return success();
}

Attribute ScheduleAttr::parse(AsmParser &parser, Type) {
  std::string target;
  int64_t tileQ = 0, tileK = 0, kvSplits = 0, headsPerTask = 0;
  bool dense = false;
  if (parser.parseLess() || parseKey(parser, "target") ||
      parser.parseString(&target) || parser.parseComma() ||
      parseKey(parser, "tile_q") || parser.parseInteger(tileQ) ||
      parser.parseComma() || parseKey(parser, "tile_k") ||
      parser.parseInteger(tileK) || parser.parseComma() ||
      parseKey(parser, "kv_splits") || parser.parseInteger(kvSplits) ||
      parser.parseComma() || parseKey(parser, "heads_per_task") ||
      parser.parseInteger(headsPerTask) || parser.parseComma() ||
      parseKey(parser, "dense_tiles") || parseBool(parser, dense) ||
      parser.parseGreater())
    return {};
  return parser.getChecked<ScheduleAttr>(
      parser.getContext(), StringAttr::get(parser.getContext(), target), tileQ,
      tileK, kvSplits, headsPerTask, dense);
}

void ScheduleAttr::print(AsmPrinter &printer) const {
  printer << "<target = \"" << getTarget().getValue()
          << "\", tile_q = " << getTileQ() << ", tile_k = " << getTileK()
          << ", kv_splits = " << getKvSplits()
          << ", heads_per_task = " << getHeadsPerTask()
          << ", dense_tiles = " << (getDenseTiles() ? "true" : "false") << ">";
}
