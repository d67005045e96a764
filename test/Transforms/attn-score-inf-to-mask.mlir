// RUN: attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-score-inf-to-mask))' | FileCheck %s
//
// Score stages that select -inf on a condition free of the score hand that
// condition to the mask, where the tile analysis can use it.

// The window condition moves into the existing mask; a score left as `s`
// is dropped.
// CHECK-LABEL: attn.spec @score_inf
// CHECK-NOT: attn.score
// CHECK: attn.mask
// CHECK: %[[C:.*]] = arith.cmpi sle, %k, %q
// CHECK: %[[D:.*]] = arith.subi %q, %k
// CHECK: %[[W:.*]] = arith.cmpi slt, %[[D]]
// CHECK: %[[M:.*]] = arith.andi %[[C]], %[[W]]
// CHECK: attn.yield %[[M]]
attn.spec @score_inf attributes {consts = {W = 64 : i64}, dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %cst = arith.constant 0xFF800000 : f32
    %c64_i64 = arith.constant 64 : i64
    %0 = arith.subi %q, %k : i64
    %1 = arith.cmpi slt, %0, %c64_i64 : i64
    %2 = arith.select %1, %s, %cst : f32
    attn.yield %2 : f32
  }
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.cmpi sle, %k, %q : i64
    attn.yield %0 : i1
  }
  attn.softmax
}


// -----

// -inf in the true arm: the negated condition becomes a new mask; the
// score keeps the other arm.
// CHECK-LABEL: attn.spec @score_inf_nomask
// CHECK: attn.score
// CHECK: %[[S:.*]] = arith.mulf %s
// CHECK-NEXT: attn.yield %[[S]]
// CHECK: attn.mask
// CHECK: %[[G:.*]] = arith.cmpi sgt, %k, %q
// CHECK: %[[N:.*]] = arith.xori %[[G]]
// CHECK: %[[M:.*]] = arith.andi %{{.*}}, %[[N]]
// CHECK: attn.yield %[[M]]
// CHECK: attn.sigmoid
attn.spec @score_inf_nomask attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %cst = arith.constant 0xFF800000 : f32
    %cst_0 = arith.constant 2.000000e+00 : f32
    %0 = arith.cmpi sgt, %k, %q : i64
    %1 = arith.mulf %s, %cst_0 : f32
    %2 = arith.select %0, %cst, %1 : f32
    attn.yield %2 : f32
  }
  attn.sigmoid
}


// -----

// Under `identity` a -inf score is a value, not an absence: unchanged.
// CHECK-LABEL: attn.spec @score_inf_identity
// CHECK: arith.select
// CHECK-NOT: attn.mask
// CHECK: attn.identity
attn.spec @score_inf_identity attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %cst = arith.constant 0xFF800000 : f32
    %0 = arith.cmpi sle, %k, %q : i64
    %1 = arith.select %0, %s, %cst : f32
    attn.yield %1 : f32
  }
  attn.identity
}


// -----

// A condition on the score itself cannot be a mask: unchanged.
// CHECK-LABEL: attn.spec @score_inf_reads_s
// CHECK: arith.cmpf ogt, %s
// CHECK: arith.select
// CHECK-NOT: attn.mask
// CHECK: attn.softmax
attn.spec @score_inf_reads_s attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %cst = arith.constant 0xFF800000 : f32
    %cst_0 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpf ogt, %s, %cst_0 : f32
    %1 = arith.select %0, %s, %cst : f32
    attn.yield %1 : f32
  }
  attn.softmax
}

