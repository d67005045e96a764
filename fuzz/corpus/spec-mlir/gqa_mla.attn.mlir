module {
  attn.spec @gqa_mla attributes {comment = "Grouped-query attention with a key head dim different from the value head dim: 16 query heads share 2 KV heads, D = 192 (128 nope + 64 rope) and Dv = 128 (DeepSeek-V2/V3 MLA in absorbed form, GQA from Ainslie et al. 2023).", dims = #attn.dims<B = ?, Hq = 16, Hkv = 2, Lq = ?, Lk = ?, D = 192, Dv = 128>, dtype = bf16, layout = #attn.layout<bshd>, outputs = ["o", "lse"]} {
    attn.scale {
      %c1_i64 = arith.constant 1 : i64
      %0 = attn.dim "D"
      %1 = arith.sitofp %0 : i64 to f32
      %2 = math.sqrt %1 : f32
      %3 = arith.sitofp %c1_i64 : i64 to f32
      %4 = arith.divf %3, %2 : f32
      attn.yield %4 : f32
    }
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

