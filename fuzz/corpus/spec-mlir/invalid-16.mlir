

// expected-error @+1 {{'attn.spec' op output 'lse' requires the softmax normalizer}}
attn.spec @lse_relu attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["lse"]} {
  attn.relu attributes {power = 1 : i64}
}

