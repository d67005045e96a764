module {
  attn.spec @sinks_window attributes {comment = "Attention sinks plus a sliding window: the first S tokens stay visible to every query, the rest is a causal window of W (StreamingLLM, SinkLoRA).", consts = {S = 4 : i64, W = 1024 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.const "S" : i64
      %1 = arith.cmpi slt, %k, %0 : i64
      %2 = arith.cmpi sle, %k, %q : i64
      %3 = arith.subi %q, %k : i64
      %4 = attn.const "W" : i64
      %5 = arith.cmpi slt, %3, %4 : i64
      %6 = arith.andi %2, %5 : i1
      %7 = arith.ori %1, %6 : i1
      attn.yield %7 : i1
    }
    attn.softmax
  }
}

