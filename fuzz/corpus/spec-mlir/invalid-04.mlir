

// expected-error @+1 {{'attn.spec' op unknown output 'attn' (expected o, lse or max)}}
attn.spec @unknown_output attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "attn"]} {
  attn.softmax
}

