

attn.spec @load_result_constraint attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @slopes : f32 ["Hq"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op result #0 must be 32-bit float or 64-bit signless integer or 1-bit signless integer, but got 'f16'}}
    %0 = attn.load @slopes[%h] : f16
    %1 = arith.extf %0 : f16 to f32
    attn.yield %1 : f32
  }
  attn.softmax
}

