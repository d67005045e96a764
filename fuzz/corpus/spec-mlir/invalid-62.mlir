

attn.spec @const_unknown attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.const' op unknown const 'W'}}
    %0 = attn.const "W" : i64
    %1 = arith.cmpi slt, %k, %0 : i64
    attn.yield %1 : i1
  }
  attn.softmax
}

