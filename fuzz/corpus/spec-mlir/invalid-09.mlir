

// expected-error @+1 {{'attn.spec' op const 'Lk' clashes with a variable or dim name}}
attn.spec @const_clash_dim attributes {consts = {Lk = 1.0 : f64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

