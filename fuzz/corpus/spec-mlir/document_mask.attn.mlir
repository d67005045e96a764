module {
  attn.spec @document_mask attributes {comment = "Document masking for packed variable-length sequences: causal within a document, nothing across documents; doc[b, t] is the document id of token t (FlexAttention document mask, varlen packing). doc is indexed by q and by k, so Lq == Lk.", dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse", "max"]} {
    attn.input @doc : i32 ["B", "Lk"]
    attn.mask {
    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
      %0 = attn.load @doc[%b, %q] : i64
      %1 = attn.load @doc[%b, %k] : i64
      %2 = arith.cmpi eq, %0, %1 : i64
      %3 = arith.cmpi sle, %k, %q : i64
      %4 = arith.andi %2, %3 : i1
      attn.yield %4 : i1
    }
    attn.softmax
  }
}

