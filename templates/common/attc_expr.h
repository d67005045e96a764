//===- attc_expr.h - total versions of the expression operators ----------===//
//
// Generated stage code calls these where C++ leaves a case undefined:
// integer overflow wraps, division and remainder by zero give 0, shifts by
// a negative or too large amount give 0 (or the sign for >>). The float64
// reference (lib/Reference) defines the same results.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_EXPR_H
#define ATTC_EXPR_H

#include "attc_portability.h"

namespace attc {
namespace expr {
ATTC_HD int64_t add(int64_t a, int64_t b) {
  return int64_t(uint64_t(a) + uint64_t(b));
}
ATTC_HD int64_t sub(int64_t a, int64_t b) {
  return int64_t(uint64_t(a) - uint64_t(b));
}
ATTC_HD int64_t mul(int64_t a, int64_t b) {
  return int64_t(uint64_t(a) * uint64_t(b));
}
ATTC_HD int64_t div(int64_t a, int64_t b) {
  if (b == 0)
    return 0;
  if (b == -1)
    return sub(0, a);
  return a / b;
}
ATTC_HD int64_t rem(int64_t a, int64_t b) {
  if (b == 0 || b == -1)
    return 0;
  return a % b;
}
ATTC_HD int64_t shl(int64_t a, int64_t b) {
  return b < 0 || b > 63 ? 0 : int64_t(uint64_t(a) << b);
}
ATTC_HD int64_t shr(int64_t a, int64_t b) {
  return b < 0 || b > 63 ? (a < 0 ? -1 : 0) : a >> b;
}
ATTC_HD int64_t abs(int64_t a) { return a < 0 ? sub(0, a) : a; }
/// NaN-propagating min/max (arith.minimumf / maximumf).
ATTC_HD float minimum(float a, float b) {
  return a != a || b != b ? attc::nan() : (a < b ? a : b);
}
ATTC_HD float maximum(float a, float b) {
  return a != a || b != b ? attc::nan() : (a > b ? a : b);
}
} // namespace expr
} // namespace attc

#endif // ATTC_EXPR_H
