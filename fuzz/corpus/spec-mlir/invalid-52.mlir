

attn.spec @relu_no_power attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.relu' op requires attribute 'power'}}
  attn.relu
}

