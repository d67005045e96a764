// Does not parse: the dims attribute names an unknown dim.
attn.spec @a attributes {dims = #attn.dims<B = ?, X = 8>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}
