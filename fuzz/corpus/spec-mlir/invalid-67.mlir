

// expected-error @+1 {{unknown dim 'X'}}
attn.spec @dims_unknown attributes {dims = #attn.dims<B = ?, X = 8>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

