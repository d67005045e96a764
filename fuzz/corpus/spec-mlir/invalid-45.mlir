

attn.spec @sink_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.softmax' op sink region takes 4 arguments (b, h, hk, q), got 5}}
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.constant 0.0 : f32
    attn.yield %0 : f32
  }
}

