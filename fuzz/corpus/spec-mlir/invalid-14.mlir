

// expected-error @+1 {{'attn.spec' op expected exactly one normalizer (attn.softmax, attn.sigmoid, attn.relu or attn.identity), found 2}}
attn.spec @two_normalizers attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  attn.identity
}

