

// expected-error @+1 {{'attn.spec' op output 'lse' requires the softmax normalizer}}
attn.spec @lse_sigmoid attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse"]} {
  attn.sigmoid
}

