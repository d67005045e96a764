//===- attc_interval.h - mask evaluation over tiles of indices ------------===//
//
// Generated tile classifiers evaluate the mask region once per tile of
// queries x keys, with q and k ranging over the tile: integers become
// closed intervals, booleans the set of values they can take. The result
// is sound: a tile called empty keeps no pair, a full one keeps all.
// Semantics follow attc_expr.h (wrapping is never hit: any bound that
// would overflow widens to the whole i64 range). Target-independent: the
// GPU backends include it too.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_INTERVAL_H
#define ATTC_INTERVAL_H

#include "attc_portability.h"

namespace attc {
namespace iv {

constexpr int64_t kMin = -0x7fffffffffffffffLL - 1;
constexpr int64_t kMax = 0x7fffffffffffffffLL;

/// An integer interval [lo, hi].
struct I {
  int64_t lo, hi;
};
/// The values a boolean can take.
struct B {
  bool f, t;
};
/// Any float: the classifier never bounds floats.
struct F {};

ATTC_HD I point(int64_t v) { return {v, v}; }
ATTC_HD I range(int64_t lo, int64_t hi) { return {lo, hi}; }
ATTC_HD I top() { return {kMin, kMax}; }
ATTC_HD B known(bool v) { return {!v, v}; }
ATTC_HD B maybe() { return {true, true}; }

ATTC_HD int64_t lo4(int64_t a, int64_t b, int64_t c, int64_t d) {
  int64_t m = a < b ? a : b, n = c < d ? c : d;
  return m < n ? m : n;
}
ATTC_HD int64_t hi4(int64_t a, int64_t b, int64_t c, int64_t d) {
  int64_t m = a > b ? a : b, n = c > d ? c : d;
  return m > n ? m : n;
}

ATTC_HD I add(I a, I b) {
  I r;
  if (attc::add_overflow(a.lo, b.lo, &r.lo) ||
      attc::add_overflow(a.hi, b.hi, &r.hi))
    return top();
  return r;
}
ATTC_HD I sub(I a, I b) {
  I r;
  if (attc::sub_overflow(a.lo, b.hi, &r.lo) ||
      attc::sub_overflow(a.hi, b.lo, &r.hi))
    return top();
  return r;
}
ATTC_HD I mul(I a, I b) {
  int64_t p[4];
  if (attc::mul_overflow(a.lo, b.lo, &p[0]) ||
      attc::mul_overflow(a.lo, b.hi, &p[1]) ||
      attc::mul_overflow(a.hi, b.lo, &p[2]) ||
      attc::mul_overflow(a.hi, b.hi, &p[3]))
    return top();
  return {lo4(p[0], p[1], p[2], p[3]), hi4(p[0], p[1], p[2], p[3])};
}
/// Truncating division. For a divisor range of one sign (not containing 0
/// or -1, whose results attc_expr.h special-cases) the quotient is
/// monotone in each argument, so its extremes are at the corners.
ATTC_HD I div(I a, I b) {
  if (b.lo <= 0 && b.hi >= -1)
    return top();
  if (a.lo == kMin)
    return top();
  return {lo4(a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi),
          hi4(a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi)};
}
/// Truncating remainder: the dividend's sign, magnitude below |divisor|;
/// exact when a positive constant divisor does not wrap inside `a`.
ATTC_HD I rem(I a, I b) {
  if (b.lo <= 0 && b.hi >= -1)
    return top();
  if (a.lo == kMin || b.lo == kMin)
    return top();
  if (b.lo == b.hi && b.lo > 0 && a.lo >= 0 && a.lo / b.lo == a.hi / b.lo)
    return {a.lo % b.lo, a.hi % b.lo};
  const int64_t m = (b.lo < 0 ? -b.lo : b.lo) > (b.hi < 0 ? -b.hi : b.hi)
                        ? (b.lo < 0 ? -b.lo : b.lo)
                        : (b.hi < 0 ? -b.hi : b.hi);
  const int64_t lo = a.lo >= 0 ? 0 : (a.lo > -(m - 1) ? a.lo : -(m - 1));
  const int64_t hi = a.hi <= 0 ? 0 : (a.hi < m - 1 ? a.hi : m - 1);
  return {lo, hi};
}
ATTC_HD I min(I a, I b) {
  return {a.lo < b.lo ? a.lo : b.lo, a.hi < b.hi ? a.hi : b.hi};
}
ATTC_HD I max(I a, I b) {
  return {a.lo > b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi};
}
ATTC_HD I abs(I a) {
  if (a.lo == kMin)
    return top();
  if (a.lo >= 0)
    return a;
  if (a.hi <= 0)
    return {-a.hi, -a.lo};
  return {0, -a.lo > a.hi ? -a.lo : a.hi};
}
ATTC_HD I select(B c, I a, I b) {
  if (!c.f)
    return a;
  if (!c.t)
    return b;
  return {a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi};
}

ATTC_HD B lt(I a, I b) { return {a.hi >= b.lo, a.lo < b.hi}; }
ATTC_HD B le(I a, I b) { return {a.hi > b.lo, a.lo <= b.hi}; }
ATTC_HD B gt(I a, I b) { return lt(b, a); }
ATTC_HD B ge(I a, I b) { return le(b, a); }
ATTC_HD B eq(I a, I b) {
  const bool same = a.lo == a.hi && b.lo == b.hi && a.lo == b.lo;
  const bool overlap = a.lo <= b.hi && b.lo <= a.hi;
  return {!same, overlap};
}
ATTC_HD B ne(I a, I b) {
  B e = eq(a, b);
  return {e.t, e.f};
}

ATTC_HD B land(B a, B b) { return {a.f || b.f, a.t && b.t}; }
ATTC_HD B lor(B a, B b) { return {a.f && b.f, a.t || b.t}; }
ATTC_HD B lxor(B a, B b) {
  return {(a.f && b.f) || (a.t && b.t), (a.f && b.t) || (a.t && b.f)};
}
ATTC_HD B select(B c, B a, B b) {
  if (!c.f)
    return a;
  if (!c.t)
    return b;
  return {a.f || b.f, a.t || b.t};
}
ATTC_HD F select(B, F, F) { return {}; }
/// A boolean interval as the integers 0 and 1 (bool inputs load as such).
ATTC_HD B truth(I a) {
  return {a.lo <= 0 && a.hi >= 0, a.lo != 0 || a.hi != 0};
}

/// Per-tile minimum and maximum of one input along the axis indexed by q
/// (or k): the block map that bounds data-dependent masks. O(elements /
/// tile) memory, built once per launch.
struct TileTable {
  int64_t *lo = nullptr, *hi = nullptr;
  int rank = 0, axis = 0;
  int64_t tile = 1, extent = 0;      // extent: the input's size along axis
  int64_t shape[ATTC_MAX_RANK] = {}; // of the table
#ifdef __CUDACC_RTC__
  // NVRTC has no allocator: no table, every load unbounded (still sound).
  ATTC_HD bool build(const attc_tensor &, int, int64_t) { return true; }
#else
  ~TileTable() {
    std::free(lo);
    std::free(hi);
  }

