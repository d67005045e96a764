module {
  attn.spec @relu2 attributes {comment = "ReLU-squared attention: p = max(s, 0)^2 / Lk, no softmax (Primer squared ReLU; Wortsman et al. 2023, 'Replacing softmax with ReLU in Vision Transformers').", dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f16, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.relu attributes {power = 2 : i64} scale {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %cst = arith.constant 1.000000e+00 : f32
      %0 = attn.dim "Lk"
      %1 = arith.sitofp %0 : i64 to f32
      %2 = arith.divf %cst, %1 : f32
      attn.yield %2 : f32
    }
  }
}

