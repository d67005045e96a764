

attn.spec @bias_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.sigmoid' op bias region takes 5 arguments (b, h, hk, q, k), got 0}}
  attn.sigmoid bias {
    %0 = arith.constant 0.0 : f32
    attn.yield %0 : f32
  }
}

