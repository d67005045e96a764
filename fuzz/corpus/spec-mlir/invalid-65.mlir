

// expected-error @+1 {{'attn.const' op must be inside an attn.spec}}
%0 = attn.const "W" : i64

