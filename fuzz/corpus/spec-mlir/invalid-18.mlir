

attn.spec @input_elem attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op element type must be f32, f16, bf16, i32, i64 or i1, got 'f64'}}
  attn.input @x : f64 ["Hq"]
  attn.softmax
}

