// Every attn op in its custom form survives print and parse, and the generic
// form parses back to the same custom form.
// RUN: attc-opt %s -split-input-file | FileCheck %s
// RUN: attc-opt %s -split-input-file | attc-opt -split-input-file | FileCheck %s
// RUN: attc-opt %s -split-input-file --mlir-print-op-generic | attc-opt -split-input-file | FileCheck %s
// RUN: attc-opt %s -split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: attc-opt %s -split-input-file > %t.1.mlir
// RUN: attc-opt %t.1.mlir -split-input-file > %t.2.mlir
// RUN: diff %t.1.mlir %t.2.mlir

// The smallest spec: one normalizer, default scale, score and mask.

// CHECK-LABEL: attn.spec @minimal attributes {
// CHECK-SAME:    dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>,
// CHECK-SAME:    dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
// CHECK-NEXT:    attn.softmax
// CHECK-NEXT:  }
// GENERIC-LABEL: "attn.spec"() <{
// GENERIC-SAME:    sym_name = "minimal"
// GENERIC:         "attn.softmax"() ({
// GENERIC-NEXT:    }) : () -> ()
attn.spec @minimal attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

