//===- Tensor.h - a strided view of memory the caller owns ------*- C++ -*-===//
//
// Plain C++ (no LLVM) so that the CUDA launch runtime, which builds with
// nvcc alone, checks the same views as the library API.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_TENSOR_H
#define ATTC_TENSOR_H

#include "attc/DType.h"

#include <cstdint>
#include <vector>

namespace attc {

/// A strided view of memory the caller owns. Strides are in elements; empty
/// strides mean C-contiguous.
struct Tensor {
  void *data = nullptr;
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  std::vector<int64_t> strides;
};

} // namespace attc

#endif // ATTC_TENSOR_H
