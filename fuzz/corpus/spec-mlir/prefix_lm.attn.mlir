module {
  attn.spec @prefix_lm attributes {comment = "Prefix-LM: bidirectional attention over a prefix of P tokens, causal after it (T5 prefix-LM, UniLM, PaLI/PaliGemma image+prompt prefix).", consts = {P = 256 : i64}, dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.const "P" : i64
      %1 = arith.cmpi slt, %k, %0 : i64
      %2 = arith.cmpi sle, %k, %q : i64
      %3 = arith.ori %1, %2 : i1
      attn.yield %3 : i1
    }
    attn.softmax
  }
}

