module {
  attn.spec @softmax_plus_one attributes {comment = "Softmax-plus-one / quiet softmax: a constant sink logit of 0 adds 1 to the denominator so a head can attend to nothing (Evan Miller, 'Attention Is Off By One'; Bondarenko et al. 2023 clipped softmax).", dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.cmpi sle, %k, %q : i64
      attn.yield %0 : i1
    }
    attn.softmax sink {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
      %c0_i64 = arith.constant 0 : i64
      %0 = arith.sitofp %c0_i64 : i64 to f32
      attn.yield %0 : f32
    }
  }
}

