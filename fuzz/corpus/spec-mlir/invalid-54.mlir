

// expected-error @+1 {{'attn.score' op expects parent op 'attn.spec'}}
attn.score {
^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
  attn.yield %s : f32
}

//===----------------------------------------------------------------------===//
// Leaves: attn.load, attn.dim, attn.const, attn.yield
//===----------------------------------------------------------------------===//

