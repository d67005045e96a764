

attn.spec @load_unknown attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op 'slopes' does not name an attn.input of the spec}}
    %0 = attn.load @slopes[%h] : f32
    attn.yield %0 : f32
  }
  attn.softmax
}

