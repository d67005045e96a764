//===- AttnDialect.cpp - attn dialect registration and attributes ---------===//

#include "dialects/Attn/IR/AttnDialect.h"

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

ArrayRef<llvm::StringLiteral> DimsAttr::names() {
  static const llvm::StringLiteral kNames[] = {"B",  "Hq", "Hkv", "Lq",
                                               "Lk", "D",  "Dv"};
  return kNames;
}

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
