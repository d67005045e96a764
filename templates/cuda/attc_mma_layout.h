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

} // namespace mma
} // namespace attc

#endif // ATTC_MMA_LAYOUT_H
