// A spec in the attn dialect that does not verify: Hq is not a multiple of Hkv.
attn.spec @a attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 3, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}
