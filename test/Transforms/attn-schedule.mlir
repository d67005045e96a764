// RUN: attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule))' | FileCheck %s
// RUN: attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule{tile-q=32 tile-k=128 dense=true}))' | FileCheck %s --check-prefix=OPTS
// RUN: attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule{heads-per-task=0}))' | FileCheck %s --check-prefix=LAUNCH
// RUN: attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule{target=cuda}))' | FileCheck %s --check-prefix=CUDA
// RUN: attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule{target=hip}))' | FileCheck %s --check-prefix=HIP
// RUN: not attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule{target=tpu}))' -o /dev/null 2>&1 | FileCheck %s --check-prefix=TARGET
// RUN: attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule{kv-splits=2}))' | FileCheck %s --check-prefix=SPLITS
// RUN: not attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule{tile-q=1000}))' -o /dev/null 2>&1 | FileCheck %s --check-prefix=RANGE
//
// The CPU row of the schedule table: 64 x 64 tiles; heads per task the
// largest divisor of Hq/Hkv with at most 256 query rows per task, 0 (at
// launch) when the spec leaves the heads dynamic. The CUDA row: 64 x 64
// (64 x 32 for heads over 128), at most 128 rows (two heads) per block.

// TARGET-COUNT-5: error: attn-schedule: no schedule for target 'tpu' (known: cpu, cuda, hip)
// Every backend splits keys (split-KV): kv_splits = 2 is kept.
// SPLITS-COUNT-5: attn.schedule = #attn.schedule<target = "cpu", tile_q = {{[0-9]+}}, tile_k = {{[0-9]+}}, kv_splits = 2,
// RANGE: error: attn-schedule: tile-q must be between 1 and 512, got 1000
// RUN: not attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule{heads-per-task=3}))' -o /dev/null 2>&1 | FileCheck %s --check-prefix=HEADS
// RUN: not attc-opt %s --split-input-file --pass-pipeline='builtin.module(attn.spec(attn-schedule{heads-per-task=8 tile-q=64}))' -o /dev/null 2>&1 | FileCheck %s --check-prefix=ROWS
// HEADS: error: attn-schedule: heads_per_task 3 does not divide the 4 query heads of a kv head
// ROWS: error: attn-schedule: heads_per_task x tile_q = 512 query rows exceeds the task limit of 256

// CHECK-LABEL: attn.spec @dynamic_heads
// CHECK-SAME: attn.schedule = #attn.schedule<target = "cpu", tile_q = 64, tile_k = 64, kv_splits = 1, heads_per_task = 0, dense_tiles = false>
// OPTS-LABEL: attn.spec @dynamic_heads
// OPTS-SAME: attn.schedule = #attn.schedule<target = "cpu", tile_q = 32, tile_k = 128, kv_splits = 1, heads_per_task = 0, dense_tiles = true>
// CUDA-LABEL: attn.spec @dynamic_heads
// CUDA-SAME: attn.schedule = #attn.schedule<target = "cuda", tile_q = 64, tile_k = 64, kv_splits = 1, heads_per_task = 0, dense_tiles = false>
// HIP-LABEL: attn.spec @dynamic_heads
// HIP-SAME: attn.schedule = #attn.schedule<target = "hip", tile_q = 64, tile_k = 32, kv_splits = 1, heads_per_task = 0, dense_tiles = false>
attn.spec @dynamic_heads attributes {dims = #attn.dims<B = ?, Hq = ?, Hkv = ?, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// GQA 8/2: the four query heads of a kv head share one task.
// CHECK-LABEL: attn.spec @gqa
// CHECK-SAME: heads_per_task = 4,
// With tiles of 32 queries a task may hold 8 heads; the group has 4.
// OPTS-LABEL: attn.spec @gqa
// OPTS-SAME: heads_per_task = 4,
// CUDA-LABEL: attn.spec @gqa
// CUDA-SAME: heads_per_task = 2,
// LAUNCH-LABEL: attn.spec @gqa
// LAUNCH-SAME: heads_per_task = 0,
attn.spec @gqa attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 2, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// MQA 12/1: at most 256 / 64 = 4 heads per task, a divisor of 12: 4; with
// 32-query tiles up to 8: 6.
// CHECK-LABEL: attn.spec @mqa
// CHECK-SAME: heads_per_task = 4,
// OPTS-LABEL: attn.spec @mqa
// OPTS-SAME: heads_per_task = 6,
// CUDA-LABEL: attn.spec @mqa
// CUDA-SAME: heads_per_task = 2,
attn.spec @mqa attributes {dims = #attn.dims<B = ?, Hq = 12, Hkv = 1, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// A schedule the spec already carries is kept where no option overrides it.
// CHECK-LABEL: attn.spec @given
// CHECK-SAME: attn.schedule = #attn.schedule<target = "cpu", tile_q = 16, tile_k = 48, kv_splits = 1, heads_per_task = 2, dense_tiles = false>
// OPTS-LABEL: attn.spec @given
// OPTS-SAME: attn.schedule = #attn.schedule<target = "cpu", tile_q = 32, tile_k = 128, kv_splits = 1, heads_per_task = 2, dense_tiles = true>
attn.spec @given attributes {attn.schedule = #attn.schedule<target = "cpu", tile_q = 16, tile_k = 48, kv_splits = 1, heads_per_task = 2, dense_tiles = false>, dims = #attn.dims<B = ?, Hq = 8, Hkv = 2, Lq = ?, Lk = ?, D = 64, Dv = 64>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}

// -----

// Heads over 128 wide: the CUDA row's narrower key tile.
// CHECK-LABEL: attn.spec @wide
// CHECK-SAME: tile_k = 64,
// CUDA-LABEL: attn.spec @wide
// CUDA-SAME: tile_q = 64, tile_k = 32,
// HIP-LABEL: attn.spec @wide
// HIP-SAME: tile_q = 64, tile_k = 16,
attn.spec @wide attributes {dims = #attn.dims<B = ?, Hq = 8, Hkv = 8, Lq = ?, Lk = ?, D = 256, Dv = 256>, dtype = f32, layout = #attn.layout<bhsd>, outputs = ["o"]} {
  attn.softmax
}
