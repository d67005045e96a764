module {
  attn.spec @sliding_window attributes {comment = "Causal sliding-window / local attention: each query sees the last W keys (Mistral 7B, Longformer local band, SWAT, MoA).", consts = {W = 4096 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 2, Lq = ?, Lk = ?, D = 128, Dv = 128>, dtype = bf16, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.cmpi sle, %k, %q : i64
      %1 = arith.subi %q, %k : i64
      %2 = attn.const "W" : i64
      %3 = arith.cmpi slt, %1, %2 : i64
      %4 = arith.andi %0, %3 : i1
      attn.yield %4 : i1
    }
    attn.softmax
  }
}

