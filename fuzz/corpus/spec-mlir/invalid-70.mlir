

// expected-error @+1 {{dim Lk must be positive or '?', got -3}}
attn.spec @dims_negative attributes {dims = #attn.dims<Lk = -3>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

