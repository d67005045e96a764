// One case per verifier message of the attn dialect (AttnOps.cpp,
// AttnDialect.cpp) and the ODS constraints of its ops and attributes.
// RUN: attc-opt %s -split-input-file -verify-diagnostics

//===----------------------------------------------------------------------===//
// attn.spec
//===----------------------------------------------------------------------===//

// expected-error @+1 {{'attn.spec' op dtype must be f32, f16 or bf16, got 'f64'}}
attn.spec @dtype attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f64, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op dtype must be f32, f16 or bf16, got 'i32'}}
attn.spec @dtype_int attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = i32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op Hq (8) must be a multiple of Hkv (3)}}
attn.spec @gqa attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 3, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op Hq (2) must be a multiple of Hkv (4)}}
attn.spec @gqa_more_kv attributes {dims = #attn.dims<B = ?, Hq = 2, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op unknown output 'attn' (expected o, lse or max)}}
attn.spec @unknown_output attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "attn"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op output 'lse' listed twice}}
attn.spec @duplicate_output attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse", "lse"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op at least one output is required}}
attn.spec @no_outputs attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = []} {
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op const 'W' must be an integer or a float}}
attn.spec @const_type attributes {consts = {W = "128"}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op const 'q' clashes with a variable or dim name}}
attn.spec @const_clash_var attributes {consts = {q = 1 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op const 'Lk' clashes with a variable or dim name}}
attn.spec @const_clash_dim attributes {consts = {Lk = 1.0 : f64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

attn.spec @foreign_op attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'arith.constant' op is not allowed in an attn.spec body}}
  %0 = arith.constant 1 : i64
  attn.softmax
}

// -----

attn.spec @duplicate_stage attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.cmpi sle, %k, %q : i64
    attn.yield %0 : i1
  }
  // expected-error @+1 {{'attn.mask' op appears twice in one attn.spec}}
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.cmpi sle, %k, %q : i64
    attn.yield %0 : i1
  }
  attn.softmax
}

// -----

attn.spec @duplicate_scale attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.scale {
    %0 = arith.constant 1.0 : f32
    attn.yield %0 : f32
  }
  // expected-error @+1 {{'attn.scale' op appears twice in one attn.spec}}
  attn.scale {
    %0 = arith.constant 1.0 : f32
    attn.yield %0 : f32
  }
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.spec' op expected exactly one normalizer (attn.softmax, attn.sigmoid, attn.relu or attn.identity), found 0}}
attn.spec @no_normalizer attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.cmpi sle, %k, %q : i64
    attn.yield %0 : i1
  }
}

// -----

// expected-error @+1 {{'attn.spec' op expected exactly one normalizer (attn.softmax, attn.sigmoid, attn.relu or attn.identity), found 2}}
attn.spec @two_normalizers attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  attn.identity
}

// -----

// expected-error @+1 {{'attn.spec' op output 'lse' requires the softmax normalizer}}
attn.spec @lse_sigmoid attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse"]} {
  attn.sigmoid
}

// -----

// expected-error @+1 {{'attn.spec' op output 'lse' requires the softmax normalizer}}
attn.spec @lse_relu attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["lse"]} {
  attn.relu attributes {power = 1 : i64}
}

// -----

attn.spec @symbol_twice attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-note @+1 {{see existing symbol definition here}}
  attn.input @x : f32 ["Hq"]
  // expected-error @+1 {{redefinition of symbol named 'x'}}
  attn.input @x : f32 ["B"]
  attn.softmax
}

//===----------------------------------------------------------------------===//
// attn.input
//===----------------------------------------------------------------------===//

// -----

attn.spec @input_elem attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op element type must be f32, f16, bf16, i32, i64 or i1, got 'f64'}}
  attn.input @x : f64 ["Hq"]
  attn.softmax
}

// -----

attn.spec @input_elem_i8 attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op element type must be f32, f16, bf16, i32, i64 or i1, got 'i8'}}
  attn.input @x : i8 ["Hq"]
  attn.softmax
}

// -----

attn.spec @input_clash_var attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'hk' clashes with a variable or dim name}}
  attn.input @hk : f32 ["Hq"]
  attn.softmax
}

// -----

attn.spec @input_clash_dim attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'Dv' clashes with a variable or dim name}}
  attn.input @Dv : f32 ["Hq"]
  attn.softmax
}

// -----

attn.spec @input_clash_literal attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'inf' clashes with a variable or dim name}}
  attn.input @inf : f32 ["Hq"]
  attn.softmax
}

// -----

