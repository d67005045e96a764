// Only attn.spec ops may appear at the top level.
%0 = arith.constant 1 : i64
