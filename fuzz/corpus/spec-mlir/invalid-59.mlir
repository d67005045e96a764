

attn.spec @load_type_bool attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @pad : i1 ["B", "Lk"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op input 'pad' of element type 'i1' loads as 'i1', not 'f32'}}
    %0 = attn.load @pad[%b, %k] : f32
    attn.yield %0 : f32
  }
  attn.softmax
}

