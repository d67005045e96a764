//===- MmaLayoutTest.cpp - the CUDA skeleton's lane math, emulated --------===//
//
// Emulates one warp of templates/cuda/attention.cuh on the host: ldmatrix
// (plain and .trans) at the addresses attc_mma_layout.h gives each lane,
// mma.m16n8k16 with the fragment layouts of the PTX ISA (written out here
// independently), and the reuse of S's accumulators as P's A fragments.
// S = Q K^T and O = P V must come out as the plain matrix products.
//
//===----------------------------------------------------------------------===//

#include "attc_mma_layout.h"
#include "attc_portability.h"

#include <gtest/gtest.h>

#include <vector>

using namespace attc::mma;

namespace {
// A register of two 16-bit elements, emulated as two floats (lo, hi).
struct Reg {
  float lo, hi;
};

// A row-major tile with a pitch, as in shared memory.
struct Tile {
  int rows, cols;
  std::vector<float> v;
  Tile(int r, int c) : rows(r), cols(c), v(size_t(r) * c) {}
  float &at(int r, int c) { return v[size_t(r) * cols + c]; }
};

// ldmatrix.x4 from tile t at (r0, c0) + the lane addresses `lane_rc`:
// out[lane][j] is matrix j's register of `lane`.
template <class F>
void ldmatrix(Tile &t, int r0, int c0, F lane_rc, bool trans, Reg out[32][4]) {
  for (int j = 0; j < 4; ++j)
    for (int lane = 0; lane < 32; ++lane) {
      // Matrix j's row i comes from lane 8j + i's address.
      auto elem = [&](int i, int c) {
        RC rc = lane_rc(8 * j + i);
        return t.at(r0 + rc.row, c0 + rc.col + c);
      };
      const int g = lane / 4, p = lane % 4;
      out[lane][j] = trans ? Reg{elem(2 * p, g), elem(2 * p + 1, g)}
                           : Reg{elem(g, 2 * p), elem(g, 2 * p + 1)};
    }
}

// PTX ISA, mma.m16n8k16 (.f16/.bf16): lane l holds, with g = l / 4 and
// p = l % 4, A rows g / g+8, cols 2p / 2p+8 (a0: g,2p; a1: g+8,2p; a2:
// g,2p+8; a3: g+8,2p+8), B (k x n) k = 2p (b0) / 2p+8 (b1), n = g, and C
// rows g (c0, c1) / g+8 (c2, c3), cols 2p, 2p+1.
void mma(float c[32][4], const Reg a[32][4], const Reg b[32][2]) {
  float A[16][16], B[16][8];
  for (int l = 0; l < 32; ++l) {
    const int g = l / 4, p = l % 4;
    const int ar[4] = {g, g + 8, g, g + 8},
              ac[4] = {2 * p, 2 * p, 2 * p + 8, 2 * p + 8};
    for (int i = 0; i < 4; ++i) {
      A[ar[i]][ac[i]] = a[l][i].lo;
      A[ar[i]][ac[i] + 1] = a[l][i].hi;
    }
    for (int i = 0; i < 2; ++i) {
      B[2 * p + 8 * i][g] = b[l][i].lo;
      B[2 * p + 8 * i + 1][g] = b[l][i].hi;
    }
  }
  for (int l = 0; l < 32; ++l) {
    const int g = l / 4, p = l % 4;
    for (int e = 0; e < 4; ++e) {
      const int r = g + (e / 2) * 8, col = 2 * p + e % 2;
      float s = 0;
      for (int k = 0; k < 16; ++k)
        s += A[r][k] * B[k][col];
      c[l][e] += s;
    }
  }
}

TEST(MmaLayout, AccumulatorElementsAreTheIsaLayout) {
  for (int l = 0; l < 32; ++l)
    for (int e = 0; e < 4; ++e) {
      RC rc = acc_elem(l, e);
      EXPECT_EQ(rc.row, l / 4 + (e >= 2 ? 8 : 0));
      EXPECT_EQ(rc.col, (l % 4) * 2 + (e & 1));
    }
}

// One warp: 16 query rows, TK keys, D dims, Dv value columns, small
// integers so that float sums are exact.
TEST(MmaLayout, WarpComputesQKtAndPV) {
  constexpr int TK = 32, D = 48, DV = 32;
  Tile q(16, D), k(TK, D), v(TK, DV);
  // Unsigned: the LCG wraps by design, which UBSan refuses for int.
  unsigned seed = 1;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return float(int(seed >> 16 & 7)) - 3;
  };
  for (Tile *t : {&q, &k, &v})
    for (float &x : t->v)
      x = next();

  // S = Q K^T, as the skeleton's loop nest does it.
  float s[TK / 8][32][4] = {};
  for (int kk = 0; kk < D / 16; ++kk) {
    Reg a[32][4];
    ldmatrix(q, 0, kk * 16, a_lane, false, a);
    for (int j = 0; j < TK / 16; ++j) {
      Reg bf[32][4];
      ldmatrix(k, j * 16, kk * 16, b_lane, false, bf);
      Reg b0[32][2], b1[32][2];
      for (int l = 0; l < 32; ++l) {
        b0[l][0] = bf[l][0], b0[l][1] = bf[l][1];
        b1[l][0] = bf[l][2], b1[l][1] = bf[l][3];
      }
      mma(s[2 * j], a, b0);
      mma(s[2 * j + 1], a, b1);
    }
  }
  Tile p(16, TK);
  for (int j = 0; j < TK / 8; ++j)
    for (int l = 0; l < 32; ++l)
      for (int e = 0; e < 4; ++e) {
        RC rc = acc_elem(l, e);
        float ref = 0;
        for (int d = 0; d < D; ++d)
          ref += q.at(rc.row, d) * k.at(j * 8 + rc.col, d);
        ASSERT_EQ(s[j][l][e], ref) << "S tile " << j << " lane " << l;
        // P: any function of S, element by element (here S itself).
        p.at(rc.row, j * 8 + rc.col) = s[j][l][e];
      }

  // O = P V with P's A fragments taken from S's accumulators.
  float o[DV / 8][32][4] = {};
  for (int kk = 0; kk < TK / 16; ++kk) {
    Reg a[32][4];
    for (int l = 0; l < 32; ++l) {
      a[l][0] = {s[2 * kk][l][0], s[2 * kk][l][1]};
      a[l][1] = {s[2 * kk][l][2], s[2 * kk][l][3]};
      a[l][2] = {s[2 * kk + 1][l][0], s[2 * kk + 1][l][1]};
      a[l][3] = {s[2 * kk + 1][l][2], s[2 * kk + 1][l][3]};
    }
    for (int j = 0; j < DV / 16; ++j) {
      Reg bf[32][4];
      ldmatrix(v, kk * 16, j * 16, bt_lane, true, bf);
      Reg b0[32][2], b1[32][2];
      for (int l = 0; l < 32; ++l) {
        b0[l][0] = bf[l][0], b0[l][1] = bf[l][1];
        b1[l][0] = bf[l][2], b1[l][1] = bf[l][3];
      }
      mma(o[2 * j], a, b0);
      mma(o[2 * j + 1], a, b1);
    }
  }
  for (int n = 0; n < DV / 8; ++n)
    for (int l = 0; l < 32; ++l)
      for (int e = 0; e < 4; ++e) {
        RC rc = acc_elem(l, e);
        float ref = 0;
        for (int key = 0; key < TK; ++key)
          ref += p.at(rc.row, key) * v.at(key, n * 8 + rc.col);
        ASSERT_EQ(o[n][l][e], ref) << "O tile " << n << " lane " << l;
      }
}
} // namespace
