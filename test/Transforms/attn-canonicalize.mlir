// RUN: attc-opt %s -attn-canonicalize -split-input-file | FileCheck %s
// The pass output is a fixed point and still verifies.
// RUN: attc-opt %s -attn-canonicalize -split-input-file | attc-opt -attn-canonicalize -split-input-file > %t.2.mlir
// RUN: attc-opt %s -attn-canonicalize -split-input-file > %t.1.mlir
// RUN: diff %t.1.mlir %t.2.mlir

// attn.const becomes an arith.constant of the spec's value: i64 for integer
// consts, f32 for float ones (stored as f64 in the spec). Two uses of one
// const share one constant.

// CHECK-LABEL: attn.spec @inline_consts
// CHECK-SAME:    consts = {W = 128 : i64, cap = 5.000000e+01 : f64}
// CHECK:         attn.score {
// CHECK-NEXT:    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[CAP:.*]] = arith.constant 5.000000e+01 : f32
// CHECK-NEXT:      %[[X:.*]] = arith.divf %s, %[[CAP]] : f32
// CHECK-NEXT:      %[[T:.*]] = math.tanh %[[X]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.mulf %[[T]], %[[CAP]] : f32
// CHECK-NEXT:      attn.yield %[[R]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.mask {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[W:.*]] = arith.constant 128 : i64
// CHECK-NEXT:      %[[D:.*]] = arith.subi %q, %k : i64
// CHECK-NEXT:      %[[LT:.*]] = arith.cmpi slt, %[[D]], %[[W]] : i64
// CHECK-NEXT:      attn.yield %[[LT]] : i1
// CHECK-NEXT:    }
// CHECK-NOT:     attn.const
attn.spec @inline_consts attributes {consts = {W = 128 : i64, cap = 50.0 : f64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.const "cap" : f32
    %1 = attn.const "cap" : f32
    %2 = arith.divf %s, %1 : f32
    %3 = math.tanh %2 : f32
    %4 = arith.mulf %0, %3 : f32
    attn.yield %4 : f32
  }
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.subi %q, %k : i64
    %1 = attn.const "W" : i64
    %2 = arith.cmpi slt, %0, %1 : i64
    attn.yield %2 : i1
  }
  attn.softmax
}

// -----

// attn.dim of a static dim folds to its size; a dynamic dim stays.

// CHECK-LABEL: attn.spec @fold_dims
// CHECK:         attn.mask {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[LQ:.*]] = arith.constant 16 : i64
// CHECK-NEXT:      %[[LK:.*]] = attn.dim "Lk"
// CHECK-NEXT:      %[[A:.*]] = arith.addi %q, %[[LK]] : i64
// CHECK-NEXT:      %[[B:.*]] = arith.subi %[[A]], %[[LQ]] : i64
// CHECK-NEXT:      %[[C:.*]] = arith.cmpi sle, %k, %[[B]] : i64
// CHECK-NEXT:      attn.yield %[[C]] : i1
// CHECK-NOT:     attn.dim "Lq"
attn.spec @fold_dims attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = 16, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.dim "Lk"
    %1 = arith.addi %q, %0 : i64
    %2 = attn.dim "Lq"
    %3 = arith.subi %1, %2 : i64
    %4 = arith.cmpi sle, %k, %3 : i64
    attn.yield %4 : i1
  }
  attn.softmax
}

// -----

// A dynamic head count stays an attn.dim even when the spec ties Hkv to it.

// CHECK-LABEL: attn.spec @dynamic_heads
// CHECK:         attn.score {
// CHECK:           attn.dim "Hq"
// CHECK:           attn.dim "Hkv"
attn.spec @dynamic_heads attributes {dims = #attn.dims<B = ?, Hq = ?, Hkv = ?, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, hkv_equals_hq, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.dim "Hq"
    %1 = attn.dim "Hkv"
    %2 = arith.subi %0, %1 : i64
    %3 = arith.sitofp %2 : i64 to f32
    %4 = arith.addf %s, %3 : f32
    attn.yield %4 : f32
  }
  attn.softmax
}

