

// expected-error @+1 {{dim D must be positive or '?', got 0}}
attn.spec @dims_zero attributes {dims = #attn.dims<B = ?, Hq = 8, D = 0>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