attn.spec @input_clash_const attributes {consts = {W = 4 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'W' clashes with a const of the same name}}
  attn.input @W : f32 ["Hq"]
  attn.softmax
}

// -----

attn.spec @input_rank0 attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'x' must have rank 1 to 8, got 0}}
  attn.input @x : f32 []
  attn.softmax
}

// -----

attn.spec @input_rank9 attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op input 'x' must have rank 1 to 8, got 9}}
  attn.input @x : f32 [1, 1, 1, 1, 1, 1, 1, 1, 1]
  attn.softmax
}

// -----

attn.spec @input_unknown_dim attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op shape of input 'x' names unknown dim 'T'}}
  attn.input @x : f32 ["B", "T"]
  attn.softmax
}

// -----

attn.spec @input_zero_size attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op shape of input 'x' must list dim names or positive integers}}
  attn.input @x : f32 ["B", 0]
  attn.softmax
}

// -----

attn.spec @input_negative_size attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op shape of input 'x' must list dim names or positive integers}}
  attn.input @x : f32 [-4]
  attn.softmax
}

// -----

attn.spec @input_float_size attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.input' op shape of input 'x' must list dim names or positive integers}}
  attn.input @x : f32 [2.5]
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.input' op expects parent op 'attn.spec'}}
attn.input @outside : f32 ["Hq"]

//===----------------------------------------------------------------------===//
// Stage regions: argument count, argument types, yielded type
//===----------------------------------------------------------------------===//

// -----

attn.spec @scale_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.scale' op scale region takes 0 arguments (), got 1}}
  attn.scale {
  ^bb0(%x: f32):
    attn.yield %x : f32
  }
  attn.softmax
}

// -----

attn.spec @scale_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.scale' op scale region must yield 'f32', got 'i64'}}
  attn.scale {
    %0 = attn.dim "D"
    attn.yield %0 : i64
  }
  attn.softmax
}

// -----

attn.spec @score_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.score' op score region takes 6 arguments (s, b, h, hk, q, k), got 5}}
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64):
    attn.yield %s : f32
  }
  attn.softmax
}

// -----

attn.spec @score_arg_type attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.score' op score region argument 's' must be 'f32', got 'f16'}}
  attn.score {
  ^bb0(%s: f16, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.extf %s : f16 to f32
    attn.yield %0 : f32
  }
  attn.softmax
}

// -----

attn.spec @score_arg_type_k attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.score' op score region argument 'k' must be 'i64', got 'i32'}}
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i32):
    attn.yield %s : f32
  }
  attn.softmax
}

// -----

attn.spec @score_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.score' op score region must yield 'f32', got 'i64'}}
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    attn.yield %q : i64
  }
  attn.softmax
}

// -----

attn.spec @score_no_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.score' op score region must end in attn.yield}}
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.addf %s, %s : f32
  }
  attn.softmax
}

// -----

attn.spec @score_foreign_op attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.score' op score region: 'math.atan' is not an op of the expression language}}
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = math.atan %s : f32
    attn.yield %0 : f32
  }
  attn.softmax
}

// -----

attn.spec @mask_reads_s attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.mask' op the mask cannot read the score 's'}}
  attn.mask {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.constant 0.0 : f32
    %1 = arith.cmpf ogt, %s, %0 : f32
    attn.yield %1 : i1
  }
  attn.softmax
}

// -----

attn.spec @mask_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.mask' op mask region takes 5 arguments (b, h, hk, q, k), got 4}}
  attn.mask {
  ^bb0(%b: i64, %h: i64, %q: i64, %k: i64):
    %0 = arith.cmpi sle, %k, %q : i64
    attn.yield %0 : i1
  }
  attn.softmax
}

// -----

attn.spec @mask_arg_type attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.mask' op mask region argument 'q' must be 'i64', got 'index'}}
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: index, %k: i64):
    %0 = arith.constant true
    attn.yield %0 : i1
  }
  attn.softmax
}

// -----

attn.spec @mask_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.mask' op mask region must yield 'i1', got 'i64'}}
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.subi %q, %k : i64
    attn.yield %0 : i64
  }
  attn.softmax
}

// -----

attn.spec @epilogue_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  // expected-error @+1 {{'attn.epilogue' op epilogue region takes 6 arguments (o, b, h, hk, q, d), got 1}}
  attn.epilogue {
  ^bb0(%o: f32):
    attn.yield %o : f32
  }
}

// -----

