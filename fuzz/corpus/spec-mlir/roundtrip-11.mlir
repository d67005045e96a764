

// The identity ("none") normalizer.

// CHECK-LABEL: attn.spec @identity
// CHECK-NEXT:    attn.score {
// CHECK:         attn.identity{{$}}
// CHECK-NEXT:  }
// GENERIC: "attn.identity"() : () -> ()
attn.spec @identity attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = math.exp %s : f32
    attn.yield %0 : f32
  }
  attn.identity
}

