

// Sigmoid with a bias region.

// CHECK-LABEL: attn.spec @sigmoid_bias
// CHECK-NEXT:    attn.sigmoid bias {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[LK:.*]] = attn.dim "Lk"
// CHECK-NEXT:      %[[F:.*]] = arith.sitofp %[[LK]] : i64 to f32
// CHECK-NEXT:      %[[L:.*]] = math.log %[[F]] : f32
// CHECK-NEXT:      %[[N:.*]] = arith.negf %[[L]] : f32
// CHECK-NEXT:      attn.yield %[[N]] : f32
// CHECK-NEXT:    }
// GENERIC: "attn.sigmoid"() ({
// GENERIC-NEXT: ^bb0(%{{.*}}: i64, %{{.*}}: i64, %{{.*}}: i64, %{{.*}}: i64, %{{.*}}: i64):
attn.spec @sigmoid_bias attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.sigmoid bias {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.dim "Lk"
    %1 = arith.sitofp %0 : i64 to f32
    %2 = math.log %1 : f32
    %3 = arith.negf %2 : f32
    attn.yield %3 : f32
  }
}