attn.spec @epilogue_arg_type attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  // expected-error @+1 {{'attn.epilogue' op epilogue region argument 'o' must be 'f32', got 'bf16'}}
  attn.epilogue {
  ^bb0(%o: bf16, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
    %0 = arith.extf %o : bf16 to f32
    attn.yield %0 : f32
  }
}

// -----

attn.spec @epilogue_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  // expected-error @+1 {{'attn.epilogue' op epilogue region must yield 'f32', got 'bf16'}}
  attn.epilogue {
  ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
    %0 = arith.truncf %o : f32 to bf16
    attn.yield %0 : bf16
  }
}

// -----

attn.spec @sink_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.softmax' op sink region takes 4 arguments (b, h, hk, q), got 5}}
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.constant 0.0 : f32
    attn.yield %0 : f32
  }
}

// -----

attn.spec @sink_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.softmax' op sink region must yield 'f32', got 'i1'}}
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
    %0 = arith.constant true
    attn.yield %0 : i1
  }
}

// -----

attn.spec @bias_arg_type attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.sigmoid' op bias region argument 'b' must be 'i64', got 'f32'}}
  attn.sigmoid bias {
  ^bb0(%b: f32, %h: i64, %hk: i64, %q: i64, %k: i64):
    attn.yield %b : f32
  }
}

// -----

attn.spec @bias_args attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.sigmoid' op bias region takes 5 arguments (b, h, hk, q, k), got 0}}
  attn.sigmoid bias {
    %0 = arith.constant 0.0 : f32
    attn.yield %0 : f32
  }
}

// -----

attn.spec @relu_scale_yield attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.relu' op scale region must yield 'f32', got 'i64'}}
  attn.relu attributes {power = 2 : i64} scale {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    attn.yield %k : i64
  }
}

// -----

attn.spec @relu_power attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.relu' op attribute 'power' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  attn.relu attributes {power = 0 : i64}
}

// -----

attn.spec @relu_power_negative attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.relu' op attribute 'power' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  attn.relu attributes {power = -2 : i64}
}

// -----

attn.spec @relu_no_power attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.relu' op requires attribute 'power'}}
  attn.relu
}

// -----

attn.spec @stage_two_blocks attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.softmax' op region #0 ('sink') failed to verify constraint: region with at most 1 blocks}}
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
    %0 = arith.constant 0.0 : f32
    attn.yield %0 : f32
  ^bb1:
    %1 = arith.constant 0.0 : f32
    attn.yield %1 : f32
  }
}

// -----

// expected-error @+1 {{'attn.score' op expects parent op 'attn.spec'}}
attn.score {
^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
  attn.yield %s : f32
}

//===----------------------------------------------------------------------===//
// Leaves: attn.load, attn.dim, attn.const, attn.yield
//===----------------------------------------------------------------------===//

// -----

attn.spec @load_unknown attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op 'slopes' does not name an attn.input of the spec}}
    %0 = attn.load @slopes[%h] : f32
    attn.yield %0 : f32
  }
  attn.softmax
}

// -----

attn.spec @load_rank attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @slopes : f32 ["Hq"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op input 'slopes' has rank 1 but is indexed with 2 indices}}
    %0 = attn.load @slopes[%b, %h] : f32
    attn.yield %0 : f32
  }
  attn.softmax
}

// -----

attn.spec @load_type_float attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @slopes : f16 ["Hq"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op input 'slopes' of element type 'f16' loads as 'f32', not 'i64'}}
    %0 = attn.load @slopes[%h] : i64
    %1 = arith.sitofp %0 : i64 to f32
    attn.yield %1 : f32
  }
  attn.softmax
}

// -----

attn.spec @load_type_int attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @doc : i32 ["B", "Lk"]
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op input 'doc' of element type 'i32' loads as 'i64', not 'i1'}}
    %0 = attn.load @doc[%b, %k] : i1
    attn.yield %0 : i1
  }
  attn.softmax
}

// -----

attn.spec @load_type_bool attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @pad : i1 ["B", "Lk"]
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op input 'pad' of element type 'i1' loads as 'i1', not 'f32'}}
    %0 = attn.load @pad[%b, %k] : f32
    attn.yield %0 : f32
  }
  attn.softmax
}

// -----

attn.spec @load_result_constraint attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @slopes : f32 ["Hq"]
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.load' op result #0 must be 32-bit float or 64-bit signless integer or 1-bit signless integer, but got 'f16'}}
    %0 = attn.load @slopes[%h] : f16
    %1 = arith.cmpf olt, %0, %0 : f16
    attn.yield %1 : i1
  }
  attn.softmax
}

// -----

