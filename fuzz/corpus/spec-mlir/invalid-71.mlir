

// expected-error @+1 {{expected integer value}}
attn.spec @dims_float attributes {dims = #attn.dims<D = 6.5>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

