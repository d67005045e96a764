

// All four stage ops with attn.load (f32, i64 and i1 results), attn.dim,
// attn.const (i64 and f32) and attn.yield; the softmax sink region.

// CHECK-LABEL: attn.spec @stages
// CHECK:         attn.scale {
// CHECK-NEXT:      %[[D:.*]] = attn.dim "D"
// CHECK-NEXT:      %[[DF:.*]] = arith.sitofp %[[D]] : i64 to f32
// CHECK-NEXT:      %[[R:.*]] = math.rsqrt %[[DF]] : f32
// CHECK-NEXT:      attn.yield %[[R]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.score {
// CHECK-NEXT:    ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[CAP:.*]] = attn.const "cap" : f32
// CHECK-NEXT:      %[[SL:.*]] = attn.load @slopes[%h] : f32
// CHECK-NEXT:      %[[X:.*]] = arith.addf %s, %[[SL]] : f32
// CHECK-NEXT:      %[[Y:.*]] = arith.mulf %[[X]], %[[CAP]] : f32
// CHECK-NEXT:      attn.yield %[[Y]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.mask {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
// CHECK-NEXT:      %[[W:.*]] = attn.const "W" : i64
// CHECK-NEXT:      %[[DQ:.*]] = attn.load @doc[%b, %q] : i64
// CHECK-NEXT:      %[[DK:.*]] = attn.load @doc[%b, %k] : i64
// CHECK-NEXT:      %[[P:.*]] = attn.load @pad[%b, %k] : i1
// CHECK-NEXT:      %[[EQ:.*]] = arith.cmpi eq, %[[DQ]], %[[DK]] : i64
// CHECK-NEXT:      %[[LT:.*]] = arith.cmpi slt, %k, %[[W]] : i64
// CHECK-NEXT:      %[[A:.*]] = arith.andi %[[EQ]], %[[LT]] : i1
// CHECK-NEXT:      %[[M:.*]] = arith.andi %[[A]], %[[P]] : i1
// CHECK-NEXT:      attn.yield %[[M]] : i1
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.softmax sink {
// CHECK-NEXT:    ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
// CHECK-NEXT:      %[[SK:.*]] = attn.load @sink[%h] : f32
// CHECK-NEXT:      attn.yield %[[SK]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    attn.epilogue {
// CHECK-NEXT:    ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
// CHECK-NEXT:      %[[G:.*]] = attn.load @gate[%b, %h, %q] : f32
// CHECK-NEXT:      %[[O:.*]] = arith.mulf %o, %[[G]] : f32
// CHECK-NEXT:      attn.yield %[[O]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:  }
// GENERIC: "attn.dim"() <{name = "D"}> : () -> i64
// GENERIC: "attn.const"() <{name = "cap"}> : () -> f32
// GENERIC: "attn.load"(%{{.*}}) <{input = @slopes}> : (i64) -> f32
// GENERIC: "attn.yield"(%{{.*}}) : (f32) -> ()
// GENERIC: "attn.load"(%{{.*}}, %{{.*}}) <{input = @pad}> : (i64, i64) -> i1
attn.spec @stages attributes {consts = {W = 64 : i64, cap = 30.0 : f64}, dims = #attn.dims<B = ?, Hq = 8, Hkv = 2, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o", "lse"]} {
  attn.input @slopes : f32 ["Hq"]
  attn.input @doc : i32 ["B", "Lk"]
  attn.input @pad : i1 ["B", "Lk"]
  attn.input @sink : f32 ["Hq"]
  attn.input @gate : f32 ["B", "Hq", "Lq"]
  attn.scale {
    %0 = attn.dim "D"
    %1 = arith.sitofp %0 : i64 to f32
    %2 = math.rsqrt %1 : f32
    attn.yield %2 : f32
  }
  attn.score {
  ^bb0(%s: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.const "cap" : f32
    %1 = attn.load @slopes[%h] : f32
    %2 = arith.addf %s, %1 : f32
    %3 = arith.mulf %2, %0 : f32
    attn.yield %3 : f32
  }
  attn.mask {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64, %k: i64):
    %0 = attn.const "W" : i64
    %1 = attn.load @doc[%b, %q] : i64
    %2 = attn.load @doc[%b, %k] : i64
    %3 = attn.load @pad[%b, %k] : i1
    %4 = arith.cmpi eq, %1, %2 : i64
    %5 = arith.cmpi slt, %k, %0 : i64
    %6 = arith.andi %4, %5 : i1
    %7 = arith.andi %6, %3 : i1
    attn.yield %7 : i1
  }
  attn.softmax sink {
  ^bb0(%b: i64, %h: i64, %hk: i64, %q: i64):
    %0 = attn.load @sink[%h] : f32
    attn.yield %0 : f32
  }
  attn.epilogue {
  ^bb0(%o: f32, %b: i64, %h: i64, %hk: i64, %q: i64, %d: i64):
    %0 = attn.load @gate[%b, %h, %q] : f32
    %1 = arith.mulf %o, %0 : f32
    attn.yield %1 : f32
  }
}

