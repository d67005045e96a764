//===- DType.cpp - element types of tensors and .npy arrays ---------------===//

#include "attc/DType.h"

const char *attc::dtypeName(DType dtype) {
  static const char *const kNames[] = {"f32", "f16", "bf16", "i32",
                                       "i64", "bool", "f64"};
  return kNames[int(dtype)];
}

size_t attc::dtypeSize(DType dtype) {
  static const size_t kSizes[] = {4, 2, 2, 4, 8, 1, 8};
  return kSizes[int(dtype)];
}
