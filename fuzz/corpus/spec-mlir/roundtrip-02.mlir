

// Dims may be written in any order and left out ('?'); they print in order.

// CHECK-LABEL: attn.spec @dims_order attributes {
// CHECK-SAME:    dims = #attn.dims<B = ?, Hq = 4, Hkv = 2, Lq = ?, Lk = ?, D = 32, Dv = 16>
// CHECK-SAME:    dtype = f16
attn.spec @dims_order attributes {dims = #attn.dims<Dv = 16, D = 32, Hkv = 2, Hq = 4>, dtype = f16, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

