

attn.spec @mask_arg_type attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.mask' op mask region argument 'q' must be 'i64', got 'index'}}
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: index, %k: i64):
    %0 = arith.constant true
    attn.yield %0 : i1
  }
  attn.softmax
}

