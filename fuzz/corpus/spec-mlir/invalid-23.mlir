

attn.spec @input_clash_const attributes {consts = {W = 4 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'W' clashes with a const of the same name}}
  attn.input @W : f32 ["Hq"]
  attn.softmax
}

