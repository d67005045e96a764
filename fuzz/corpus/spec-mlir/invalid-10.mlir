

attn.spec @foreign_op attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'arith.constant' op is not allowed in an attn.spec body}}
  %0 = arith.constant 1 : i64
  attn.softmax
}

