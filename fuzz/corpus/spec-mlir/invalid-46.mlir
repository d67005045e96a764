

attn.spec @sink_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.softmax' op sink region must yield 'f32', got 'i1'}}
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
    %0 = arith.constant true
    attn.yield %0 : i1
  }
}

