

attn.spec @mask_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.mask' op mask region takes 5 arguments (b, h, hk, q, k), got 4}}
  attn.mask {
  ^bb0(%b: i64, %h: i64, %q: i64, %k: i64):
    %0 = arith.cmpi sle, %k, %q : i64
    attn.yield %0 : i1
  }
  attn.softmax
}

