module {
  attn.spec @softcap attributes {comment = "Logit soft-capping cap * tanh(s / cap) with cap = 50, causal (Gemma 2, Grok-1).", dims = #attn.dims<B = ?, Hq = 8, Hkv = 4, Lq = ?, Lk = ?, D = 256, Dv = 256>, dtype = bf16, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.scale {
      %cst = arith.constant 6.250000e-02 : f32
      attn.yield %cst : f32
    }
    attn.score {
    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %cst = arith.constant 5.000000e+01 : f32
      %0 = arith.divf %s, %cst : f32
      %1 = math.tanh %0 : f32
      %2 = arith.mulf %cst, %1 : f32
      attn.yield %2 : f32
    }
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.cmpi sle, %k, %q : i64
      attn.yield %0 : i1
    }
    attn.softmax
  }
}

