//===- DimNames.h - the names of the seven dims, once -----------*- C++ -*-===//
//
// B, Hq, Hkv, Lq, Lk, D, Dv in storage order: the order of #attn.dims, of
// attc_launch's fields and of every dims array in the frontend, the API and
// the CLI. Plain C++ so the JSON frontend and the C API can use it too.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_DIMNAMES_H
#define ATTC_DIMNAMES_H

#include <cstdint>
#include <string>

namespace attc {

inline constexpr unsigned kNumDims = 7;
inline constexpr const char *kDimNames[kNumDims] = {"B",  "Hq", "Hkv", "Lq",
                                                    "Lk", "D",  "Dv"};
/// Indices into kDimNames.
enum DimIndex { kB, kHq, kHkv, kLq, kLk, kD, kDv };

/// "" when q, k, v and o of these dims (a size < 0 is unknown and counts as
/// 1; an unknown Hkv is Hq, an unknown Dv is D) can be indexed with int64;
/// otherwise a message naming the dims and the first tensor too large.
inline std::string oversizedTensorMessage(const int64_t dims[kNumDims]) {
  int64_t d[kNumDims];
  for (unsigned i = 0; i < kNumDims; ++i)
    d[i] = dims[i] < 0 ? 1 : dims[i];
  if (dims[kHkv] < 0)
    d[kHkv] = d[kHq];
  if (dims[kDv] < 0)
    d[kDv] = d[kD];
  static const struct {
    const char *name;
    int axes[4];
  } kTensors[] = {{"q", {kB, kHq, kLq, kD}},
                  {"k", {kB, kHkv, kLk, kD}},
                  {"v", {kB, kHkv, kLk, kDv}},
                  {"o", {kB, kHq, kLq, kDv}}};
  for (const auto &t : kTensors) {
    int64_t n = 1;
    bool overflow = false;
    for (int axis : t.axes)
      overflow |= __builtin_mul_overflow(n, d[axis], &n);
    if (!overflow)
      continue;
    std::string msg = "dims";
    for (int axis : t.axes)
      msg += std::string(" ") + kDimNames[axis] + "=" + std::to_string(d[axis]);
    return msg + ": " + t.name + " would have more elements than int64 " +
           "can index";
  }
  return "";
}

} // namespace attc

#endif // ATTC_DIMNAMES_H
