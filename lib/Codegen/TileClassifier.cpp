//===- TileClassifier.cpp - C++ tile classifiers from #attn.sparsity ------===//
//
// The mask region printed a second time, over attc::iv intervals instead of
// values: q and k range over a tile, everything else is a point. Which
// attc::iv function bounds each op comes from IntervalRules.h, the table
// attn-tile-sparsity decides with; loads it recorded in `block_maps` read
// the block map's per-tile bounds, and every op the table does not bound
// yields the whole range, which keeps the classification sound.
//
//===----------------------------------------------------------------------===//

#include "attc/Codegen/TileClassifier.h"
#include "attc/Transforms/IntervalRules.h"
#include "attc/Transforms/MaskIndex.h"

#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
SparsityAttr sparsityOf(SpecOp spec) {
  return spec->getAttrOfType<SparsityAttr>("attn.sparsity");
}

/// The block-map tables of a `data` mask (attn.sparsity's `block_maps`)
/// and which table each bounded load reads.
struct Tables {
  SmallVector<BlockMapAttr> tables;
  llvm::DenseMap<Operation *, unsigned> ofLoad;
};

Tables collectTables(SpecOp spec) {
  Tables result;
  SparsityAttr sparsity = sparsityOf(spec);
  MaskOp mask = spec.getMaskOp();
  if (!sparsity || sparsity.getKind() != SparsityKind::data || !mask)
    return result;
  result.tables.assign(sparsity.getBlockMaps().begin(),
                       sparsity.getBlockMaps().end());
  mask.walk([&](LoadOp load) {
    std::optional<TiledLoad> tiled = tiledLoad(load);
    if (!tiled)
      return;
    for (auto [i, t] : llvm::enumerate(result.tables))
      if (t.getInput() == load.getInputAttr().getAttr() &&
          t.getAxis() == tiled->axis && t.getByQuery() == tiled->byQ)
        result.ofLoad[load] = i;
  });
  return result;
}

/// Prints the mask region over intervals.
class IntervalPrinter {
public:
  IntervalPrinter(llvm::raw_ostream &os, const Tables &tables)
      : os(os), tables(tables) {}

  void print(Block &block) {
    static const char *const kArgs[] = {"ab", "ah", "ahk", "aq", "ak"};
    for (auto [arg, name] : llvm::zip(block.getArguments(), kArgs))
      names[arg] = name;
    for (Operation &op : block)
      printOp(op);
  }

private:
  std::string name(Value v) { return names.lookup(v); }

  void define(Operation &op, const Twine &expr) {
    std::string n = "t" + std::to_string(next++);
    names[op.getResult(0)] = n;
    os << "    const auto " << n << " = " << expr << ";\n";
  }
  void call(Operation &op, StringRef fn) {
    std::string args;
    for (Value operand : op.getOperands())
      args += (args.empty() ? "" : ", ") + name(operand);
    define(op, "attc::iv::" + fn + "(" + args + ")");
  }
  /// The whole range of an op's result type.
  void unknown(Operation &op) {
    Type type = op.getResult(0).getType();
    define(op, type.isInteger(1)    ? "attc::iv::maybe()"
               : type.isInteger(64) ? "attc::iv::top()"
                                    : "attc::iv::F{}");
  }

  /// A point operand of a block-map lookup, as a plain int64_t.
  std::string pointIndex(Value index) {
    switch (maskArgIndex(index)) {
    case kArgB:
      return "b";
    case kArgH:
      return "h";
    case kArgHk:
      return "hk";
    case kArgQ:
      return "q0";
    case kArgK:
      return "k0";
    default:
      return name(index) + ".lo";
    }
  }

  /// A point known at launch (IntervalRule::Kind::Point), as C++.
  static std::string pointValue(Operation &op) {
    Attribute value;
    if (auto c = dyn_cast<arith::ConstantOp>(op))
      value = c.getValue();
    else if (auto c = dyn_cast<ConstOp>(op))
      value = op.getParentOfType<SpecOp>().getConsts().get(c.getName());
    else
      return "L." + cast<DimOp>(op).getName().str();
    int64_t i = cast<IntegerAttr>(value).getInt();
    return "int64_t(" + std::to_string(i) + "LL)";
  }

