//===- AttnAttrs.td - attributes of the attn dialect --------*- tablegen -*-===//

#ifndef ATTN_ATTRS_TD
#define ATTN_ATTRS_TD

include "AttnDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def Attn_LayoutBHSD : I32EnumAttrCase<"bhsd", 0>;
def Attn_LayoutBSHD : I32EnumAttrCase<"bshd", 1>;
def Attn_Layout : I32EnumAttr<"Layout", "memory layout of q, k, v and o",
                              [Attn_LayoutBHSD, Attn_LayoutBSHD]> {
  let cppNamespace = "::attc::attn";
  let genSpecializedAttr = 0;
}
def Attn_LayoutAttr : EnumAttr<Attn_Dialect, Attn_Layout, "layout"> {
  let assemblyFormat = "`<` $value `>`";
}

def Attn_DimsAttr : AttrDef<Attn_Dialect, "Dims"> {
  let mnemonic = "dims";
  let summary = "sizes of B, Hq, Hkv, Lq, Lk, D and Dv; `?` is dynamic";
  let description = [{
    Printed as `#attn.dims<B = ?, Hq = 8, Hkv = 2, Lq = ?, Lk = ?, D = 128,
    Dv = 128>`. A dynamic size is `ShapedType::kDynamic` in `sizes`.
  }];
  let parameters = (ins ArrayRefParameter<"int64_t">:$sizes);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Number of dims and their names, in storage order.
    static constexpr unsigned kNumDims = 7;
    static llvm::ArrayRef<const char *> names();
    /// Index of `name` in names(), or -1.
    static int indexOf(llvm::StringRef name);
    int64_t get(llvm::StringRef name) const;
    bool isDynamic(llvm::StringRef name) const;
  }];
}

def Attn_SparsityDense : I32EnumAttrCase<"dense", 0>;
def Attn_SparsityStatic : I32EnumAttrCase<"static_", 1, "static">;
def Attn_SparsityData : I32EnumAttrCase<"data", 2>;
def Attn_SparsityOpaque : I32EnumAttrCase<"opaque", 3>;
def Attn_SparsityKind : I32EnumAttr<"SparsityKind",
    "how tiles of (queries x keys) are classified",
    [Attn_SparsityDense, Attn_SparsityStatic, Attn_SparsityData,
     Attn_SparsityOpaque]> {
  let cppNamespace = "::attc::attn";
  let genSpecializedAttr = 0;
}

def Attn_SparsityAttr : AttrDef<Attn_Dialect, "Sparsity"> {
  let mnemonic = "sparsity";
  let summary = "block sparsity of a spec's mask, from attn-tile-sparsity";
  let description = [{
    What a backend may skip, for any tile sizes:

    * `kind = dense`: nothing is masked; every tile is full.
    * `kind = static`: the mask reads only b, h, q, k, dims and consts, with
      ops whose range over a tile interval arithmetic bounds; a backend
      evaluates the mask region over a tile's index ranges and skips empty
      tiles and mask calls on full ones.
    * `kind = data`: as static, but the mask also loads inputs at a q or k
      index; `block_maps` lists the tables (input, axis, tiled by q or k)
      of their per-tile minimum and maximum, built once per launch, that
      bound those loads.
    * `kind = opaque`: the mask cannot be bounded; every tile is partial.

    `key_lower` / `key_upper`, when present, bound the kept keys of query q
    in closed form: every kept k satisfies key_lower(q) <= k <= key_upper(q),
    a lower bound being the largest and an upper bound the smallest of the
    map's results (as for `affine.for`). The maps take d0 = q and the dims
    as symbols s0..s6 = B, Hq, Hkv, Lq, Lk, D, Dv; they are linear in q, so
    their extremes over a query tile are at its ends.
  }];
  let parameters = (ins
    EnumParameter<Attn_SparsityKind>:$kind,
    OptionalParameter<"::mlir::AffineMap">:$key_lower,
    OptionalParameter<"::mlir::AffineMap">:$key_upper,
    OptionalArrayRefParameter<"::attc::attn::BlockMapAttr">:$block_maps);
  let assemblyFormat = "`<` struct(params) `>`";
}


def Attn_MergeLogSumExp : I32EnumAttrCase<"logsumexp", 0>;
def Attn_MergeSum : I32EnumAttrCase<"sum", 1>;
def Attn_MergeRule : I32EnumAttr<"MergeRule",
    "how two partial normalizer states over disjoint keys combine",
    [Attn_MergeLogSumExp, Attn_MergeSum]> {
  let cppNamespace = "::attc::attn";
  let genSpecializedAttr = 0;
}

def Attn_BlockMapAttr : AttrDef<Attn_Dialect, "BlockMap"> {
  let mnemonic = "block_map";
  let summary = "one table of a data mask's block map";
  let description = [{
    The per-tile minimum and maximum of input `input` along axis `axis`,
    tiled by the query tile (`by = q`) or the key tile (`by = k`): a mask
    load of `input` indexed by q (or k) on that axis and by points
    elsewhere reads these bounds for a whole tile. Printed as
    `#attn.block_map<input = "doc", axis = 0, by = q>`.
  }];
  let parameters = (ins "::mlir::StringAttr":$input, "unsigned":$axis,
                        "bool":$by_query);
  let hasCustomAssemblyFormat = 1;
}

def Attn_ScheduleAttr : AttrDef<Attn_Dialect, "Schedule"> {
  let mnemonic = "schedule";
  let summary = "how a backend tiles and distributes one spec";
  let description = [{
    Chosen by `attn-schedule` from the target and the spec's shape bucket
    (overridable by its options and by attc's flags); every backend reads
    its tiles from here and the autotuner searches over it.

    * `target`: the backend it was chosen for (`cpu`, ...).
    * `tile_q` / `tile_k`: queries and keys per tile.
    * `kv_splits`: key ranges per row computed apart and merged with the
      normalizer's merge rule (1: none).
    * `heads_per_task`: query heads of one kv head packed into a task so
      their K/V tiles are read once; 0 chooses at launch (the largest
      divisor of Hq/Hkv that fits).
    * `dense_tiles`: ignore `attn.sparsity` (visit every tile, evaluate the
      mask everywhere), for checking the sparse path.
  }];
  let parameters = (ins "::mlir::StringAttr":$target, "int64_t":$tile_q,
                        "int64_t":$tile_k, "int64_t":$kv_splits,
                        "int64_t":$heads_per_task, "bool":$dense_tiles);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

#endif // ATTN_ATTRS_TD
