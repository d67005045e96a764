

// expected-error @+2 {{expected ::attc::attn::Layout to be one of: bhsd, bshd}}
// expected-error @+1 {{failed to parse Attn_LayoutAttr parameter 'value' which is to be a `::attc::attn::Layout`}}
attn.spec @layout_unknown attributes {dims = #attn.dims<B = ?>, dtype = f32, layout = #attn.layout<sbhd>, outputs = ["o"]} {
  attn.softmax
}
