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
    static llvm::ArrayRef<llvm::StringLiteral> names();
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
    * `kind = data`: as static, but the mask also loads the inputs in
      `tile_inputs` at a q or k index; a block map of their per-tile
      minimum and maximum, built once per launch, bounds those loads.
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
    OptionalArrayRefParameter<"::mlir::StringAttr">:$tile_inputs);
  let assemblyFormat = "`<` struct(params) `>`";
}

#endif // ATTN_ATTRS_TD
