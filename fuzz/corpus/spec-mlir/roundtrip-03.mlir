

// attn.input with every element type and integer sizes.

// CHECK-LABEL: attn.spec @inputs
// CHECK-NEXT:    attn.input @t_f32 : f32 ["Hq"]
// CHECK-NEXT:    attn.input @t_f16 : f16 ["B", "Lk"]
// CHECK-NEXT:    attn.input @t_bf16 : bf16 ["Hq", 8191]
// CHECK-NEXT:    attn.input @t_i32 : i32 ["B", "Lq"]
// CHECK-NEXT:    attn.input @t_i64 : i64 [4, 4, 4]
// CHECK-NEXT:    attn.input @t_i1 : i1 ["B", "Hq", "Lq", "Lk"]
// CHECK-NEXT:    attn.softmax
// GENERIC: "attn.input"() <{elem_type = f32, shape = ["Hq"], sym_name = "t_f32"}> : () -> ()
// GENERIC: "attn.input"() <{elem_type = i64, shape = [4, 4, 4], sym_name = "t_i64"}> : () -> ()
attn.spec @inputs attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @t_f32 : f32 ["Hq"]
  attn.input @t_f16 : f16 ["B", "Lk"]
  attn.input @t_bf16 : bf16 ["Hq", 8191]
  attn.input @t_i32 : i32 ["B", "Lq"]
  attn.input @t_i64 : i64 [4, 4, 4]
  attn.input @t_i1 : i1 ["B", "Hq", "Lq", "Lk"]
  attn.softmax
}

