module {
  attn.spec @gated_output attributes {comment = "Gated attention output: the reduced value is multiplied by a per-query, per-head sigmoid gate (Qwen3-Next gated attention, 'Gated Attention for LLMs' 2025; Forgetting Transformer-style output gates).", dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 128, Dv = 128>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.input @gate : f32 ["B", "Hq", "Lq"]
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.cmpi sle, %k, %q : i64
      attn.yield %0 : i1
    }
    attn.softmax
    attn.epilogue {
    ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
      %0 = attn.load @gate[%b, %h, %q] : f32
      %cst = arith.constant 1.000000e+00 : f32
      %1 = arith.negf %0 : f32
      %2 = math.exp %1 : f32
      %3 = arith.addf %cst, %2 : f32
      %4 = arith.divf %cst, %3 : f32
      %5 = arith.mulf %o, %4 : f32
      attn.yield %5 : f32
    }
  }
}

