

// Sigmoid without a bias; max is allowed with any normalizer.

// CHECK-LABEL: attn.spec @sigmoid_plain
// CHECK-SAME:    outputs = ["o", "max"]
// CHECK-NEXT:    attn.sigmoid{{$}}
// CHECK-NEXT:  }
attn.spec @sigmoid_plain attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "max"]} {
  attn.sigmoid
}

