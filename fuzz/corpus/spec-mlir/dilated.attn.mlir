module {
  attn.spec @dilated attributes {comment = "Dilated / strided causal attention: a query sees every r-th earlier key (LongNet dilated attention, Sparse Transformer strided pattern).", consts = {r = 4 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = arith.subi %q, %k : i64
      %1 = attn.const "r" : i64
      %2 = arith.remsi %0, %1 : i64
      %c0_i64 = arith.constant 0 : i64
      %3 = arith.cmpi eq, %2, %c0_i64 : i64
      %4 = arith.cmpi sle, %k, %q : i64
      %5 = arith.andi %3, %4 : i1
      attn.yield %5 : i1
    }
    attn.softmax
  }
}

