//===- HostArray.h - an owned host array in a storage dtype -----*- C++ -*-===//
//
// What attc run/check/bench and the GPU runner (tools/attc-gpu-run) hold
// tensors in, and the one conversion from .npy files to a storage dtype.
// No LLVM, so the runner builds with nvcc alone.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_HOSTARRAY_H
#define ATTC_HOSTARRAY_H

#include "attc/Npy.h"
#include "attc/Tensor.h"

#include <string>
#include <vector>

namespace attc {

/// An owned host array in a storage dtype.
struct HostArray {
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  std::vector<uint8_t> bytes;
  /// Zeros of `dtype` and `shape`.
  static HostArray make(DType dtype, std::vector<int64_t> shape);
  int64_t numElements() const;
  Tensor view();
  double get(int64_t i) const;   ///< element i as a double
  void set(int64_t i, double x); ///< rounds to the dtype
  NpyArray toNpy() const;        ///< bf16 is written as f32
};

/// `x` rounded to what `dtype` can hold (integers and f64: unchanged).
double roundToDType(DType dtype, double x);

/// `arr` converted to the storage type `want` (f32 to f16/bf16 rounds; ints
/// widen or narrow). "" on success, else why it does not fit:
/// "dtype i32 does not fit f16 (give f16 or f32)".
std::string fromNpyArray(const NpyArray &arr, DType want, HostArray &out);

} // namespace attc

#endif // ATTC_HOSTARRAY_H
