

attn.spec @stage_two_blocks attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.softmax' op region #0 ('sink') failed to verify constraint: region with at most 1 blocks}}
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
    %0 = arith.constant 0.0 : f32
    attn.yield %0 : f32
  ^bb1:
    %1 = arith.constant 0.0 : f32
    attn.yield %1 : f32
  }
}

