

attn.spec @dim_unknown attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.scale {
    // expected-error @+1 {{'attn.dim' op unknown dim 'L' (expected B, Hq, Hkv, Lq, Lk, D or Dv)}}
    %0 = attn.dim "L"
    %1 = arith.sitofp %0 : i64 to f32
    attn.yield %1 : f32
  }
  attn.softmax
}

