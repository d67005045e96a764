// Verifier messages of attn.derivative and attn.accumulate (run by
// attn-differentiate.mlir).
// RUN: true

attn.spec @bad_stage attributes {dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  // expected-error @below {{unknown stage 'mask' (expected score, epilogue, sink or norm_param)}}
  attn.derivative "mask" {
  ^bb0(%g: f32):
    attn.yield %g : f32
  }
}

// -----

attn.spec @bad_args attributes {dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  // expected-error @below {{derivative of 'sink' takes 5 arguments, got 1}}
  attn.derivative "sink" {
  ^bb0(%g: f32):
    attn.yield %g : f32
  }
}

// -----

attn.spec @twice attributes {dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
  attn.derivative "sink" {
  ^bb0(%g: f32, %b: i64, %h: i64, %hk: i64, %q: i64):
    attn.yield %g : f32
  }
  // expected-error @below {{of 'sink' appears twice in one attn.spec}}
  attn.derivative "sink" {
  ^bb0(%g: f32, %b: i64, %h: i64, %hk: i64, %q: i64):
    attn.yield %g : f32
  }
}

// -----

attn.spec @int_grad attributes {dims = #attn.dims<B = ?, Hq = 4, Hkv = 4, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.input @ids : i32 ["Hq"]
  attn.softmax
  attn.derivative "sink" {
  ^bb0(%g: f32, %b: i64, %h: i64, %hk: i64, %q: i64):
    // expected-error @below {{input 'ids' is not a float input and has no gradient}}
    attn.accumulate %g, @ids[%h]
    attn.yield %g : f32
  }
}
