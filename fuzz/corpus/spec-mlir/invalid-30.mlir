

// expected-error @+1 {{'attn.input' op expects parent op 'attn.spec'}}
attn.input @outside : f32 ["Hq"]

//===----------------------------------------------------------------------===//
// Stage regions: argument count, argument types, yielded type
//===----------------------------------------------------------------------===//

