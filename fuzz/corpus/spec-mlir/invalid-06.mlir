

// expected-error @+1 {{'attn.spec' op at least one output is required}}
attn.spec @no_outputs attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = []} {
  attn.softmax
}

