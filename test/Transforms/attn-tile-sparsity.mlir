// RUN: attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-tile-sparsity))' | FileCheck %s
//
// The classification of each sparse family (the input is what
// attn-canonicalize leaves, as in the lowering pipeline). key_lower and
// key_upper take d0 = q and the dims s0..s6 = B, Hq, Hkv, Lq, Lk, D, Dv.

// Causal: k <= q bounds keys above.
// CHECK-LABEL: attn.spec @causal
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = static, key_upper = (d0)[s0, s1, s2, s3, s4, s5, s6] -> (d0)>
attn.spec @causal attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.cmpi sle, %k, %q : i64
    attn.yield %0 : i1
  }
  attn.softmax
}


// -----

// Bottom-right causal, dynamic Lq and Lk: the bound keeps the dims (s3 = Lq, s4 = Lk).
// CHECK-LABEL: attn.spec @bottom_right
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = static, key_upper = (d0)[s0, s1, s2, s3, s4, s5, s6] -> (d0 - s3 + s4)>
attn.spec @bottom_right attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.dim "Lk"
    %1 = arith.addi %q, %0 : i64
    %2 = attn.dim "Lq"
    %3 = arith.subi %1, %2 : i64
    %4 = arith.cmpi sle, %k, %3 : i64
    attn.yield %4 : i1
  }
  attn.softmax
}


// -----

// A window smaller than a tile: both bounds.
// CHECK-LABEL: attn.spec @window_small
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = static, key_lower = (d0)[s0, s1, s2, s3, s4, s5, s6] -> (d0 - 15), key_upper = (d0)[s0, s1, s2, s3, s4, s5, s6] -> (d0)>
attn.spec @window_small attributes {consts = {W = 16 : i64}, dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %c16_i64 = arith.constant 16 : i64
    %0 = arith.cmpi sle, %k, %q : i64
    %1 = arith.subi %q, %k : i64
    %2 = arith.cmpi slt, %1, %c16_i64 : i64
    %3 = arith.andi %0, %2 : i1
    attn.yield %3 : i1
  }
  attn.softmax
}


// -----

// Chunked q / C == k / C: the chunk of q, in closed form.
// CHECK-LABEL: attn.spec @chunked
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = static, key_lower = (d0)[s0, s1, s2, s3, s4, s5, s6] -> ((d0 floordiv 512) * 512), key_upper = (d0)[s0, s1, s2, s3, s4, s5, s6] -> ((d0 floordiv 512) * 512 + 511)>
attn.spec @chunked attributes {consts = {C = 512 : i64}, dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %c512_i64 = arith.constant 512 : i64
    %0 = arith.divsi %q, %c512_i64 : i64
    %1 = arith.divsi %k, %c512_i64 : i64
    %2 = arith.cmpi eq, %0, %1 : i64
    attn.yield %2 : i1
  }
  attn.softmax
}


// -----

// Dilated: the modulo part stays partial, the causal part bounds keys.
// CHECK-LABEL: attn.spec @dilated_causal
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = static, key_upper = (d0)[s0, s1, s2, s3, s4, s5, s6] -> (d0)>
attn.spec @dilated_causal attributes {consts = {r = 4 : i64}, dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %c4_i64 = arith.constant 4 : i64
    %c0_i64 = arith.constant 0 : i64
    %0 = arith.subi %q, %k : i64
    %1 = arith.remsi %0, %c4_i64 : i64
    %2 = arith.cmpi eq, %1, %c0_i64 : i64
    %3 = arith.cmpi sle, %k, %q : i64
    %4 = arith.andi %2, %3 : i1
    attn.yield %4 : i1
  }
  attn.softmax
}


// -----

// Sinks or window: a disjunction, no closed form; tiles still classify.
// CHECK-LABEL: attn.spec @sinks_window
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = static>
attn.spec @sinks_window attributes {consts = {S = 4 : i64, W = 256 : i64}, dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %c256_i64 = arith.constant 256 : i64
    %c4_i64 = arith.constant 4 : i64
    %0 = arith.cmpi slt, %k, %c4_i64 : i64
    %1 = arith.cmpi sle, %k, %q : i64
    %2 = arith.subi %q, %k : i64
    %3 = arith.cmpi slt, %2, %c256_i64 : i64
    %4 = arith.andi %1, %3 : i1
    %5 = arith.ori %0, %4 : i1
    attn.yield %5 : i1
  }
  attn.softmax
}


// -----

