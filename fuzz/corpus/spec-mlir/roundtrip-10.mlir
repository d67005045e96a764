

// ReLU with only a power.

// CHECK-LABEL: attn.spec @relu_plain
// CHECK-NEXT:    attn.relu attributes {power = 1 : i64}{{$}}
// CHECK-NEXT:  }
attn.spec @relu_plain attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.relu attributes {power = 1 : i64}
}

