

// Every spec attribute: comment, consts, tied dims, bshd layout, all outputs.

// CHECK-LABEL: attn.spec @all_attrs attributes {
// CHECK-SAME:    comment = "every attribute"
// CHECK-SAME:    consts = {W = 128 : i64, cap = 5.000000e+01 : f64}
// CHECK-SAME:    dims = #attn.dims<B = 2, Hq = ?, Hkv = ?, Lq = 16, Lk = ?, D = ?, Dv = ?>
// CHECK-SAME:    dtype = bf16, dv_equals_d, hkv_equals_hq, layout = #attn.layout<bshd>
// CHECK-SAME:    outputs = ["o", "lse", "max"]} {
// CHECK-NEXT:    attn.softmax
// GENERIC-LABEL: "attn.spec"() <{
// GENERIC-SAME:    dv_equals_d, hkv_equals_hq
// GENERIC-SAME:    sym_name = "all_attrs"
attn.spec @all_attrs attributes {comment = "every attribute", consts = {W = 128 : i64, cap = 50.0 : f64}, dims = #attn.dims<B = 2, Hq = ?, Hkv = ?, Lq = 16, Lk = ?, D = ?, Dv = ?>, dtype = bf16, dv_equals_d, hkv_equals_hq, layout = #attn.layout<bshd>, outputs = ["o", "lse", "max"]} {
  attn.softmax
}