// 2-D neighbourhood: abs() of divisions; classified per tile, no closed form.
// CHECK-LABEL: attn.spec @neighborhood
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = static>
attn.spec @neighborhood attributes {consts = {R = 3 : i64, Wd = 64 : i64}, dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %c3_i64 = arith.constant 3 : i64
    %c64_i64 = arith.constant 64 : i64
    %0 = arith.divsi %q, %c64_i64 : i64
    %1 = arith.divsi %k, %c64_i64 : i64
    %2 = arith.subi %0, %1 : i64
    %3 = math.absi %2 : i64
    %4 = arith.cmpi sle, %3, %c3_i64 : i64
    %5 = arith.remsi %q, %c64_i64 : i64
    %6 = arith.remsi %k, %c64_i64 : i64
    %7 = arith.subi %5, %6 : i64
    %8 = math.absi %7 : i64
    %9 = arith.cmpi sle, %8, %c3_i64 : i64
    %10 = arith.andi %4, %9 : i1
    attn.yield %10 : i1
  }
  attn.softmax
}


// -----

// Document mask: data-dependent, a block map of doc bounds the loads.
// CHECK-LABEL: attn.spec @document
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = data, key_upper = (d0)[s0, s1, s2, s3, s4, s5, s6] -> (d0), block_maps = <input = "doc", axis = 1, by = q>, <input = "doc", axis = 1, by = k>>
attn.spec @document attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
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


// -----

// Affine and data-dependent parts mixed: key bounds and a block map.
// CHECK-LABEL: attn.spec @doc_window
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = data, key_lower = (d0)[s0, s1, s2, s3, s4, s5, s6] -> (d0 - 127), key_upper = (d0)[s0, s1, s2, s3, s4, s5, s6] -> (d0), block_maps = <input = "doc", axis = 1, by = q>, <input = "doc", axis = 1, by = k>>
attn.spec @doc_window attributes {consts = {W = 128 : i64}, dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @doc : i32 ["B", "Lk"]
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %c128_i64 = arith.constant 128 : i64
    %0 = attn.load @doc[%b, %q] : i64
    %1 = attn.load @doc[%b, %k] : i64
    %2 = arith.cmpi eq, %0, %1 : i64
    %3 = arith.subi %q, %k : i64
    %4 = arith.cmpi slt, %3, %c128_i64 : i64
    %5 = arith.andi %2, %4 : i1
    %6 = arith.cmpi sle, %k, %q : i64
    %7 = arith.andi %5, %6 : i1
    attn.yield %7 : i1
  }
  attn.softmax
}


// -----

// Bitwise ops are not bounded: every tile is partial.
// CHECK-LABEL: attn.spec @xor_opaque
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = opaque>
attn.spec @xor_opaque attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %c0_i64 = arith.constant 0 : i64
    %c3_i64 = arith.constant 3 : i64
    %0 = arith.xori %q, %k : i64
    %1 = arith.remsi %0, %c3_i64 : i64
    %2 = arith.cmpi eq, %1, %c0_i64 : i64
    attn.yield %2 : i1
  }
  attn.softmax
}


// -----

// A float comparison cannot be decided per tile.
// CHECK-LABEL: attn.spec @float_opaque
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = opaque>
attn.spec @float_opaque attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @slope : f32 ["Hq"]
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %cst = arith.constant 8.000000e+00 : f32
    %0 = attn.load @slope[%h] : f32
    %1 = arith.subi %q, %k : i64
    %2 = arith.sitofp %1 : i64 to f32
    %3 = arith.mulf %0, %2 : f32
    %4 = arith.cmpf olt, %3, %cst : f32
    attn.yield %4 : i1
  }
  attn.softmax
}


// -----

// A load at k + 1 is not a tile-aligned index: no block map.
// CHECK-LABEL: attn.spec @shifted_load
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = opaque>
attn.spec @shifted_load attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @pos : i64 ["Lk"]
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %c1_i64 = arith.constant 1 : i64
    %0 = arith.addi %k, %c1_i64 : i64
    %1 = attn.load @pos[%0] : i64
    %2 = arith.cmpi sle, %1, %q : i64
    attn.yield %2 : i1
  }
  attn.softmax
}


// -----

// No mask: dense.
// CHECK-LABEL: attn.spec @full
// CHECK-SAME: attn.sparsity = #attn.sparsity<kind = dense>
attn.spec @full attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 2, Lq = ?, Lk = ?, D = 16, Dv = 16>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

