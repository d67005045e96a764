

// expected-error @+1 {{'attn.spec' op output 'lse' listed twice}}
attn.spec @duplicate_output attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse", "lse"]} {
  attn.softmax
}

