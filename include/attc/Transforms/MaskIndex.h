//===- MaskIndex.h - which mask values index a tile -------------*- C++ -*-===//
//
// Shared by attn-tile-sparsity (which loads a block map can bound) and the
// code generators that build and read those block maps, so both agree.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_TRANSFORMS_MASKINDEX_H
#define ATTC_TRANSFORMS_MASKINDEX_H

#include "dialects/Attn/IR/AttnDialect.h"
#include "mlir/IR/Matchers.h"

#include <optional>

namespace attc {

/// The mask stage's block arguments, in order.
enum MaskArg { kArgB, kArgH, kArgHk, kArgQ, kArgK };

/// The mask block argument `v` is (a MaskArg), or -1.
inline int maskArgIndex(mlir::Value v) {
  auto arg = mlir::dyn_cast<mlir::BlockArgument>(v);
  return arg && mlir::isa<attn::MaskOp>(arg.getOwner()->getParentOp())
             ? int(arg.getArgNumber())
             : -1;
}

/// Where a load reads along a tile: axis `axis` indexed by q (byQ) or k.
struct TiledLoad {
  unsigned axis;
  bool byQ;
};

/// The tiled axis of a load a block map can bound: an integer or bool input
/// indexed by exactly one of q and k, its other indices being b, h, hk,
/// constants or dims (points over a tile), so the per-tile minimum and
/// maximum of the input bound the load. nullopt for any other load.
inline std::optional<TiledLoad> tiledLoad(attn::LoadOp load) {
  if (mlir::isa<mlir::FloatType>(load.getType()))
    return std::nullopt;
  std::optional<TiledLoad> tiled;
  for (auto [axis, index] : llvm::enumerate(load.getIndices())) {
    int arg = maskArgIndex(index);
    if (arg == kArgQ || arg == kArgK) {
      if (tiled)
        return std::nullopt;
      tiled = TiledLoad{unsigned(axis), arg == kArgQ};
    } else if (arg < 0 && !mlir::matchPattern(index, mlir::m_Constant()) &&
               !index.getDefiningOp<attn::DimOp>()) {
      return std::nullopt;
    }
  }
  return tiled;
}

} // namespace attc

#endif // ATTC_TRANSFORMS_MASKINDEX_H
