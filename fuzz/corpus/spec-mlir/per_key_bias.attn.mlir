module {
  attn.spec @per_key_bias attributes {comment = "Per-key additive bias, e.g. padding (-inf), saliency or uncertainty boosts of individual keys (BERT key padding mask as a bias, key-saliency papers).", dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.input @bias : f32 ["B", "Lk"]
    attn.score {
    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.load @bias[%b, %k] : f32
      %1 = arith.addf %s, %0 : f32
      attn.yield %1 : f32
    }
    attn.softmax
  }
}

