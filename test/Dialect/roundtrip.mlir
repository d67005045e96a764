// Every attn op in its custom form survives print and parse, and the generic
// form parses back to the same custom form.
// RUN: attc-opt %s -split-input-file | FileCheck %s
// RUN: attc-opt %s -split-input-file | attc-opt -split-input-file | FileCheck %s
// RUN: attc-opt %s -split-input-file --mlir-print-op-generic | attc-opt -split-input-file | FileCheck %s
// RUN: attc-opt %s -split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: attc-opt %s -split-input-file > %t.1.mlir
// RUN: attc-opt %t.1.mlir -split-input-file > %t.2.mlir
// RUN: diff %t.1.mlir %t.2.mlir

// The smallest spec: one normalizer, default scale, score and mask.

// CHECK-LABEL: attn.spec @minimal attributes {
// CHECK-SAME:    dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>,
// CHECK-SAME:    dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
// CHECK-NEXT:    attn.softmax
// CHECK-NEXT:  }
// GENERIC-LABEL: "attn.spec"() <{
// GENERIC-SAME:    sym_name = "minimal"
// GENERIC:         "attn.softmax"() ({
// GENERIC-NEXT:    }) : () -> ()
attn.spec @minimal attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

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

// -----

// Dims may be written in any order and left out ('?'); they print in order.

// CHECK-LABEL: attn.spec @dims_order attributes {
// CHECK-SAME:    dims = #attn.dims<B = ?, Hq = 4, Hkv = 2, Lq = ?, Lk = ?, D = 32, Dv = 16>
// CHECK-SAME:    dtype = f16
attn.spec @dims_order attributes {dims = #attn.dims<Dv = 16, D = 32, Hkv = 2, Hq = 4>, dtype = f16, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

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

// -----

// All four stage ops with attn.load (f32, i64 and i1 results), attn.dim,
// attn.const (i64 and f32) and attn.yield; the softmax sink region.

// CHECK-LABEL: attn.spec @stages
// CHECK:         attn.scale {
// CHECK-NEXT:      %[[D:.*]] = attn.dim "D"
// CHECK-NEXT:      %[[DF:.*]] = arith.sitofp %[[D]] : i64 to f32
// CHECK-NEXT:      %[[R:.*]] = math.rsqrt %[[DF]] : f32
// CHECK-NEXT:      attn.yield %[[R]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.score {
// CHECK-NEXT:    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[CAP:.*]] = attn.const "cap" : f32
// CHECK-NEXT:      %[[SL:.*]] = attn.load @slopes[%h] : f32
// CHECK-NEXT:      %[[X:.*]] = arith.addf %s, %[[SL]] : f32
// CHECK-NEXT:      %[[Y:.*]] = arith.mulf %[[X]], %[[CAP]] : f32
// CHECK-NEXT:      attn.yield %[[Y]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.mask {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[W:.*]] = attn.const "W" : i64
// CHECK-NEXT:      %[[DQ:.*]] = attn.load @doc[%b, %q] : i64
// CHECK-NEXT:      %[[DK:.*]] = attn.load @doc[%b, %k] : i64
// CHECK-NEXT:      %[[P:.*]] = attn.load @pad[%b, %k] : i1
// CHECK-NEXT:      %[[EQ:.*]] = arith.cmpi eq, %[[DQ]], %[[DK]] : i64
// CHECK-NEXT:      %[[LT:.*]] = arith.cmpi slt, %k, %[[W]] : i64
// CHECK-NEXT:      %[[A:.*]] = arith.andi %[[EQ]], %[[LT]] : i1
// CHECK-NEXT:      %[[M:.*]] = arith.andi %[[A]], %[[P]] : i1
// CHECK-NEXT:      attn.yield %[[M]] : i1
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.softmax sink {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
// CHECK-NEXT:      %[[SK:.*]] = attn.load @sink[%h] : f32
// CHECK-NEXT:      attn.yield %[[SK]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.epilogue {
// CHECK-NEXT:    ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
// CHECK-NEXT:      %[[G:.*]] = attn.load @gate[%b, %h, %q] : f32
// CHECK-NEXT:      %[[O:.*]] = arith.mulf %o, %[[G]] : f32
// CHECK-NEXT:      attn.yield %[[O]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:  }
// GENERIC: "attn.dim"() <{name = "D"}> : () -> i64
// GENERIC: "attn.const"() <{name = "cap"}> : () -> f32
// GENERIC: "attn.load"(%{{.*}}) <{input = @slopes}> : (i64) -> f32
// GENERIC: "attn.yield"(%{{.*}}) : (f32) -> ()
// GENERIC: "attn.load"(%{{.*}}, %{{.*}}) <{input = @pad}> : (i64, i64) -> i1
attn.spec @stages attributes {consts = {W = 64 : i64, cap = 30.0 : f64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 2, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse"]} {
  attn.input @slopes : f32 ["Hq"]
  attn.input @doc : i32 ["B", "Lk"]
  attn.input @pad : i1 ["B", "Lk"]
  attn.input @sink : f32 ["Hq"]
  attn.input @gate : f32 ["B", "Hq", "Lq"]
  attn.scale {
    %0 = attn.dim "D"
    %1 = arith.sitofp %0 : i64 to f32
    %2 = math.rsqrt %1 : f32
    attn.yield %2 : f32
  }
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.const "cap" : f32
    %1 = attn.load @slopes[%h] : f32
    %2 = arith.addf %s, %1 : f32
    %3 = arith.mulf %2, %0 : f32
    attn.yield %3 : f32
  }
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.const "W" : i64
    %1 = attn.load @doc[%b, %q] : i64
    %2 = attn.load @doc[%b, %k] : i64
    %3 = attn.load @pad[%b, %k] : i1
    %4 = arith.cmpi eq, %1, %2 : i64
    %5 = arith.cmpi slt, %k, %0 : i64
    %6 = arith.andi %4, %5 : i1
    %7 = arith.andi %6, %3 : i1
    attn.yield %7 : i1
  }
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
    %0 = attn.load @sink[%h] : f32
    attn.yield %0 : f32
  }
  attn.epilogue {
  ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
    %0 = attn.load @gate[%b, %h, %q] : f32
    %1 = arith.mulf %o, %0 : f32
    attn.yield %1 : f32
  }
}

