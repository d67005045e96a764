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

