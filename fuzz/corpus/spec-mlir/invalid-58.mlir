

attn.spec @load_type_int attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @doc : i32 ["B", "Lk"]
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op input 'doc' of element type 'i32' loads as 'i64', not 'i1'}}
    %0 = attn.load @doc[%b, %k] : i1
    attn.yield %0 : i1
  }
  attn.softmax
}

