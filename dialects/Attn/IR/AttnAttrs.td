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

#endif // ATTN_ATTRS_TD