  void printOp(Operation &op) {
    if (auto yield = dyn_cast<YieldOp>(op)) {
      os << "    const attc::iv::B r = " << name(yield.getValue()) << ";\n"
         << "    return !r.t ? attc::kTileEmpty : !r.f ? attc::kTileFull : "
            "attc::kTilePartial;\n";
      return;
    }
    if (op.getNumResults() != 1)
      return unknown(op);
    IntervalRule rule = intervalRule(&op);
    switch (rule.kind) {
    case IntervalRule::Kind::Unbounded:
      return unknown(op);
    case IntervalRule::Kind::Point:
      if (op.getResult(0).getType().isInteger(1))
        return define(
            op, Twine("attc::iv::known(") +
                    (cast<IntegerAttr>(cast<arith::ConstantOp>(op).getValue())
                             .getInt()
                         ? "true"
                         : "false") +
                    ")");
      return define(op, "attc::iv::point(" + pointValue(op) + ")");
    case IntervalRule::Kind::Load:
      return printLoad(cast<LoadOp>(op));
    case IntervalRule::Kind::Call:
      return call(op, rule.fn);
    }
  }

  void printLoad(LoadOp load) {
    auto it = tables.ofLoad.find(load);
    if (it == tables.ofLoad.end())
      return unknown(*load);
    BlockMapAttr table = tables.tables[it->second];
    std::string ix;
    for (Value index : load.getIndices())
      ix += (ix.empty() ? "" : ", ") + pointIndex(index);
    std::string lookup = llvm::formatv(
        "[&] {{ const int64_t ix[] = {{{0}}; return M ? "
        "M->t[{1}].at<{3}>(ix, {2}) : attc::iv::top(); }()",
        ix, it->second, table.getByQuery() ? "q1" : "k1", table.getAxis());
    define(*load, load.getType().isInteger(1)
                      ? "attc::iv::truth(" + lookup + ")"
                      : lookup);
  }

  llvm::raw_ostream &os;
  const Tables &tables;
  llvm::DenseMap<Value, std::string> names;
  unsigned next = 0;
};

/// An affine expression over d0 = `q` and the dims as C++.
std::string affineToCpp(AffineExpr e, StringRef q) {
  if (auto c = dyn_cast<AffineConstantExpr>(e))
    return "int64_t(" + std::to_string(c.getValue()) + "LL)";
  if (isa<AffineDimExpr>(e))
    return q.str();
  if (auto s = dyn_cast<AffineSymbolExpr>(e))
    return std::string("L.") + DimsAttr::names()[s.getPosition()];
  auto bin = cast<AffineBinaryOpExpr>(e);
  std::string l = affineToCpp(bin.getLHS(), q);
  std::string r = affineToCpp(bin.getRHS(), q);
  switch (bin.getKind()) {
  case AffineExprKind::Add:
    return "(" + l + " + " + r + ")";
  case AffineExprKind::Mul:
    return "(" + l + " * " + r + ")";
  case AffineExprKind::FloorDiv:
    return "attc::iv::floordiv(" + l + ", " + r + ")";
  case AffineExprKind::CeilDiv:
    return "attc::iv::ceildiv(" + l + ", " + r + ")";
  default:
    return "attc::iv::mod(" + l + ", " + r + ")";
  }
}
} // namespace

