module {
  attn.spec @causal attributes {comment = "Causal self-attention, top-left aligned: query i sees keys 0..i (GPT-style decoder LMs; FlashAttention causal mode). Also returns the log-sum-exp for a backward pass or split-KV merge.", dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 128, Dv = 128>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.cmpi sle, %k, %q : i64
      attn.yield %0 : i1
    }
    attn.softmax
  }
}