// -----

// s * 1.0, s + 0.0, 0.0 + s, s - 0.0, s / 1.0 and 1.0 * s are all s, whether
// the constant is written directly or comes from a const.

// CHECK-LABEL: attn.spec @float_identities
// CHECK:         attn.score {
// CHECK-NEXT:    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      attn.yield %s : f32
// CHECK-NEXT:    }
attn.spec @float_identities attributes {consts = {one = 1.0 : f64, zero = 0.0 : f64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %one = arith.constant 1.0 : f32
    %zero = arith.constant 0.0 : f32
    %0 = arith.mulf %s, %one : f32
    %1 = arith.addf %0, %zero : f32
    %2 = arith.addf %zero, %1 : f32
    %3 = arith.subf %2, %zero : f32
    %4 = arith.divf %3, %one : f32
    %5 = arith.mulf %one, %4 : f32
    %c1 = attn.const "one" : f32
    %c0 = attn.const "zero" : f32
    %6 = arith.mulf %5, %c1 : f32
    %7 = arith.addf %c0, %6 : f32
    attn.yield %7 : f32
  }
  attn.softmax
}

// -----

// Each identity on its own, in the region kinds that take a float.

// CHECK-LABEL: attn.spec @one_identity_each
// CHECK:         attn.score {
// CHECK-NEXT:    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      attn.yield %s : f32
// CHECK:         attn.epilogue {
// CHECK-NEXT:    ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
// CHECK-NEXT:      attn.yield %o : f32
attn.spec @one_identity_each attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %zero = arith.constant 0.0 : f32
    %0 = arith.subf %s, %zero : f32
    attn.yield %0 : f32
  }
  attn.softmax
  attn.epilogue {
  ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
    %one = arith.constant 1.0 : f32
    %0 = arith.divf %o, %one : f32
    attn.yield %0 : f32
  }
}

// -----

// What is not an identity stays: 0.0 - s, 1.0 / s, s * 0.0 (s may be inf),
// s + 1.0, s * 2.0.

// CHECK-LABEL: attn.spec @not_identities
// CHECK:         attn.score {
// CHECK-DAG:       %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG:       %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG:       %[[TWO:.*]] = arith.constant 2.000000e+00 : f32
// CHECK:           %[[A:.*]] = arith.subf %[[ZERO]], %s : f32
// CHECK-NEXT:      %[[B:.*]] = arith.divf %[[ONE]], %[[A]] : f32
// CHECK-NEXT:      %[[C:.*]] = arith.mulf %[[B]], %[[ZERO]] : f32
// CHECK-NEXT:      %[[D:.*]] = arith.addf %[[C]], %[[ONE]] : f32
// CHECK-NEXT:      %[[E:.*]] = arith.mulf %[[D]], %[[TWO]] : f32
// CHECK-NEXT:      attn.yield %[[E]] : f32
attn.spec @not_identities attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %zero = arith.constant 0.0 : f32
    %one = arith.constant 1.0 : f32
    %two = arith.constant 2.0 : f32
    %0 = arith.subf %zero, %s : f32
    %1 = arith.divf %one, %0 : f32
    %2 = arith.mulf %1, %zero : f32
    %3 = arith.addf %2, %one : f32
    %4 = arith.mulf %3, %two : f32
    attn.yield %4 : f32
  }
  attn.softmax
}

// -----

// 1 / sqrt(D) with D = 128 static folds to one constant (0.0883883...).

// CHECK-LABEL: attn.spec @fold_scale
// CHECK:         attn.scale {
// CHECK-NEXT:      %[[S:.*]] = arith.constant 0.0883883{{[0-9]*}} : f32
// CHECK-NEXT:      attn.yield %[[S]] : f32
// CHECK-NEXT:    }
attn.spec @fold_scale attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 128, Dv = 128>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.scale {
    %c1 = arith.constant 1 : i64
    %0 = attn.dim "D"
    %1 = arith.sitofp %0 : i64 to f32
    %2 = math.sqrt %1 : f32
    %3 = arith.sitofp %c1 : i64 to f32
    %4 = arith.divf %3, %2 : f32
    attn.yield %4 : f32
  }
  attn.softmax
}

