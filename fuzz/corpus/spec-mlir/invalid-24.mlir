

attn.spec @input_rank0 attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'x' must have rank 1 to 8, got 0}}
  attn.input @x : f32 []
  attn.softmax
}

