

attn.spec @relu_scale_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.relu' op scale region must yield 'f32', got 'i64'}}
  attn.relu attributes {power = 2 : i64} scale {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    attn.yield %k : i64
  }
}

