module {
  attn.spec @sigmoid_attn attributes {comment = "Sigmoid attention with bias -log(Lk), no row normalisation (Ramapuram et al. 2024, 'Theory, Analysis, and Best Practices for Sigmoid Self-Attention' / FlashSigmoid).", dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.cmpi sle, %k, %q : i64
      attn.yield %0 : i1
    }
    attn.sigmoid bias {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.dim "Lk"
      %1 = arith.sitofp %0 : i64 to f32
      %2 = math.log %1 : f32
      %3 = arith.negf %2 : f32
      attn.yield %3 : f32
    }
  }
}

