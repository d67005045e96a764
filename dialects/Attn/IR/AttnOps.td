//===- AttnOps.td - ops of the attn dialect -----------------*- tablegen -*-===//

#ifndef ATTN_OPS_TD
#define ATTN_OPS_TD

include "AttnDialect.td"
include "AttnAttrs.td"
include "AttnInterfaces.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// The spec and its declarations
//===----------------------------------------------------------------------===//

def Attn_SpecOp : Attn_Op<"spec", [Symbol, SymbolTable, IsolatedFromAbove,
                                    SingleBlock, NoTerminator,
                                    NoRegionArguments]> {
  let summary = "one attention mechanism";
  let description = [{
    Holds the declarations (`attn.input`) and the stages of one mechanism.
    Each stage op appears at most once; exactly one normalizer op
    (`attn.softmax`, `attn.sigmoid`, `attn.relu`, `attn.identity`) is
    required. `hkv_equals_hq` / `dv_equals_d` tie a dynamic Hkv to Hq and Dv
    to D (the spec left them out). A missing `attn.scale` means `1/sqrt(D)`, a missing
    `attn.score` means `s`, a missing `attn.mask` keeps every pair.

    ```mlir
    attn.spec @causal attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8,
        Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32,
        layout = #attn.layout<bhsd>, outputs = ["o"]} {
      attn.mask {
      ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
        %0 = arith.cmpi sle, %k, %q : i64
        attn.yield %0 : i1
      }
      attn.softmax {
      }
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, TypeAttr:$dtype,
                       Attn_LayoutAttr:$layout, Attn_DimsAttr:$dims,
                       DefaultValuedAttr<DictionaryAttr, "{}">:$consts,
                       StrArrayAttr:$outputs,
                       OptionalAttr<StrAttr>:$comment,
                       UnitAttr:$hkv_equals_hq, UnitAttr:$dv_equals_d);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$sym_name attr-dict-with-keyword $body";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    mlir::Block &getBodyBlock() { return getBody().front(); }
    /// The stage ops; null when absent.
    class ScaleOp getScaleOp();
    class ScoreOp getScoreOp();
    class MaskOp getMaskOp();
    class EpilogueOp getEpilogueOp();
    /// The single normalizer op.
    mlir::Operation *getNormalizer();
    llvm::SmallVector<class InputOp> getInputs();
    bool hasOutput(llvm::StringRef name);
    /// The attn.derivative of `stage` (attn-differentiate); null when absent.
    class DerivativeOp getDerivative(llvm::StringRef stage);
  }];
}

def Attn_InputOp : Attn_Op<"input", [Symbol, HasParent<"SpecOp">]> {
  let summary = "an extra tensor read by the stage expressions";
  let description = [{
    `shape` lists, per dimension, a dim name (`"B"`, `"Hq"`, ...) or a
    positive integer. Element types: f32, f16, bf16, i32, i64, i1 (bool).

    ```mlir
    attn.input @slopes : f32 ["Hq"]
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, TypeAttr:$elem_type,
                       ArrayAttr:$shape);
  let assemblyFormat = "$sym_name `:` $elem_type $shape attr-dict";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Stages
//===----------------------------------------------------------------------===//

class Attn_StageOp<string mnemonic, list<Trait> traits = []>
    : Attn_Op<mnemonic, !listconcat(traits, [HasParent<"SpecOp">,
        IsolatedFromAbove,
        DeclareOpInterfaceMethods<OpAsmOpInterface,
                                  ["getAsmBlockArgumentNames"]>])> {
  let assemblyFormat = "attr-dict-with-keyword $body";
  let hasVerifier = 1;
}

def Attn_ScaleOp : Attn_StageOp<"scale"> {
  let summary = "the factor applied to <q_i, k_j>";
  let description = [{ A region with no arguments yielding an f32. }];
  let regions = (region SizedRegion<1>:$body);
}

def Attn_ScoreOp : Attn_StageOp<"score"> {
  let summary = "score modification s' = f(s, b, h, hk, q, k)";
  let description = [{
    Block arguments `(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64,
    %k: i64)`; yields the modified logit (f32).
  }];
  let regions = (region SizedRegion<1>:$body);
}

def Attn_MaskOp : Attn_StageOp<"mask"> {
  let summary = "which (query, key) pairs exist";
  let description = [{
    Block arguments `(%b, %h, %hk, %q, %k)`, all i64; yields i1. The mask
    cannot read the score.
  }];
  let regions = (region SizedRegion<1>:$body);
}

def Attn_EpilogueOp : Attn_StageOp<"epilogue"> {
  let summary = "per-element transform of the reduced output";
  let description = [{
    Block arguments `(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64,
    %d: i64)`; yields the stored value (f32).
  }];
  let regions = (region SizedRegion<1>:$body);
}

class Attn_NormalizerOp<string mnemonic, list<Trait> traits = []>
    : Attn_Op<mnemonic, !listconcat(traits, [HasParent<"SpecOp">,
        IsolatedFromAbove,
        DeclareOpInterfaceMethods<Attn_NormalizerOpInterface>,
        DeclareOpInterfaceMethods<OpAsmOpInterface,
                                  ["getAsmBlockArgumentNames"]>])> {
  let hasVerifier = 1;
}

def Attn_SoftmaxOp : Attn_NormalizerOp<"softmax"> {
  let summary = "online softmax over the kept keys, with an optional sink";
  let description = [{
    The optional `sink` region `(%b, %h, %hk, %q: i64) -> f32` gives one
    extra logit that enters the denominator only. An empty region means no
    sink.
  }];
  let regions = (region MaxSizedRegion<1>:$sink);
  let assemblyFormat = "attr-dict-with-keyword (`sink` $sink^)?";
}

def Attn_SigmoidOp : Attn_NormalizerOp<"sigmoid"> {
  let summary = "p = sigmoid(s' + bias), no row statistics";
  let description = [{
    The optional `bias` region `(%b, %h, %hk, %q, %k: i64) -> f32`; empty
    means a bias of 0.
  }];
  let regions = (region MaxSizedRegion<1>:$bias);
  let assemblyFormat = "attr-dict-with-keyword (`bias` $bias^)?";
}

def Attn_ReluOp : Attn_NormalizerOp<"relu"> {
  let summary = "p = scale * max(s', 0)^power";
  let description = [{
    `power` is a positive integer. The optional `scale` region
    `(%b, %h, %hk, %q, %k: i64) -> f32`; empty means 1.
  }];
  let arguments = (ins ConfinedAttr<I64Attr, [IntPositive]>:$power);
  let regions = (region MaxSizedRegion<1>:$scale);
  let assemblyFormat = "attr-dict-with-keyword (`scale` $scale^)?";
}

def Attn_IdentityOp : Attn_NormalizerOp<"identity"> {
  let summary = "p = s' (the `\"none\"` normalizer)";
  let assemblyFormat = "attr-dict";
}

def Attn_YieldOp : Attn_Op<"yield", [Pure, Terminator,
    ParentOneOf<["ScaleOp", "ScoreOp", "MaskOp", "EpilogueOp", "SoftmaxOp",
                 "SigmoidOp", "ReluOp", "DerivativeOp"]>]> {
  let summary = "the value a stage region computes";
  let arguments = (ins AnyType:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

//===----------------------------------------------------------------------===//
// Derivatives (attn-differentiate)
//===----------------------------------------------------------------------===//

def Attn_DerivativeOp : Attn_Op<"derivative", [HasParent<"SpecOp">,
    IsolatedFromAbove,
    DeclareOpInterfaceMethods<OpAsmOpInterface,
                              ["getAsmBlockArgumentNames"]>]> {
  let summary = "the reverse-mode derivative of one stage region";
  let description = [{
    Made by `attn-differentiate` from the region of `stage`: `score`,
    `epilogue`, `sink` (softmax) or `norm_param` (sigmoid's bias, relu's
    scale). The block takes `%g: f32`, the adjoint of the stage's result
    (dL/ds', dL/dy, ...), then the stage's own arguments. It recomputes what
    the adjoints need, adds `g * ds'/dx` for every float input element x it
    reads with `attn.accumulate`, and yields the adjoint of the stage's
    float argument (`g * ds'/ds` for the score, `g * dy/do` for the
    epilogue; 0 for the stages without one).

    ```mlir
    attn.derivative "score" {
    ^bb0(%g: f32, %s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.constant -1.0 : f32
      %1 = arith.mulf %g, %0 : f32
      attn.accumulate %1, @bias[%k]
      attn.yield %g : f32
    }
    ```
  }];
  let arguments = (ins StrAttr:$stage);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$stage attr-dict-with-keyword $body";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The names of the stage's block arguments after %g.
    static llvm::ArrayRef<llvm::StringRef> stageArgs(llvm::StringRef stage);
  }];
}

def Attn_AccumulateOp : Attn_Op<"accumulate", [HasParent<"DerivativeOp">,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "add to the gradient of one element of a float input";
  let description = [{
    `value` is added to the gradient of `input[indices]`; an index out of
    range (which reads 0 in the forward) adds nothing. It has a side effect
    (the gradient), so folding never removes it.
  }];
  let arguments = (ins F32:$value, FlatSymbolRefAttr:$input,
                       Variadic<I64>:$indices);
  let assemblyFormat = "$value `,` $input `[` $indices `]` attr-dict";
}

//===----------------------------------------------------------------------===//
// Leaves of stage expressions
//===----------------------------------------------------------------------===//

def Attn_LoadOp : Attn_Op<"load", [Pure,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "read one element of an extra input";
  let description = [{
    Indices are i64, one per dimension of the input. The result is f32 for
    float inputs, i64 for integer inputs and i1 for bool inputs. An index out
    of range reads 0 (false): the generated code checks it.

    ```mlir
    %0 = attn.load @slopes[%h] : f32
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$input, Variadic<I64>:$indices);
  let results = (outs AnyTypeOf<[F32, I64, I1]>:$result);
  let assemblyFormat = "$input `[` $indices `]` attr-dict `:` type($result)";
}

def Attn_DimOp : Attn_Op<"dim", [Pure]> {
  let summary = "the value of one of B, Hq, Hkv, Lq, Lk, D, Dv";
  let arguments = (ins StrAttr:$name);
  let results = (outs I64:$result);
  let assemblyFormat = "$name attr-dict";
  let hasVerifier = 1;
}

def Attn_ConstOp : Attn_Op<"const", [Pure]> {
  let summary = "a named compile-time constant of the spec";
  let description = [{
    Refers to an entry of the enclosing spec's `consts`; i64 for integer
    constants, f32 for float ones. `attn-canonicalize` inlines it.
  }];
  let arguments = (ins StrAttr:$name);
  let results = (outs AnyTypeOf<[F32, I64]>:$result);
  let assemblyFormat = "$name attr-dict `:` type($result)";
  let hasVerifier = 1;
}

#endif // ATTN_OPS_TD
