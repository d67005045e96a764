

// Several specs may share one module.

// CHECK-LABEL: attn.spec @first
// CHECK-LABEL: attn.spec @second
attn.spec @first attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}
attn.spec @second attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.identity
}
