

attn.spec @bias_arg_type attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.sigmoid' op bias region argument 'b' must be 'i64', got 'f32'}}
  attn.sigmoid bias {
  ^bb0(%b: f32, %h: i64, %hk: i64, %q: i64, %k: i64):
    attn.yield %b : f32
  }
}

