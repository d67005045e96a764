

// expected-error @+1 {{'attn.spec' op Hq (2) must be a multiple of Hkv (4)}}
attn.spec @gqa_more_kv attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

