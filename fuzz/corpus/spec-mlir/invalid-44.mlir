

attn.spec @epilogue_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  // expected-error @+1 {{'attn.epilogue' op epilogue region must yield 'f32', got 'bf16'}}
  attn.epilogue {
  ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
    %0 = arith.truncf %o : f32 to bf16
    attn.yield %0 : bf16
  }
}

