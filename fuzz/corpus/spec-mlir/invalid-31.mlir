

attn.spec @scale_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.scale' op scale region takes 0 arguments (), got 1}}
  attn.scale {
  ^bb0(%x: f32):
    attn.yield %x : f32
  }
  attn.softmax
}

