

attn.spec @input_unknown_dim attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op shape of input 'x' names unknown dim 'T'}}
  attn.input @x : f32 ["B", "T"]
  attn.softmax
}

