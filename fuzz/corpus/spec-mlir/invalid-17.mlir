

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

