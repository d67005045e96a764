

attn.spec @relu_power attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  // expected-error @+1 {{'attn.relu' op attribute 'power' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  attn.relu attributes {power = 0 : i64}
}

