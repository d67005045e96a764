

// expected-error @+1 {{'attn.spec' op const 'q' clashes with a variable or dim name}}
attn.spec @const_clash_var attributes {consts = {q = 1 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

