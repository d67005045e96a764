

attn.spec @epilogue_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  // expected-error @+1 {{'attn.epilogue' op epilogue region takes 6 arguments (o, b, h, hk, q, d), got 1}}
  attn.epilogue {
  ^bb0(%o: f32):
    attn.yield %o : f32
  }
}