TileMapsInfo attc::emitTileMaps(llvm::raw_ostream &os, SpecOp spec, int tileQ,
                                int tileK, bool device) {
  Tables tables = collectTables(spec);
  TileMapsInfo info;
  if (tables.tables.empty())
    return info;
  info.needed = true;
  llvm::StringMap<unsigned> inputIndex;
  for (auto [i, input] : llvm::enumerate(spec.getInputs()))
    inputIndex[input.getSymName()] = i;
  size_t n = tables.tables.size();
  // What each table bounds, for the GPU block-map kernel and runtimes.
  std::string list;
  for (auto [i, table] : llvm::enumerate(tables.tables)) {
    info.tables.push_back({int(inputIndex.lookup(table.getInput().getValue())),
                           int(table.getAxis()), table.getByQuery()});
    const TileMapsInfo::Table &t = info.tables.back();
    list += llvm::formatv("{0}attc::iv::MapTable{{{1}, {2}, {3}}",
                          i + 1 < n ? "i == " + std::to_string(i) + " ? " : "",
                          t.input, t.axis, t.byQuery ? 1 : 0);
    if (i + 1 < n)
      list += " : ";
  }
  os << "// Block map: per-tile bounds of the inputs the mask loads.\n"
     << "struct AttcTileMaps {\n"
     << "  static constexpr int kTables = " << n << ";\n"
     << "  // Table i: {input, axis, tiled by the query tile}.\n"
     << "  ATTC_HD static constexpr attc::iv::MapTable table(int i) {\n"
     << "    return " << list << ";\n  }\n";
  if (device) {
    // Built on the device (attc::gpu::build_block_map) into one buffer.
    os << "  attc::iv::TileBounds t[" << n << "];\n};\n\n";
    return info;
  }
  os << "  attc::iv::TileTable t[" << n << "];\n"
     << "  bool build(const attc_launch &L) {\n";
  for (auto [i, t] : llvm::enumerate(info.tables))
    os << "    if (L.num_inputs > " << t.input << " && !t[" << i
       << "].build(L.inputs[" << t.input << "], " << t.axis << ", "
       << (t.byQuery ? tileQ : tileK) << "))\n      return false;\n";
  os << "    return true;\n  }\n};\n\n";
  return info;
}

LogicalResult attc::emitTileClassifier(llvm::raw_ostream &os, SpecOp spec,
                                       const TargetDialect &target) {
  SparsityAttr sparsity = sparsityOf(spec);
  if (!sparsity)
    return success();
  MaskOp mask = spec.getMaskOp();
  bool classify = mask && (sparsity.getKind() == SparsityKind::static_ ||
                           sparsity.getKind() == SparsityKind::data);
  if (classify) {
    Tables tables = target.blockMaps ? collectTables(spec) : Tables();
    os << "  template <class P>\n  " << target.hookPrefix
       << " int tile_class(const P &L, int64_t b, int64_t h, int64_t q0, "
          "int64_t q1, int64_t k0, int64_t k1) {\n"
       << "    const int64_t hk = h / (L.Hq / L.Hkv);\n";
    if (!tables.tables.empty())
      os << "    const AttcTileMaps *M = static_cast<const AttcTileMaps "
            "*>(L.block_map);\n";
    os << "    [[maybe_unused]] const attc::iv::I ab = attc::iv::point(b), "
          "ah = attc::iv::point(h), ahk = attc::iv::point(hk), aq = "
          "attc::iv::range(q0, q1 - 1), ak = attc::iv::range(k0, k1 - 1);\n";
    IntervalPrinter(os, tables).print(mask.getBody().front());
    os << "  }\n";
  }
  AffineMap lower = sparsity.getKeyLower(), upper = sparsity.getKeyUpper();
  if (mask && (lower || upper)) {
    // Each bound is linear in q: its extremes over the tile are at the ends.
    os << "  template <class P>\n  " << target.hookPrefix
       << " void key_range([[maybe_unused]] const P &L, int64_t q0, int64_t "
          "q1, int64_t &lo, int64_t &hi) {\n"
       << "    const int64_t qa = q0, qb = q1 - 1;\n";
    if (lower)
      for (AffineExpr e : lower.getResults())
        os << "    { const int64_t x = " << affineToCpp(e, "qa")
           << ", y = " << affineToCpp(e, "qb")
           << "; const int64_t m = x < y ? x : y; if (m > lo) lo = m; }\n";
    if (upper)
      for (AffineExpr e : upper.getResults())
        os << "    { const int64_t x = " << affineToCpp(e, "qa")
           << ", y = " << affineToCpp(e, "qb")
           << "; const int64_t m = x > y ? x : y; if (m < hi) hi = m; }\n";
    os << "  }\n";
  }
  return success();
}
