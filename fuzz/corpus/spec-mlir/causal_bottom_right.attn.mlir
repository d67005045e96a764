module {
  attn.spec @causal_bottom_right attributes {comment = "Causal attention aligned to the bottom-right corner, for decoding and chunked prefill with a KV cache longer than the query block (FlashAttention-2 >= 2.1 causal convention).", dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 128, Dv = 128>, dtype = f16, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.dim "Lk"
      %1 = arith.addi %q, %0 : i64
      %2 = attn.dim "Lq"
      %3 = arith.subi %1, %2 : i64
      %4 = arith.cmpi sle, %k, %3 : i64
      attn.yield %4 : i1
    }
    attn.softmax
  }
}