// -----

// With a dynamic D the scale stays an expression of attn.dim "D".

// CHECK-LABEL: attn.spec @dynamic_scale
// CHECK:         attn.scale {
// CHECK-DAG:       %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG:       %[[D:.*]] = attn.dim "D"
// CHECK:           %[[DF:.*]] = arith.sitofp %[[D]] : i64 to f32
// CHECK-NEXT:      %[[SQ:.*]] = math.sqrt %[[DF]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.divf %[[ONE]], %[[SQ]] : f32
// CHECK-NEXT:      attn.yield %[[R]] : f32
attn.spec @dynamic_scale attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = ?, Dv = ?>, dtype = f32, dv_equals_d, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.scale {
    %c1 = arith.constant 1 : i64
    %0 = attn.dim "D"
    %1 = arith.sitofp %0 : i64 to f32
    %2 = math.sqrt %1 : f32
    %3 = arith.sitofp %c1 : i64 to f32
    %4 = arith.divf %3, %2 : f32
    attn.yield %4 : f32
  }
  attn.softmax
}

// -----

// Integer and boolean constant folding in the mask: W + 1 is 129, && true
// disappears, and a sink of exp(0) is 1.

// CHECK-LABEL: attn.spec @fold_mask
// CHECK:         attn.mask {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[C:.*]] = arith.constant 129 : i64
// CHECK-NEXT:      %[[LT:.*]] = arith.cmpi slt, %k, %[[C]] : i64
// CHECK-NEXT:      attn.yield %[[LT]] : i1
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.softmax sink {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
// CHECK-NEXT:      %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:      attn.yield %[[ONE]] : f32
attn.spec @fold_mask attributes {consts = {W = 128 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.const "W" : i64
    %c1 = arith.constant 1 : i64
    %1 = arith.addi %0, %c1 : i64
    %2 = arith.cmpi slt, %k, %1 : i64
    %true = arith.constant true
    %3 = arith.andi %2, %true : i1
    attn.yield %3 : i1
  }
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
    %c0 = arith.constant 0 : i64
    %0 = arith.sitofp %c0 : i64 to f32
    %1 = math.exp %0 : f32
    attn.yield %1 : f32
  }
}

// -----

// Dead code goes: an unused load, dim, const and arithmetic disappear.

// CHECK-LABEL: attn.spec @dead_code
// CHECK:         attn.input @slopes : f32 ["Hq"]
// CHECK-NEXT:    attn.score {
// CHECK-NEXT:    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[L:.*]] = attn.load @slopes[%h] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.addf %s, %[[L]] : f32
// CHECK-NEXT:      attn.yield %[[R]] : f32
// CHECK-NEXT:    }
attn.spec @dead_code attributes {consts = {W = 4 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @slopes : f32 ["Hq"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %dead0 = attn.load @slopes[%b] : f32
    %dead1 = attn.dim "Lk"
    %dead2 = attn.const "W" : i64
    %dead3 = arith.muli %dead1, %dead2 : i64
    %dead4 = math.exp %s : f32
    %0 = attn.load @slopes[%h] : f32
    %1 = arith.addf %s, %0 : f32
    attn.yield %1 : f32
  }
  attn.softmax
}

// -----

// The pass runs on every spec of a module.

// CHECK-LABEL: attn.spec @first
// CHECK:         %[[A:.*]] = arith.constant 7 : i64
// CHECK-LABEL: attn.spec @second
// CHECK:         %[[B:.*]] = arith.constant 2.500000e+00 : f32
// CHECK-NOT:     attn.const
attn.spec @first attributes {consts = {A = 7 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.const "A" : i64
    %1 = arith.cmpi slt, %k, %0 : i64
    attn.yield %1 : i1
  }
  attn.softmax
}
attn.spec @second attributes {consts = {A = 2.5 : f64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.const "A" : f32
    %1 = arith.mulf %s, %0 : f32
    attn.yield %1 : f32
  }
  attn.softmax
}
