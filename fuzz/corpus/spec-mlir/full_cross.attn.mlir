module {
  attn.spec @full_cross attributes {comment = "Full (unmasked) attention, usable as cross-attention: Lq and Lk are independent and dynamic (Vaswani et al. 2017, 'Attention Is All You Need'; encoder-decoder cross-attention).", dims = #attn.dims<B = ?, Hq = ?, Hkv = ?, Lq = ?, Lk = ?, D = 64, Dv = ?>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.softmax
  }
}

