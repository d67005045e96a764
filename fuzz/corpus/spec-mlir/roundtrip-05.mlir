

// Block arguments print with their stage names whatever they were called.

// CHECK-LABEL: attn.spec @arg_names
// CHECK:         ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      attn.yield %s : f32
attn.spec @arg_names attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%arg0: f32, %arg1: i64, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64):
    attn.yield %arg0 : f32
  }
  attn.softmax
}

