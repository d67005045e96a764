module {
  attn.spec @relative_bias attributes {comment = "Learned relative position bias gathered from a per-head distance table of 2*4096-1 entries (T5 relative attention bias, Swin/DeBERTa-style distance tables). Keys beyond the table read a bias of 0.", dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.input @rel : f32 ["Hq", 8191]
    attn.score {
    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.subi %q, %k : i64
      %1 = attn.dim "Lk"
      %2 = arith.addi %0, %1 : i64
      %c1_i64 = arith.constant 1 : i64
      %3 = arith.subi %2, %c1_i64 : i64
      %4 = attn.load @rel[%h, %3] : f32
      %5 = arith.addf %s, %4 : f32
      attn.yield %5 : f32
    }
    attn.softmax
  }
}

