

%c0 = arith.constant 0 : i64
// expected-error @+1 {{'attn.yield' op expects parent op to be one of 'attn.scale, attn.score, attn.mask, attn.epilogue, attn.softmax, attn.sigmoid, attn.relu'}}
attn.yield %c0 : i64

//===----------------------------------------------------------------------===//
// #attn.dims and #attn.layout
//===----------------------------------------------------------------------===//

