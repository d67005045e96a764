

attn.spec @const_wrong_type_float attributes {consts = {cap = 50.0 : f64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.const' op const 'cap' has type 'f32', not 'i64'}}
    %0 = attn.const "cap" : i64
    %1 = arith.cmpi slt, %k, %0 : i64
    attn.yield %1 : i1
  }
  attn.softmax
}