attn.spec @dim_unknown attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.scale {
    // expected-error @+1 {{'attn.dim' op unknown dim 'L' (expected B, Hq, Hkv, Lq, Lk, D or Dv)}}
    %0 = attn.dim "L"
    %1 = arith.sitofp %0 : i64 to f32
    attn.yield %1 : f32
  }
  attn.softmax
}

// -----

attn.spec @const_unknown attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.const' op unknown const 'W'}}
    %0 = attn.const "W" : i64
    %1 = arith.cmpi slt, %k, %0 : i64
    attn.yield %1 : i1
  }
  attn.softmax
}

// -----

attn.spec @const_wrong_type_int attributes {consts = {W = 64 : i64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.const' op const 'W' has type 'i64', not 'f32'}}
    %0 = attn.const "W" : f32
    %1 = arith.addf %s, %0 : f32
    attn.yield %1 : f32
  }
  attn.softmax
}

// -----

attn.spec @const_wrong_type_float attributes {consts = {cap = 50.0 : f64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    // expected-error @+1 {{'attn.const' op const 'cap' has type 'f32', not 'i64'}}
    %0 = attn.const "cap" : i64
    %1 = arith.cmpi slt, %k, %0 : i64
    attn.yield %1 : i1
  }
  attn.softmax
}

// -----

// expected-error @+1 {{'attn.const' op must be inside an attn.spec}}
%0 = attn.const "W" : i64

// -----

%c0 = arith.constant 0 : i64
// expected-error @+1 {{'attn.yield' op expects parent op to be one of 'attn.scale, attn.score, attn.mask, attn.epilogue, attn.softmax, attn.sigmoid, attn.relu, attn.derivative'}}
attn.yield %c0 : i64

//===----------------------------------------------------------------------===//
// #attn.dims and #attn.layout
//===----------------------------------------------------------------------===//

// -----

// expected-error @+1 {{unknown dim 'X'}}
attn.spec @dims_unknown attributes {dims = #attn.dims<B = ?, X = 8>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{dim 'Hq' given twice}}
attn.spec @dims_twice attributes {dims = #attn.dims<Hq = 8, Hq = 4>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{dim D must be positive or '?', got 0}}
attn.spec @dims_zero attributes {dims = #attn.dims<B = ?, Hq = 8, D = 0>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{dim Lk must be positive or '?', got -3}}
attn.spec @dims_negative attributes {dims = #attn.dims<Lk = -3>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{expected integer value}}
attn.spec @dims_float attributes {dims = #attn.dims<D = 6.5>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+2 {{expected ::attc::attn::Layout to be one of: bhsd, bshd}}
// expected-error @+1 {{failed to parse Attn_LayoutAttr parameter 'value' which is to be a `::attc::attn::Layout`}}
attn.spec @layout_unknown attributes {dims = #attn.dims<B = ?>, dtype = f32, layout = #attn.layout<sbhd>, outputs = ["o"]} {
  attn.softmax
}

// -----

//===----------------------------------------------------------------------===//
// #attn.schedule and #attn.block_map
//===----------------------------------------------------------------------===//

// expected-error @+1 {{tile sizes must be between 1 and 512, got tile_q = 0, tile_k = 64}}
attn.spec @schedule_tile attributes {attn.schedule = #attn.schedule<target = "cpu", tile_q = 0, tile_k = 64, kv_splits = 1, heads_per_task = 0, dense_tiles = false>, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{kv_splits must be positive, got 0}}
attn.spec @schedule_splits attributes {attn.schedule = #attn.schedule<target = "cpu", tile_q = 64, tile_k = 64, kv_splits = 0, heads_per_task = 0, dense_tiles = false>, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{heads_per_task must be 0 (at launch) or positive, got -2}}
attn.spec @schedule_heads attributes {attn.schedule = #attn.schedule<target = "cpu", tile_q = 64, tile_k = 64, kv_splits = 1, heads_per_task = -2, dense_tiles = false>, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+1 {{expected true or false}}
attn.spec @schedule_bool attributes {attn.schedule = #attn.schedule<target = "cpu", tile_q = 64, tile_k = 64, kv_splits = 1, heads_per_task = 0, dense_tiles = maybe>, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// expected-error @+2 {{expected 'q' or 'k'}}
// expected-error @+1 {{failed to parse Attn_SparsityAttr parameter 'block_maps'}}
attn.spec @block_map_by attributes {attn.sparsity = #attn.sparsity<kind = data, block_maps = #attn.block_map<input = "doc", axis = 1, by = d>>, dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}
