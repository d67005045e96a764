attn.spec @a attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
attn.mask {
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