  /// Builds the table of `x` tiled by `tile` along `axis`. False when out
  /// of memory.
  bool build(const attc_tensor &x, int axis_, int64_t tile_) {
    // A tensor the table cannot describe leaves it empty: loads unbounded.
    if (axis_ >= x.rank || x.rank > ATTC_MAX_RANK || tile_ <= 0 ||
        (x.dtype != ATTC_I32 && x.dtype != ATTC_I64 && x.dtype != ATTC_BOOL))
      return true;
    for (int d = 0; d < x.rank; ++d)
      if (x.shape[d] <= 0)
        return true;
    if (!x.data)
      return true;
    rank = x.rank;
    axis = axis_;
    tile = tile_;
    extent = x.shape[axis];
    int64_t cells = 1, elems = 1;
    for (int d = 0; d < rank; ++d) {
      shape[d] = d == axis ? (x.shape[d] + tile - 1) / tile : x.shape[d];
      cells *= shape[d];
      elems *= x.shape[d];
    }
    lo = static_cast<int64_t *>(std::malloc(sizeof(int64_t) * (cells + 1)));
    hi = static_cast<int64_t *>(std::malloc(sizeof(int64_t) * (cells + 1)));
    if (!lo || !hi)
      return false;
    for (int64_t c = 0; c < cells; ++c) {
      lo[c] = kMax;
      hi[c] = kMin;
    }
    int64_t idx[ATTC_MAX_RANK] = {};
    for (int64_t e = 0; e < elems; ++e) {
      int64_t offset = 0, cell = 0;
      for (int d = 0; d < rank; ++d) {
        offset += idx[d] * x.strides[d];
        cell = cell * shape[d] + (d == axis ? idx[d] / tile : idx[d]);
      }
      int64_t v;
      switch (x.dtype) {
      case ATTC_I32:
        v = static_cast<const int32_t *>(x.data)[offset];
        break;
      case ATTC_I64:
        v = static_cast<const int64_t *>(x.data)[offset];
        break;
      default: // ATTC_BOOL
        v = static_cast<const uint8_t *>(x.data)[offset] != 0;
        break;
      }
      if (v < lo[cell])
        lo[cell] = v;
      if (v > hi[cell])
        hi[cell] = v;
      for (int d = rank - 1; d >= 0 && ++idx[d] == x.shape[d]; --d)
        idx[d] = 0;
    }
    return true;
  }
#endif

  /// Bounds of the input at `index` for the tile [index[axis], end) along
  /// the axis, or the whole range when there is no table or the index is
  /// outside. Loads past the input's end read 0 (attc_types.h), so a tile
  /// reaching past it includes 0.
  ATTC_HD I at(const int64_t *index, int64_t end) const {
    if (!lo)
      return top();
    if (end > extent) {
      I in = index[axis] < extent ? cell_at(index) : I{0, 0};
      return {in.lo < 0 ? in.lo : 0, in.hi > 0 ? in.hi : 0};
    }
    return cell_at(index);
  }

private:
  // The table's bounds for the cell of `index` (not recursive: device code
  // could not inline at()).
  ATTC_HD I cell_at(const int64_t *index) const {
    int64_t cell = 0;
    for (int d = 0; d < rank; ++d) {
      const int64_t i = d == axis ? index[d] / tile : index[d];
      if (i < 0 || i >= shape[d])
        return top();
      cell = cell * shape[d] + i;
    }
    return lo[cell] <= hi[cell] ? I{lo[cell], hi[cell]} : top();
  }
};

/// Affine-map arithmetic for closed-form key bounds.
ATTC_HD int64_t floordiv(int64_t a, int64_t b) {
  const int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
ATTC_HD int64_t ceildiv(int64_t a, int64_t b) { return -floordiv(-a, b); }
ATTC_HD int64_t mod(int64_t a, int64_t b) { return a - floordiv(a, b) * b; }

} // namespace iv
} // namespace attc

#endif // ATTC_INTERVAL_H
