

attn.spec @mask_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.mask' op mask region must yield 'i1', got 'i64'}}
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.subi %q, %k : i64
    attn.yield %0 : i64
  }
  attn.softmax
}

