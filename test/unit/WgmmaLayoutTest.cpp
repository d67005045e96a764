//===- WgmmaLayoutTest.cpp - the Hopper skeleton's operands, emulated -----===//
//
// The copy engine writes attention_sm90.cuh's tiles with the 128-byte
// swizzle; wgmma reads them back through the descriptors of
// attc_mma_layout.h. Both are emulated here from the PTX ISA and the CUDA
// driver API (written out independently): the descriptor's fields, the
// canonical K-major and MN-major layouts of the 128-byte swizzle, and the
// swizzle itself (address bits 4-6 XOR bits 7-9). Every operand the kernel
// issues must read the elements of Q, K and V that S = Q K^T and O = P V
// need.
//
//===----------------------------------------------------------------------===//

#include "attc_mma_layout.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

using namespace attc::mma;

namespace {
// Shared memory of the emulated block, 16-bit elements by byte address.
struct Smem {
  std::vector<uint16_t> bytes = std::vector<uint16_t>(256 * 1024 / 2);
  uint16_t &at(uint32_t addr) {
    EXPECT_EQ(addr % 2, 0u);
    return bytes.at(addr / 2);
  }
};

// The 128-byte swizzle on a shared-memory byte address.
uint32_t swizzle(uint32_t addr) { return addr ^ ((addr & 0x380) >> 3); }

// cp.async.bulk.tensor with CU_TENSOR_MAP_SWIZZLE_128B: the box of `rows`
// rows x 64 columns of `src` (row pitch `cols`) from (r0, c0) to `dst`,
// rows of 128 bytes.
void tmaBox(Smem &s, uint32_t dst, const std::vector<uint16_t> &src, int cols,
            int rows, int r0, int c0) {
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < 64; ++c)
      s.at(swizzle(dst + r * 128 + c * 2)) =
          src[size_t(r0 + r) * cols + c0 + c];
}

// The fields of a descriptor, as the PTX ISA places them.
struct Desc {
  uint32_t start, lead, stride, baseOffset, swizzle;
  explicit Desc(uint64_t d)
      : start(uint32_t(d & 0x3fff) << 4), lead(uint32_t(d >> 16 & 0x3fff) << 4),
        stride(uint32_t(d >> 32 & 0x3fff) << 4),
        baseOffset(uint32_t(d >> 49 & 7)), swizzle(uint32_t(d >> 62)) {}
};

// Element (i, k) of a K-major 64 x 16 operand (i: M or N, k contiguous):
// the 128-byte swizzle's canonical layout ((8, m), (8, 2)) : ((128 B,
// stride), (2 B, 16 B)).
uint16_t kMajor(Smem &s, uint64_t d, int i, int k) {
  Desc f(d);
  return s.at(swizzle(f.start + i % 8 * 128 + i / 8 * f.stride + k * 2));
}

// Element (k, n) of an MN-major 16 x 64 operand (n contiguous): ((64, m),
// (8, k / 8)) : ((2 B, lead), (128 B, stride)).
uint16_t mnMajor(Smem &s, uint64_t d, int k, int n) {
  Desc f(d);
  return s.at(swizzle(f.start + n % 64 * 2 + n / 64 * f.lead + k % 8 * 128 +
                      k / 8 * f.stride));
}

std::vector<uint16_t> iota(int rows, int cols, uint16_t first) {
  std::vector<uint16_t> v(size_t(rows) * cols);
  for (size_t i = 0; i < v.size(); ++i)
    v[i] = uint16_t(first + i);
  return v;
}
} // namespace

TEST(WgmmaLayout, DescriptorFields) {
  // Start 0x1a400 (bits 4-17), 128-byte swizzle, 1 KiB between 8-row
  // groups, the lead as given; no base offset (atoms are 1 KiB-aligned).
  const uint64_t d = wgmma_desc_sw128(0x1a400 | 0x40000, 128 * 128);
  EXPECT_EQ(d & 0x3fff, 0x1a400u >> 4);
  EXPECT_EQ(d >> 14 & 3, 0u);
  EXPECT_EQ(d >> 16 & 0x3fff, 128u * 128 >> 4);
  EXPECT_EQ(d >> 30 & 3, 0u);
  EXPECT_EQ(d >> 32 & 0x3fff, 1024u >> 4);
  EXPECT_EQ(d >> 46 & 0xffff, 0u); // reserved bits and the base offset
  EXPECT_EQ(d >> 62, 1u);
  Desc f(d);
  EXPECT_EQ(f.start, 0x1a400u);
  EXPECT_EQ(f.baseOffset, 0u);
  EXPECT_EQ(f.swizzle, 1u);
}

// S = Q K^T: Q (64 rows, K-major) and K (tile_k keys, K-major) in boxes of
// 64 head dims, as the producer copies them; the consumer's k-steps of 16
// and 64-key blocks (qk in attention_sm90.cuh).
TEST(WgmmaLayout, QueryKeyOperands) {
  constexpr int KD = 256, TK = 128;
  const uint32_t q = 3 * 1024, k = q + 64 * KD * 2;
  auto Q = iota(64, KD, 1), K = iota(TK, KD, 40000);
  Smem s;
  for (int db = 0; db < KD / 64; ++db) {
    tmaBox(s, q + db * 64 * 128, Q, KD, 64, 0, 64 * db);
    tmaBox(s, k + db * TK * 128, K, KD, TK, 0, 64 * db);
  }
  for (int kk = 0; kk < KD / 16; ++kk) {
    const uint64_t a = wgmma_desc_sw128(q + sw128_kmajor(64, 0, kk), 16);
    for (int i = 0; i < 64; ++i)
      for (int c = 0; c < 16; ++c)
        ASSERT_EQ(kMajor(s, a, i, c), Q[size_t(i) * KD + 16 * kk + c])
            << "Q row " << i << " k-step " << kk;
    for (int j = 0; j < TK / 64; ++j) {
      const uint64_t b = wgmma_desc_sw128(k + sw128_kmajor(TK, 64 * j, kk), 16);
      for (int n = 0; n < 64; ++n)
        for (int c = 0; c < 16; ++c)
          ASSERT_EQ(kMajor(s, b, n, c),
                    K[size_t(64 * j + n) * KD + 16 * kk + c])
              << "key " << 64 * j + n << " k-step " << kk;
    }
  }
}

// O += P V: V (tile_k keys x dv) MN-major, boxes of 64 dv columns; 16 keys
// per step, 64-column blocks of dv (pv in attention_sm90.cuh).
TEST(WgmmaLayout, ValueOperand) {
  constexpr int KDV = 192, TK = 64;
  const uint32_t v = 5 * 1024;
  auto V = iota(TK, KDV, 7);
  Smem s;
  for (int db = 0; db < KDV / 64; ++db)
    tmaBox(s, v + db * TK * 128, V, KDV, TK, 0, 64 * db);
  for (int kk = 0; kk < TK / 16; ++kk)
    for (int j = 0; j < KDV / 64; ++j) {
      const uint64_t b =
          wgmma_desc_sw128(v + sw128_mnmajor(TK, kk, j), TK * 128);
      for (int c = 0; c < 16; ++c)
        for (int n = 0; n < 64; ++n)
          ASSERT_EQ(mnMajor(s, b, c, n),
                    V[size_t(16 * kk + c) * KDV + 64 * j + n])
              << "key " << 16 * kk + c << " dv " << 64 * j + n;
    }
}
