module {
  attn.spec @chunked attributes {comment = "Chunked / block-diagonal attention: queries only see keys of their own chunk of C tokens (Llama 4 chunked attention layers, parallel context encoding).", consts = {C = 8192 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 1, Lq = ?, Lk = ?, D = 128, Dv = 128>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.const "C" : i64
      %1 = arith.divsi %q, %0 : i64
      %2 = attn.const "C" : i64
      %3 = arith.divsi %k, %2 : i64
      %4 = arith.cmpi eq, %1, %3 : i64
      attn.yield %4 : i1
    }
    attn.softmax
  }
}

