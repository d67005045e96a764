//===- HostArray.cpp - an owned host array in a storage dtype -------------===//

#include "attc/HostArray.h"

#include "attc_abi.h"
#include "attc_types.h"

#include <cstring>

using namespace attc;

HostArray HostArray::make(DType dtype, std::vector<int64_t> shape) {
  HostArray a;
  a.dtype = dtype;
  a.shape = std::move(shape);
  a.bytes.assign(a.numElements() * dtypeSize(dtype), 0);
  return a;
}

int64_t HostArray::numElements() const {
  int64_t n = 1;
  for (int64_t s : shape)
    n *= s;
  return n;
}

Tensor HostArray::view() {
  Tensor t;
  t.data = bytes.data();
  t.dtype = dtype;
  t.shape = shape;
  return t;
}

double HostArray::get(int64_t i) const {
  const uint8_t *p = bytes.data() + i * dtypeSize(dtype);
  switch (dtype) {
  case DType::F32:
    return *reinterpret_cast<const float *>(p);
  case DType::F16:
    return f16_to_float(*reinterpret_cast<const uint16_t *>(p));
  case DType::BF16:
    return bf16_to_float(*reinterpret_cast<const uint16_t *>(p));
  case DType::I32:
    return *reinterpret_cast<const int32_t *>(p);
  case DType::I64:
    return double(*reinterpret_cast<const int64_t *>(p));
  case DType::Bool:
    return *p != 0;
  case DType::F64:
    return *reinterpret_cast<const double *>(p);
  }
  return 0;
}

double attc::roundToDType(DType dtype, double x) {
  switch (dtype) {
  case DType::F32:
    return float(x);
  case DType::F16:
    return f16_to_float(float_to_f16(float(x)));
  case DType::BF16:
    return bf16_to_float(float_to_bf16(float(x)));
  default:
    return x;
  }
}

void HostArray::set(int64_t i, double x) {
  uint8_t *p = bytes.data() + i * dtypeSize(dtype);
  switch (dtype) {
  case DType::F32:
    *reinterpret_cast<float *>(p) = float(x);
    break;
  case DType::F16:
    *reinterpret_cast<uint16_t *>(p) = float_to_f16(float(x));
    break;
  case DType::BF16:
    *reinterpret_cast<uint16_t *>(p) = float_to_bf16(float(x));
    break;
  case DType::I32:
    *reinterpret_cast<int32_t *>(p) = int32_t(x);
    break;
  case DType::I64:
    *reinterpret_cast<int64_t *>(p) = int64_t(x);
    break;
  case DType::Bool:
    *p = x != 0;
    break;
  case DType::F64:
    *reinterpret_cast<double *>(p) = x;
    break;
  }
}

NpyArray HostArray::toNpy() const {
  NpyArray arr;
  arr.shape = shape;
  if (dtype == DType::BF16) {
    arr.dtype = DType::F32;
    arr.data.resize(numElements() * 4);
    for (int64_t i = 0; i < numElements(); ++i) {
      float f = float(get(i));
      memcpy(arr.data.data() + i * 4, &f, 4);
    }
    return arr;
  }
  arr.dtype = dtype;
  arr.data = bytes;
  return arr;
}

static HostArray makeArray(DType dtype, std::vector<int64_t> shape) {
  HostArray a;
  a.dtype = dtype;
  a.shape = std::move(shape);
  a.bytes.assign(a.numElements() * dtypeSize(dtype), 0);
  return a;
}

std::string attc::fromNpyArray(const NpyArray &arr, DType want,
                               HostArray &out) {
  bool ok = false;
  switch (arr.dtype) {
  case DType::F32:
    ok = want == DType::F32 || want == DType::F16 || want == DType::BF16;
    break;
  case DType::F16:
    ok = want == DType::F16;
    break;
  case DType::I32:
  case DType::I64:
    ok = want == DType::I32 || want == DType::I64;
    break;
  case DType::Bool:
    ok = want == DType::Bool;
    break;
  default:
    break;
  }
  if (!ok)
    return std::string("dtype ") + dtypeName(arr.dtype) + " does not fit " +
           dtypeName(want) + " (give " + dtypeName(want) +
           (want == DType::F16 || want == DType::BF16 ? " or f32" : "") + ")";
  HostArray a = HostArray::make(want, arr.shape);
  HostArray src;
  src.dtype = arr.dtype;
  src.shape = arr.shape;
  src.bytes = arr.data;
  for (int64_t i = 0; i < a.numElements(); ++i)
    a.set(i, src.get(i));
  out = std::move(a);
  return "";
}
