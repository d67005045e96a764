//===- DType.h - element types of tensors and .npy arrays -------*- C++ -*-===//

#ifndef ATTC_DTYPE_H
#define ATTC_DTYPE_H

#include <cstddef>

namespace attc {

/// Element types of tensor views, host arrays and .npy files. BF16 has no
/// NumPy equivalent; Bool is one byte, 0 or 1.
enum class DType { F32, F16, BF16, I32, I64, Bool, F64 };

/// "f32", "f16", "bf16", "i32", "i64", "bool" or "f64".
const char *dtypeName(DType dtype);
/// Bytes per element.
size_t dtypeSize(DType dtype);

} // namespace attc

#endif // ATTC_DTYPE_H