// -----

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

// -----

// Softmax without a sink.

// CHECK-LABEL: attn.spec @softmax_plain
// CHECK-NEXT:    attn.softmax{{$}}
// CHECK-NEXT:  }
attn.spec @softmax_plain attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse"]} {
  attn.softmax
}

// -----

// Sigmoid with a bias region.

// CHECK-LABEL: attn.spec @sigmoid_bias
// CHECK-NEXT:    attn.sigmoid bias {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[LK:.*]] = attn.dim "Lk"
// CHECK-NEXT:      %[[F:.*]] = arith.sitofp %[[LK]] : i64 to f32
// CHECK-NEXT:      %[[L:.*]] = math.log %[[F]] : f32
// CHECK-NEXT:      %[[N:.*]] = arith.negf %[[L]] : f32
// CHECK-NEXT:      attn.yield %[[N]] : f32
// CHECK-NEXT:    }
// GENERIC: "attn.sigmoid"() ({
// GENERIC-NEXT: ^bb0(%{{.*}}: i64, %{{.*}}: i64, %{{.*}}: i64, %{{.*}}: i64, %{{.*}}: i64):
attn.spec @sigmoid_bias attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.sigmoid bias {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.dim "Lk"
    %1 = arith.sitofp %0 : i64 to f32
    %2 = math.log %1 : f32
    %3 = arith.negf %2 : f32
    attn.yield %3 : f32
  }
}

// -----

// Sigmoid without a bias; max is allowed with any normalizer.

// CHECK-LABEL: attn.spec @sigmoid_plain
// CHECK-SAME:    outputs = ["o", "max"]
// CHECK-NEXT:    attn.sigmoid{{$}}
// CHECK-NEXT:  }
attn.spec @sigmoid_plain attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "max"]} {
  attn.sigmoid
}

// -----

// ReLU with a power and a scale region.

// CHECK-LABEL: attn.spec @relu_scale
// CHECK-NEXT:    attn.relu attributes {power = 2 : i64} scale {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[C:.*]] = arith.constant 1.250000e-01 : f32
// CHECK-NEXT:      attn.yield %[[C]] : f32
// CHECK-NEXT:    }
// GENERIC: "attn.relu"() <{power = 2 : i64}> ({
attn.spec @relu_scale attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.relu attributes {power = 2 : i64} scale {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.constant 0.125 : f32
    attn.yield %0 : f32
  }
}

// -----

// ReLU with only a power.

// CHECK-LABEL: attn.spec @relu_plain
// CHECK-NEXT:    attn.relu attributes {power = 1 : i64}{{$}}
// CHECK-NEXT:  }
attn.spec @relu_plain attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.relu attributes {power = 1 : i64}
}

// -----

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

// -----

// Several specs may share one module.

// CHECK-LABEL: attn.spec @first
// CHECK-LABEL: attn.spec @second
attn.spec @first attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}
attn.spec @second attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.identity
}

// -----

// What the lowering pipeline attaches: the schedule and the sparsity with
// its block-map tables.

// CHECK-LABEL: attn.spec @lowered attributes {
// CHECK-SAME:    attn.schedule = #attn.schedule<target = "cpu", tile_q = 32, tile_k = 128, kv_splits = 1, heads_per_task = 0, dense_tiles = true>
// CHECK-SAME:    attn.sparsity = #attn.sparsity<kind = data, block_maps = <input = "doc", axis = 1, by = q>, <input = "doc", axis = 1, by = k>>
attn.spec @lowered attributes {attn.schedule = #attn.schedule<target = "cpu", tile_q = 32, tile_k = 128, kv_splits = 1, heads_per_task = 0, dense_tiles = true>, attn.sparsity = #attn.sparsity<kind = data, block_maps = #attn.block_map<input = "doc", axis = 1, by = q>, #attn.block_map<input = "doc", axis = 1, by = k>>, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @doc : i32 ["B", "Lk"]
  attn.softmax
}
