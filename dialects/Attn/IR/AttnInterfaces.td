//===- AttnInterfaces.td - interfaces of the attn dialect ---*- tablegen -*-===//

#ifndef ATTN_INTERFACES_TD
#define ATTN_INTERFACES_TD

include "mlir/IR/OpBase.td"

def Attn_NormalizerOpInterface : OpInterface<"NormalizerOpInterface"> {
  let cppNamespace = "::attc::attn";
  let description = [{
    A normalizer turns a row of modified scores into weights. It is an
    online algorithm over key tiles with explicit per-row state (the shape
    of IREE's `online_attention`, which outputs acc, max and sum): the
    interface says what that state is, how two partial states over disjoint
    key ranges merge (split-KV), and which implementation of
    templates/common/attc_normalize.h updates it per key tile and finalizes
    it. Code generators and the schedule read the normalizer only through
    this interface.
  }];
  let methods = [
    InterfaceMethod<[{
        The state kept per query row, in order: `acc` (the weighted sum of
        V rows) always, `max` and `sum` for softmax.
      }], "::llvm::SmallVector<::llvm::StringRef>", "getRowState">,
    InterfaceMethod<[{
        Whether the weights depend on row statistics (so a key tile's
        weights need the running max and the accumulator is rescaled).
      }], "bool", "keepsRowStatistics">,
    InterfaceMethod<[{
        How two partial states over disjoint key sets combine.
      }], "::attc::attn::MergeRule", "getMergeRule">,
    InterfaceMethod<[{
        The C++ normalizer (a type of templates/common/attc_normalize.h)
        that implements the tile update, merge and finalize.
      }], "std::string", "getTemplateName">,
    InterfaceMethod<[{
        The parameter region (softmax's sink, sigmoid's bias, relu's scale),
        or null when the normalizer has none; an empty region means the
        default.
      }], "::mlir::Region *", "getParamRegion">,
    InterfaceMethod<[{
        The variant hook (attc_variant.h) the parameter region becomes.
      }], "::llvm::StringRef", "getParamHook">,
  ];
}

#endif // ATTN_INTERFACES_TD
