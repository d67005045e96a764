module {
  attn.spec @alibi attributes {comment = "ALiBi: a linear distance penalty with one slope per head added to causal attention logits (Press et al. 2022, 'Train Short, Test Long'; BLOOM, MPT).", dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 128, Dv = 128>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.input @slopes : f32 ["Hq"]
    attn.score {
    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.load @slopes[%h] : f32
      %1 = arith.subi %q, %k : i64
      %2 = arith.sitofp %1 : i64 to f32
      %3 = arith.mulf %0, %2 : f32
      %4 = arith.subf %s, %3 : f32
      attn.yield %4 : f32
    }
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.cmpi sle, %k, %q : i64
      attn.yield %0 : i1
    }
    attn.softmax
  }
}

