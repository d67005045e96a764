// RUN: attc-opt %s -attn-differentiate -split-input-file | FileCheck %s
// Idempotent: derivatives are rebuilt, not duplicated.
// RUN: attc-opt %s -attn-differentiate -split-input-file > %t.1.mlir
// RUN: attc-opt %t.1.mlir -attn-differentiate -split-input-file > %t.2.mlir
// RUN: diff %t.1.mlir %t.2.mlir
// RUN: attc-opt %S/attn-differentiate-invalid.mlir -split-input-file -verify-diagnostics

// Soft-capping and ALiBi: the chain rule through tanh (g * cap * (1 - t^2)
// / cap), the slope's gradient -g * (q - k) accumulated at slopes[h].

// CHECK-LABEL: attn.spec @softcap_alibi
// CHECK:       attn.derivative "score" {
// CHECK-NEXT:  ^bb0(%g: f32, %s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG:     %[[CAP:.*]] = arith.constant 5.000000e+01 : f32
// CHECK:         %[[X:.*]] = arith.divf %s, %[[CAP]] : f32
// CHECK:         %[[T:.*]] = math.tanh %[[X]] : f32
// CHECK:         %[[QK:.*]] = arith.subi %q, %k : i64
// CHECK:         %[[QKF:.*]] = arith.sitofp %[[QK]] : i64 to f32
// CHECK:         %[[NG:.*]] = arith.negf %g : f32
// CHECK:         %[[DS:.*]] = arith.mulf %[[NG]], %[[QKF]] : f32
// CHECK:         attn.accumulate %[[DS]], @slopes[%h]
// CHECK:         %[[GC:.*]] = arith.mulf %g, %[[CAP]] : f32
// CHECK:         %[[T2:.*]] = arith.mulf %[[T]], %[[T]] : f32
// CHECK:         %[[D:.*]] = arith.subf %[[ONE]], %[[T2]] : f32
// CHECK:         %[[GD:.*]] = arith.mulf %[[GC]], %[[D]] : f32
// CHECK:         %[[R:.*]] = arith.divf %[[GD]], %[[CAP]] : f32
// CHECK:         attn.yield %[[R]] : f32
attn.spec @softcap_alibi attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @slopes : f32 ["Hq"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %c = arith.constant 5.000000e+01 : f32
    %0 = arith.divf %s, %c : f32
    %1 = math.tanh %0 : f32
    %2 = arith.mulf %1, %c : f32
    %3 = attn.load @slopes[%h] : f32
    %4 = arith.subi %q, %k : i64
    %5 = arith.sitofp %4 : i64 to f32
    %6 = arith.mulf %3, %5 : f32
    %7 = arith.subf %2, %6 : f32
    attn.yield %7 : f32
  }
  attn.softmax
}

// -----

// A gated epilogue o * sigmoid(gate): g * dy/do is yielded, the gate's
// gradient accumulated. The mask's float input gets no gradient (it only
// decides a comparison) and the mask has no derivative.

// CHECK-LABEL: attn.spec @gated
// CHECK-NOT:   attn.derivative "score"
// CHECK:       attn.derivative "epilogue" {
// CHECK-NEXT:  ^bb0(%g: f32, %o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
// CHECK:         %[[GATE:.*]] = attn.load @gate[%b, %h, %q] : f32
// CHECK:         %[[E:.*]] = math.exp
// CHECK:         %[[DEN:.*]] = arith.addf %[[E]], %{{.*}} : f32
// CHECK:         %[[DO:.*]] = arith.divf %g, %[[DEN]] : f32
// CHECK:         attn.accumulate %{{.*}}, @gate[%b, %h, %q]
// CHECK:         attn.yield %[[DO]] : f32
// CHECK-NOT:   attn.accumulate {{.*}}@keep
attn.spec @gated attributes {dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @gate : f32 ["B", "Hq", "Lq"]
  attn.input @keep : f32 ["Lk"]
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.load @keep[%k] : f32
    %c = arith.constant 0.0 : f32
    %1 = arith.cmpf ogt, %0, %c : f32
    attn.yield %1 : i1
  }
  attn.softmax
  attn.epilogue {
  ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
    %0 = attn.load @gate[%b, %h, %q] : f32
    %1 = arith.negf %0 : f32
    %2 = math.exp %1 : f32
    %c1 = arith.constant 1.0 : f32
    %3 = arith.addf %2, %c1 : f32
    %4 = arith.divf %o, %3 : f32
    attn.yield %4 : f32
  }
}

// -----

// The sink logit: no float argument, so the derivative yields 0; max is
// piecewise (the adjoint goes to the chosen operand) and floor has a zero
// gradient.

// CHECK-LABEL: attn.spec @sink
// CHECK:       attn.derivative "sink" {
// CHECK-NEXT:  ^bb0(%g: f32, %b: i64, %h: i64, %hk: i64, %q: i64):
// CHECK:         %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         %[[X:.*]] = attn.load @sink[%h] : f32
// CHECK:         %[[F:.*]] = math.floor %[[X]] : f32
// CHECK:         %[[PICK:.*]] = arith.cmpf oge, %[[X]], %[[F]] : f32
// CHECK:         %[[G:.*]] = arith.select %[[PICK]], %g, %[[ZERO]] : f32
// CHECK:         attn.accumulate %[[G]], @sink[%h]
// CHECK:         attn.yield %[[ZERO]] : f32
attn.spec @sink attributes {dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @sink : f32 ["Hq"]
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
    %0 = attn.load @sink[%h] : f32
    %1 = math.floor %0 : f32
    %2 = arith.maximumf %0, %1 : f32
    attn.yield %2 : f32
  }
}

// -----

// Sigmoid's bias and relu's scale are the `norm_param` stage.

// CHECK-LABEL: attn.spec @sigmoid_bias
// CHECK:       attn.derivative "norm_param" {
// CHECK-NEXT:  ^bb0(%g: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK:         attn.accumulate %g, @bias[%b, %k]
attn.spec @sigmoid_bias attributes {dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @bias : f32 ["B", "Lk"]
  attn.sigmoid bias {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.load @bias[%b, %k] : f32
    attn.yield %0 : f32
  }
}

// -----

// pow and sqrt: d(x^y) for both operands, the exponent's guarded by x > 0.

// CHECK-LABEL: attn.spec @pow
// CHECK:       attn.derivative "score" {
// CHECK:         math.powf
// CHECK:         math.log
// CHECK:         arith.cmpf ogt
// CHECK:         attn.accumulate %{{.*}}, @e[%h]
// CHECK:         attn.yield
attn.spec @pow attributes {dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @e : f32 ["Hq"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = math.absf %s : f32
    %1 = attn.load @e[%h] : f32
    %2 = math.powf %0, %1 : f32
    %3 = math.sqrt %2 : f32
    attn.yield %3 : f32
  }
  attn.softmax
}
