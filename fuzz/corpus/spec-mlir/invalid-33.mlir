

attn.spec @score_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.score' op score region takes 6 arguments (s, b, h, hk, q, k), got 5}}
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64):
    attn.yield %s : f32
  }
  attn.softmax
}

