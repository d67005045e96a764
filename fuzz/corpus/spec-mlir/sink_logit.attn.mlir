module {
  attn.spec @sink_logit attributes {comment = "A learned per-head sink logit that enters the softmax denominator only, combined with a sliding window (gpt-oss attention sinks).", consts = {W = 128 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 1, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = bf16, layout = #attn.layout<bhsd>, outputs = ["o", "lse"]} {
    attn.input @sink : f32 ["Hq"]
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.cmpi sle, %k, %q : i64
      %1 = arith.subi %q, %k : i64
      %2 = attn.const "W" : i64
      %3 = arith.cmpi slt, %1, %2 : i64
      %4 = arith.andi %0, %3 : i1
      attn.yield %4 : i1
    }
    attn.softmax sink {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
      %0 = attn.load @sink[%h] : f32
      attn.yield %0 : f32
    }
  }
}

