//===- Npy.h - Reader and writer for NumPy .npy files ---------------------===//
//
// A small, dependency-free reader and writer for the NumPy .npy format
// (versions 1.0, 2.0 and 3.0). Only C-order, little-endian arrays of the
// dtypes below are supported. Errors are returned as values: every
// function that can fail returns false and sets `error` to a one-line message
// that starts with the file name.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_NPY_H
#define ATTC_NPY_H

#include "attc/DType.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace attc {

/// The .npy descr of each DType: F32 '<f4', F16 '<f2', I32 '<i4', I64
/// '<i8', Bool '|b1', F64 '<f8'. BF16 has none: readNpy never produces it
/// and writeNpy rejects it.

/// An n-dimensional array. `data` holds the elements in C (row-major) order,
/// little-endian, exactly numElements() * dtypeSize(dtype) bytes. Bool
/// elements are one byte each, 0 or 1. An empty shape denotes a scalar.
struct NpyArray {
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  std::vector<uint8_t> data;

  /// Product of the dimensions (1 for a scalar), or -1 if a dimension is
  /// negative or the product overflows int64_t.
  int64_t numElements() const;
};

/// Reads the .npy file at \p path into \p out. On failure returns false,
/// leaves \p out unchanged and sets \p error to a one-line message naming
/// the file, e.g.
///   "q.npy: unsupported dtype '<c8' (expected one of '<f4' (f32), ...)".
bool readNpy(const std::string &path, NpyArray &out, std::string &error);

/// Writes \p arr to \p path as a version 1.0 .npy file (2.0 if the header
/// does not fit), byte-for-byte as numpy.save would. The file is written to
/// a temporary file in the same directory and renamed over \p path, so on
/// failure \p path is left untouched. On failure returns false and sets
/// \p error to a one-line message naming the file.
bool writeNpy(const std::string &path, const NpyArray &arr, std::string &error);

} // namespace attc

#endif // ATTC_NPY_H
