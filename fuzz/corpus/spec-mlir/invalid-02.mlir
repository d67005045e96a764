

// expected-error @+1 {{'attn.spec' op Hq (8) must be a multiple of Hkv (3)}}
attn.spec @gqa attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 3, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

