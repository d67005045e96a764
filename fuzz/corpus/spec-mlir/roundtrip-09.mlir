

// ReLU with a power and a scale region.

// CHECK-LABEL: attn.spec @relu_scale
// CHECK-NEXT:    attn.relu attributes {power = 2 : i64} scale {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[C:.*]] = arith.constant 1.250000e-01 : f32
// CHECK-NEXT:      attn.yield %[[C]] : f32
// CHECK-NEXT:    }
// GENERIC: "attn.relu"() <{power = 2 : i64}> ({
attn.spec @relu_scale attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.relu attributes {power = 2 : i64} scale {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.constant 0.125 : f32
    attn.yield %0 : f32
  }
}

