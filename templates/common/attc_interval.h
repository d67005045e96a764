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
/// (or k): a table of the block map that bounds data-dependent masks,
/// O(elements / tile) cells. A view of cells owned elsewhere: the CPU entry
/// points build them in host memory (TileTable below), the GPU backends on
/// the device (attc_gpu_attention.h, build_block_map); both through layout()
/// and fill(), so a table means the same on every target.
struct TileBounds {
  int64_t *lo = nullptr, *hi = nullptr;
  int rank = 0, axis = 0;
  int64_t tile = 1, extent = 0;      // extent: the input's size along axis
  int64_t shape[ATTC_MAX_RANK] = {}; // of the table

  /// Sets the geometry of the table of `x` tiled by `tile_` along `axis_`
  /// and returns its cell count; 0 when no table can describe `x` (no
  /// cells: every load unbounded). Loops run over ATTC_MAX_RANK so that
  /// device code keeps the shape in registers.
  ATTC_HD int64_t layout(const attc_tensor &x, int axis_, int64_t tile_) {
    if (axis_ < 0 || axis_ >= x.rank || x.rank > ATTC_MAX_RANK || tile_ <= 0 ||
        !x.data ||
        (x.dtype != ATTC_I32 && x.dtype != ATTC_I64 && x.dtype != ATTC_BOOL))
      return 0;
    int64_t cells = 1;
    ATTC_UNROLL
    for (int d = 0; d < ATTC_MAX_RANK; ++d) {
      if (d >= x.rank)
        continue;
      if (x.shape[d] <= 0)
        return 0;
      shape[d] = d == axis_ ? (x.shape[d] + tile_ - 1) / tile_ : x.shape[d];
      cells *= shape[d];
    }
    rank = x.rank;
    axis = axis_;
    tile = tile_;
    extent = x.shape[axis_];
    return cells;
  }

  /// Computes cell `c` (row-major over the table's shape) from the elements
  /// of `x` it covers; after layout(), with lo and hi pointing at the cells.
  ATTC_HD void fill(const attc_tensor &x, int64_t c) const {
    int64_t offset = 0, first = 0, rest = c;
    ATTC_UNROLL
    for (int d = ATTC_MAX_RANK - 1; d >= 0; --d) {
      if (d >= rank)
        continue;
      const int64_t i = rest % shape[d];
      rest /= shape[d];
      if (d == axis)
        first = i * tile;
      else
        offset += i * x.strides[d];
    }
    int64_t step = 0;
    ATTC_UNROLL
    for (int d = 0; d < ATTC_MAX_RANK; ++d)
      if (d == axis)
        step = x.strides[d];
    const int64_t last = first + tile < extent ? first + tile : extent;
    int64_t a = kMax, b = kMin;
    for (int64_t t = first; t < last; ++t) {
      const int64_t at = offset + t * step;
      const int64_t v =
          x.dtype == ATTC_I32   ? static_cast<const int32_t *>(x.data)[at]
          : x.dtype == ATTC_I64 ? static_cast<const int64_t *>(x.data)[at]
                                : static_cast<const uint8_t *>(x.data)[at] != 0;
      a = v < a ? v : a;
      b = v > b ? v : b;
    }
    lo[c] = a;
    hi[c] = b;
  }

  /// Bounds of the input at `index` (its N indices; the table's axis is
  /// Axis) for the tile [index[Axis], end) along the axis, or the whole
  /// range when there is no such table or the index is outside. Loads past
  /// the input's end read 0 (attc_types.h), so a tile reaching past it
  /// includes 0. N and Axis are constants so that device code keeps `index`
  /// in registers.
  template <int Axis, int N>
  ATTC_HD I at(const int64_t (&index)[N], int64_t end) const {
    static_assert(Axis >= 0 && Axis < N, "the axis is one of the indices");
    if (!lo || rank != N || axis != Axis)
      return top();
    if (end > extent && index[Axis] >= extent)
      return I{0, 0};
    int64_t cell = 0;
    bool inside = true; // (no early exit: the loop must unroll)
    ATTC_UNROLL
    for (int d = 0; d < N; ++d) {
      const int64_t i = d == Axis ? index[d] / tile : index[d];
      inside = inside && i >= 0 && i < shape[d];
      cell = cell * shape[d] + i;
    }
    if (!inside)
      return top();
    const I in = lo[cell] <= hi[cell] ? I{lo[cell], hi[cell]} : top();
    if (end > extent)
      return {in.lo < 0 ? in.lo : 0, in.hi > 0 ? in.hi : 0};
    return in;
  }
};

#ifndef __CUDACC_RTC__
/// A TileBounds that owns its cells in host memory (the CPU entry points).
struct TileTable : TileBounds {
  TileTable() = default;
  TileTable(const TileTable &) = delete;
  TileTable &operator=(const TileTable &) = delete;
  ~TileTable() {
    std::free(lo);
    std::free(hi);
  }

  /// Builds the table of `x` tiled by `tile_` along `axis_`. False when out
  /// of memory.
  bool build(const attc_tensor &x, int axis_, int64_t tile_) {
    const int64_t cells = layout(x, axis_, tile_);
    if (!cells)
      return true;
    lo = static_cast<int64_t *>(std::malloc(sizeof(int64_t) * size_t(cells)));
    hi = static_cast<int64_t *>(std::malloc(sizeof(int64_t) * size_t(cells)));
    if (!lo || !hi)
      return false;
    for (int64_t c = 0; c < cells; ++c)
      fill(x, c);
    return true;
  }
};
#endif

/// A table of a GPU block map: the extra input it bounds, along which axis,
/// tiled by the query tile (by_query) or the key tile.
struct MapTable {
  int input, axis, by_query;
};

/// The GPU block map is one buffer: the n TileBounds of the variant's
/// AttcTileMaps, then table i's lo and hi cells at map_offset(i). The
/// runtimes size it with map_bytes (from the launch's inputs and the
/// kernel's tiles); the builder kernel fills it.
ATTC_HD int64_t map_header_bytes(int n) {
  return (int64_t(sizeof(TileBounds)) * n + 15) / 16 * 16;
}
template <class P>
ATTC_HD int64_t map_cells(const P &L, MapTable t, int64_t tq, int64_t tk,
                          TileBounds &b) {
  if (t.input < 0 || t.input >= L.num_inputs)
    return 0;
  return b.layout(L.inputs[t.input], t.axis, t.by_query ? tq : tk);
}
template <class P>
ATTC_HD int64_t map_bytes(const P &L, const MapTable *tables, int n, int64_t tq,
                          int64_t tk) {
  int64_t bytes = map_header_bytes(n);
  for (int i = 0; i < n; ++i) {
    TileBounds b;
    bytes += 2 * int64_t(sizeof(int64_t)) * map_cells(L, tables[i], tq, tk, b);
  }
  return bytes;
}

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
