// RUN: attc-opt %s --split-input-file --verify-diagnostics --pass-pipeline='builtin.module(attn.spec(attn-test-normalizer))' -o /dev/null
//
// What the NormalizerOpInterface of each normalizer says: the per-row state,
// whether weights need row statistics, how partial states merge, which
// attc_normalize.h type implements it and which hook its parameter becomes.

attn.spec @softmax attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-remark @+1 {{state = [acc, max, sum], row statistics = yes, merge = logsumexp, template = attc::norm::Softmax, param = default}}
  attn.softmax
}

// -----

attn.spec @softmax_sink attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-remark @+1 {{state = [acc, max, sum], row statistics = yes, merge = logsumexp, template = attc::norm::Softmax, param = sink}}
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
    %0 = arith.constant 0.5 : f32
    attn.yield %0 : f32
  }
}

// -----

attn.spec @sigmoid attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-remark @+1 {{state = [acc], row statistics = no, merge = sum, template = attc::norm::Sigmoid, param = norm_param}}
  attn.sigmoid bias {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = arith.constant -2.0 : f32
    attn.yield %0 : f32
  }
}

// -----

attn.spec @relu attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-remark @+1 {{state = [acc], row statistics = no, merge = sum, template = attc::norm::Relu<3>, param = default}}
  attn.relu attributes {power = 3 : i64}
}

// -----

attn.spec @identity attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-remark @+1 {{state = [acc], row statistics = no, merge = sum, template = attc::norm::Identity, param = none}}
  attn.identity
}
