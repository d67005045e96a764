

attn.spec @load_rank attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @slopes : f32 ["Hq"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op input 'slopes' has rank 1 but is indexed with 2 indices}}
    %0 = attn.load @slopes[%b, %h] : f32
    attn.yield %0 : f32
  }
  attn.softmax
}

