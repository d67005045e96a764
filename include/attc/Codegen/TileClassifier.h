//===- TileClassifier.h - tile classifiers from #attn.sparsity --*- C++ -*-===//

#ifndef ATTC_CODEGEN_TILECLASSIFIER_H
#define ATTC_CODEGEN_TILECLASSIFIER_H

#include "attc/Codegen/TargetDialect.h"
#include "dialects/Attn/IR/AttnDialect.h"

#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace attc {

/// What emitTileMaps wrote, for the entry points.
struct TileMapsInfo {
  /// The spec needs a block map (kind = data) built before each launch.
  bool needed = false;
  /// Its tables: the extra input (index) each bounds, along which axis,
  /// tiled by the query tile or the key tile.
  struct Table {
    int input, axis;
    bool byQuery;
  };
  std::vector<Table> tables;
};

/// Emits `struct AttcTileMaps`: per-tile bounds of the inputs a `data` mask
/// loads (the tables of attn.sparsity's `block_maps`), built from a launch
/// (tiles of `tileQ` queries / `tileK` keys). Emits nothing for other
/// kinds. Target-independent C++ over attc_interval.h. `device`: the GPU
/// flavour, whose tables a generated kernel builds in device memory (no
/// host build()).
TileMapsInfo emitTileMaps(llvm::raw_ostream &os, attn::SpecOp spec, int tileQ,
                          int tileK, bool device = false);

/// Emits the variant hooks `tile_class` (the mask region evaluated over a
/// tile with interval arithmetic) and `key_range` (the closed-form key
/// bounds) that the spec's `attn.sparsity` attribute allows; nothing for a
/// dense or opaque spec without key bounds.
mlir::LogicalResult emitTileClassifier(llvm::raw_ostream &os, attn::SpecOp spec,
                                       const TargetDialect &target);

} // namespace attc

#endif // ATTC_CODEGEN_TILECLASSIFIER_H
