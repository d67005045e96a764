module {
  attn.spec @temperature attributes {comment = "Learned per-head temperature multiplying the logits, with the head-independent 1/sqrt(D) scale (Query-Key normalisation with learned scale, Henry et al. 2020; per-head temperature in ViT variants).", dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bshd>, outputs = ["o", "max"]} {
    attn.input @tau : f32 ["Hq"]
    attn.score {
    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.load @tau[%h] : f32
      %1 = arith.mulf %s, %0 : f32
      attn.yield %1 : f32
    }
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.cmpi sle, %k, %q : i64
      attn.yield %0 : i1
    }
    attn.softmax
  }
}

