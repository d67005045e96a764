

attn.spec @epilogue_arg_type attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  // expected-error @+1 {{'attn.epilogue' op epilogue region argument 'o' must be 'f32', got 'bf16'}}
  attn.epilogue {
  ^bb0(%o: bf16, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
    %0 = arith.extf %o : bf16 to f32
    attn.yield %0 : f32
  }
}

