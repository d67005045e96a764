

// expected-error @+1 {{'attn.spec' op expected exactly one normalizer (attn.softmax, attn.sigmoid, attn.relu or attn.identity), found 0}}
attn.spec @no_normalizer attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.cmpi sle, %k, %q : i64
    attn.yield %0 : i1
  }
}

