//===- Dims.cpp - resolve B, Hq, Hkv, Lq, Lk, D, Dv, once -----------------===//
//
// The API (from tensor views), the C API and the CLI (from --dim flags and
// .npy inputs) all resolve a problem's dims here, with one message for a
// conflict: "<dim>: <source> gives N but <other source> gives M".
//
//===----------------------------------------------------------------------===//

#include "SpecImpl.h"

using namespace llvm;
using namespace attc;

static Error dimsError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

std::array<int, 4> attc::qkvoAxes(const SpecInfo &info,
                                  const std::string &which) {
  bool query = which == "q" || which == "o";
  bool value = which == "v" || which == "o";
  std::array<int, 4> axes = {kB, query ? kHq : kHkv, query ? kLq : kLk,
                             value ? kDv : kD};
  if (info.bshd)
    std::swap(axes[1], axes[2]);
  return axes;
}

DimsResolver::DimsResolver(const SpecInfo &info) : info(info) {
  for (unsigned i = 0; i < kNumDims; ++i) {
    dims.v[i] = info.dims[i];
    source[i] = "the spec";
  }
}

Error DimsResolver::bind(int dim, int64_t size, const std::string &from) {
  if (size < 0)
    return dimsError(std::string(kDimNames[dim]) + ": " + from +
                     " gives a negative size");
  if (dims.v[dim] >= 0 && dims.v[dim] != size)
    return dimsError(std::string(kDimNames[dim]) + ": " + from + " gives " +
                     Twine(size) + " but " + source[dim] + " gives " +
                     Twine(dims.v[dim]));
  dims.v[dim] = size;
  source[dim] = from;
  return Error::success();
}

Error DimsResolver::bindTensor(const std::string &which,
                               ArrayRef<int64_t> shape,
                               const std::string &from) {
  if (shape.size() != 4)
    return dimsError(from + ": expected rank 4, got " + Twine(shape.size()));
  std::array<int, 4> axes = qkvoAxes(info, which);
  for (int axis = 0; axis < 4; ++axis)
    if (Error err = bind(axes[axis], shape[axis],
                         from + " axis " + std::to_string(axis)))
      return err;
  return Error::success();
}

Error DimsResolver::bindInput(const SpecInfo::Input &in,
                              ArrayRef<int64_t> shape,
                              const std::string &from) {
  if (shape.size() != in.shape.size())
    return dimsError(from + ": expected rank " + Twine(in.shape.size()) +
                     ", got " + Twine(shape.size()));
  for (size_t axis = 0; axis < in.shape.size(); ++axis)
    if (in.shape[axis].first >= 0)
      if (Error err = bind(in.shape[axis].first, shape[axis],
                           from + " axis " + std::to_string(axis)))
        return err;
  return Error::success();
}

Expected<Dims> DimsResolver::finish(const int64_t *defaults) {
  Dims d = dims;
  if (info.hkvEqualsHq) {
    if (d.v[kHkv] < 0)
      d.v[kHkv] = d.v[kHq];
    if (d.v[kHq] < 0)
      d.v[kHq] = d.v[kHkv];
  }
  if (info.dvEqualsD && d.v[kDv] < 0)
    d.v[kDv] = d.v[kD];
  for (unsigned i = 0; defaults && i < kNumDims; ++i)
    if (d.v[i] < 0 && defaults[i] >= 0)
      d.v[i] = defaults[i];
  // A missing Hkv or Dv defaults to Hq or D.
  if (d.v[kHkv] < 0)
    d.v[kHkv] = d.v[kHq];
  if (d.v[kDv] < 0)
    d.v[kDv] = d.v[kD];
  for (unsigned i = 0; i < kNumDims; ++i)
    if (d.v[i] < 0)
      return dimsError(std::string(kDimNames[i]) +
                       ": not given by the spec or any tensor");
  if (info.hkvEqualsHq && d.v[kHkv] != d.v[kHq])
    return dimsError("Hkv (" + Twine(d.v[kHkv]) + ") must equal Hq (" +
                     Twine(d.v[kHq]) + ") because the spec does not give Hkv");
  if (info.dvEqualsD && d.v[kDv] != d.v[kD])
    return dimsError("Dv (" + Twine(d.v[kDv]) + ") must equal D (" +
                     Twine(d.v[kD]) + ") because the spec does not give Dv");
  if (d.v[kHq] == 0 || d.v[kHkv] == 0 || d.v[kD] == 0 || d.v[kDv] == 0)
    return dimsError("head counts Hq, Hkv and head dims D, Dv must be "
                     "positive");
  if (d.v[kHq] % d.v[kHkv] != 0)
    return dimsError("Hq (" + Twine(d.v[kHq]) +
                     ") must be a multiple of Hkv (" + Twine(d.v[kHkv]) + ")");
  if (std::string why = oversizedTensorMessage(d.v); !why.empty())
    return dimsError(why);
  return d;
}
