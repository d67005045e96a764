

// expected-error @+1 {{'attn.spec' op dtype must be f32, f16 or bf16, got 'i32'}}
attn.spec @dtype_int attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = i32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

