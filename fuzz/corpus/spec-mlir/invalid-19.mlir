

attn.spec @input_elem_i8 attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op element type must be f32, f16, bf16, i32, i64 or i1, got 'i8'}}
  attn.input @x : i8 ["Hq"]
  attn.softmax
}

