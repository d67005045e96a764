

attn.spec @score_arg_type attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.score' op score region argument 's' must be 'f32', got 'f16'}}
  attn.score {
  ^bb0(%s: f16, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.extf %s : f16 to f32
    attn.yield %0 : f32
  }
  attn.softmax
}

