

attn.spec @input_negative_size attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op shape of input 'x' must list dim names or positive integers}}
  attn.input @x : f32 [-4]
  attn.softmax
}

