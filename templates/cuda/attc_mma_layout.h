//===- attc_mma_layout.h - lane index math of the tensor-core skeleton ----===//
//
// Where each lane of a warp points ldmatrix and which element of an
// m16n8k16 accumulator it holds, as plain functions, so that a host test
// (test/unit/MmaLayoutTest.cpp) can emulate the warp against the PTX ISA's
// fragment layouts. All tiles are row-major in shared memory; `lane` is
// 0..31. ldmatrix.x4 reads matrix j (8 rows of 8 16-bit elements) from the
// rows lanes 8j..8j+7 address.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_MMA_LAYOUT_H
#define ATTC_MMA_LAYOUT_H

#include "attc_portability.h"

namespace attc {
namespace mma {

struct RC {
  int row, col;
};

// The A operand (16 x 16, e.g. Q rows x head dims) of one k-step: matrices
// rows 0-7 / 8-15 x cols 0-7, then x cols 8-15 = a0, a1, a2, a3.
ATTC_HD constexpr RC a_lane(int lane) {
  return {(lane & 7) + (lane >> 3 & 1) * 8, (lane >> 4) * 8};
}

// Two B operands (k16 x n8 each, stored n-major: K rows are keys, d
// contiguous) from rows 0-15 (n) x cols 0-15 (k): matrices n 0-7 x k 0-7,
// n 0-7 x k 8-15, n 8-15 x k 0-7, n 8-15 x k 8-15 = b0, b1 of the first
// n tile, then of the second.
ATTC_HD constexpr RC b_lane(int lane) {
  return {(lane & 7) + (lane >> 4) * 8, (lane >> 3 & 1) * 8};
}

// Two B operands stored k-major (V rows are keys, dv contiguous), read
// with ldmatrix.trans: matrices k 0-7 x n 0-7, k 8-15 x n 0-7, k 0-7 x
// n 8-15, k 8-15 x n 8-15 = b0, b1 of the first n tile, then the second.
ATTC_HD constexpr RC bt_lane(int lane) {
  return {(lane & 7) + (lane >> 3 & 1) * 8, (lane >> 4) * 8};
}

// Element e (0..3) of a lane's f32 accumulator of a 16 x 8 tile.
ATTC_HD constexpr RC acc_elem(int lane, int e) {
  return {lane / 4 + (e / 2) * 8, (lane % 4) * 2 + e % 2};
}

// wgmma (sm_90a) reads operands from shared memory through a matrix
// descriptor (PTX ISA, "Matrix Descriptor Format"): the start address in
// bits 0-13, the leading dimension byte offset in 16-29 and the stride
// dimension byte offset in 32-45 (each >> 4), the swizzle in 62-63 (1:
// 128 bytes). attention_sm90.cuh's tiles are what the copy engine writes
// with the 128-byte swizzle: 64-column boxes of rows x 128 bytes, 1
// KiB-aligned atoms of 8 rows. `lead` is the byte offset between 64-column
// blocks (MN-major only); 8-row groups are 1 KiB apart.
ATTC_HD constexpr uint64_t wgmma_desc_sw128(uint32_t addr, uint32_t lead) {
  return uint64_t((addr & 0x3ffff) >> 4) | uint64_t(lead >> 4) << 16 |
         uint64_t(1024 >> 4) << 32 | uint64_t(1) << 62;
}

// The byte offset, in a K-major tile of `rows` rows (Q, K), of the k16
// step `kk` of the rows from `row0` (a multiple of 8): its box, then 32
// bytes per step inside the swizzled 128-byte rows.
ATTC_HD constexpr uint32_t sw128_kmajor(int rows, int row0, int kk) {
  return uint32_t(kk / 4 * rows * 128 + row0 * 128 + kk % 4 * 32);
}

// The byte offset, in an MN-major tile of `rows` keys (V), of the 16 keys
// of step `kk` in 64-column block `j`.
ATTC_HD constexpr uint32_t sw128_mnmajor(int rows, int kk, int j) {
  return uint32_t(j * rows * 128 + kk * 16 * 128);
}

} // namespace mma
} // namespace attc

#endif // ATTC_MMA_LAYOUT_H
