

attn.spec @input_clash_literal attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'inf' clashes with a variable or dim name}}
  attn.input @inf : f32 ["Hq"]
  attn.softmax
}

