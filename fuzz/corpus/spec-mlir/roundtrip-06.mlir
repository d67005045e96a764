

// Softmax without a sink.

// CHECK-LABEL: attn.spec @softmax_plain
// CHECK-NEXT:    attn.softmax{{$}}
// CHECK-NEXT:  }
attn.spec @softmax_plain attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse"]} {
  attn.softmax
}

