

attn.spec @mask_reads_s attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.mask' op the mask cannot read the score 's'}}
  attn.mask {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.constant 0.0 : f32
    %1 = arith.cmpf ogt, %s, %0 : f32
    attn.yield %1 : i1
  }
  attn.softmax
}

