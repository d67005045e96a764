module {
  attn.spec @neighborhood_2d attributes {comment = "2-D neighbourhood attention over a row-major Wd-wide grid of tokens: a query sees keys within R rows and R columns (NATTEN / Neighborhood Attention Transformer, HaloNets, GNA).", consts = {R = 3 : i64, Wd = 64 : i64}, dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 32, Dv = 32>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.const "Wd" : i64
      %1 = arith.divsi %q, %0 : i64
      %2 = attn.const "Wd" : i64
      %3 = arith.divsi %k, %2 : i64
      %4 = arith.subi %1, %3 : i64
      %5 = math.absi %4 : i64
      %6 = attn.const "R" : i64
      %7 = arith.cmpi sle, %5, %6 : i64
      %8 = attn.const "Wd" : i64
      %9 = arith.remsi %q, %8 : i64
      %10 = attn.const "Wd" : i64
      %11 = arith.remsi %k, %10 : i64
      %12 = arith.subi %9, %11 : i64
      %13 = math.absi %12 : i64
      %14 = attn.const "R" : i64
      %15 = arith.cmpi sle, %13, %14 : i64
      %16 = arith.andi %7, %15 : i1
      attn.yield %16 : i1
    }
    attn.softmax
  }
}

