

attn.spec @load_type_float attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @slopes : f16 ["Hq"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op input 'slopes' of element type 'f16' loads as 'f32', not 'i64'}}
    %0 = attn.load @slopes[%h] : i64
    %1 = arith.sitofp %0 : i64 to f32
    attn.yield %1 : f32
  }
  attn.softmax
}

