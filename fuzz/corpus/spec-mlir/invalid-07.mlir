

// expected-error @+1 {{'attn.spec' op const 'W' must be an integer or a float}}
attn.spec @const_type attributes {consts = {W = "128"}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

