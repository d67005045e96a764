

attn.spec @input_clash_var attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'hk' clashes with a variable or dim name}}
  attn.input @hk : f32 ["Hq"]
  attn.softmax
}

