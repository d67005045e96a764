

attn.spec @scale_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.scale' op scale region must yield 'f32', got 'i64'}}
  attn.scale {
    %0 = attn.dim "D"
    attn.yield %0 : i64
  }
  attn.softmax
}

