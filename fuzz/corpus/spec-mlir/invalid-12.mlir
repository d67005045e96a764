

attn.spec @duplicate_scale attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.scale {
    %0 = arith.constant 1.0 : f32
    attn.yield %0 : f32
  }
  // expected-error @+1 {{'attn.scale' op appears twice in one attn.spec}}
  attn.scale {
    %0 = arith.constant 1.0 : f32
    attn.yield %0 : f32
  }
  attn.softmax
}

