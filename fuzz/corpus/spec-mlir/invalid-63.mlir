

attn.spec @const_wrong_type_int attributes {consts = {W = 64 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.const' op const 'W' has type 'i64', not 'f32'}}
    %0 = attn.const "W" : f32
    %1 = arith.addf %s, %0 : f32
    attn.yield %1 : f32
  }
  attn.softmax
}

