

// expected-error @+1 {{dim 'Hq' given twice}}
attn.spec @dims_twice attributes {dims = #attn.dims<Hq = 8, Hq = 4>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

