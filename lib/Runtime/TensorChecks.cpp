//===- TensorChecks.cpp - tensor views against a spec, without LLVM -------===//
//
// The CPU path (lib/API) and the CUDA launch runtime check views here, so
// both give the same one-line messages. No LLVM: this file builds with nvcc
// or g++ alone (tools/attc-gpu-run/build.sh).
//
//===----------------------------------------------------------------------===//

#include "attc/Runtime/TensorChecks.h"

#include <algorithm>

using namespace attc;

bool SpecInfo::wants(const std::string &out) const {
  return std::find(outputs.begin(), outputs.end(), out) != outputs.end();
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

std::vector<int64_t> attc::qkvoShape(const SpecInfo &info, const Dims &dims,
                                     const std::string &which) {
  std::vector<int64_t> shape;
  for (int dim : qkvoAxes(info, which))
    shape.push_back(dims.v[dim]);
  return shape;
}

std::vector<int64_t> attc::rowStatShape(const SpecInfo &info,
                                        const Dims &dims) {
  if (info.bshd)
    return {dims.v[kB], dims.v[kLq], dims.v[kHq]};
  return {dims.v[kB], dims.v[kHq], dims.v[kLq]};
}

std::vector<int64_t> attc::inputShape(const SpecInfo::Input &in,
                                      const Dims &dims) {
  std::vector<int64_t> shape;
  for (auto [dim, size] : in.shape)
    shape.push_back(dim >= 0 ? dims.v[dim] : size);
  return shape;
}

static std::string shapeStr(const std::vector<int64_t> &shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

//===----------------------------------------------------------------------===//
// DimsSolver
//===----------------------------------------------------------------------===//

DimsSolver::DimsSolver(const SpecInfo &info) : info(info) {
  for (unsigned i = 0; i < kNumDims; ++i) {
    dims.v[i] = info.dims[i];
    source[i] = "the spec";
  }
}

std::string DimsSolver::bind(int dim, int64_t size, const std::string &from) {
  if (size < 0)
    return std::string(kDimNames[dim]) + ": " + from + " gives a negative size";
  if (dims.v[dim] >= 0 && dims.v[dim] != size)
    return std::string(kDimNames[dim]) + ": " + from + " gives " +
           std::to_string(size) + " but " + source[dim] + " gives " +
           std::to_string(dims.v[dim]);
  dims.v[dim] = size;
  source[dim] = from;
  return "";
}

std::string DimsSolver::bindTensor(const std::string &which,
                                   const std::vector<int64_t> &shape,
                                   const std::string &from) {
  if (shape.size() != 4)
    return from + ": expected rank 4, got " + std::to_string(shape.size());
  std::array<int, 4> axes = qkvoAxes(info, which);
  for (int axis = 0; axis < 4; ++axis)
    if (std::string err = bind(axes[axis], shape[axis],
                               from + " axis " + std::to_string(axis));
        !err.empty())
      return err;
  return "";
}

std::string DimsSolver::bindInput(const SpecInfo::Input &in,
                                  const std::vector<int64_t> &shape,
                                  const std::string &from) {
  if (shape.size() != in.shape.size())
    return from + ": expected rank " + std::to_string(in.shape.size()) +
           ", got " + std::to_string(shape.size());
  for (size_t axis = 0; axis < in.shape.size(); ++axis)
    if (in.shape[axis].first >= 0)
      if (std::string err = bind(in.shape[axis].first, shape[axis],
                                 from + " axis " + std::to_string(axis));
          !err.empty())
        return err;
  return "";
}

std::string DimsSolver::finish(Dims &out, const int64_t *defaults) const {
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
      return std::string(kDimNames[i]) +
             ": not given by the spec or any tensor";
  if (info.hkvEqualsHq && d.v[kHkv] != d.v[kHq])
    return "Hkv (" + std::to_string(d.v[kHkv]) + ") must equal Hq (" +
           std::to_string(d.v[kHq]) + ") because the spec does not give Hkv";
  if (info.dvEqualsD && d.v[kDv] != d.v[kD])
    return "Dv (" + std::to_string(d.v[kDv]) + ") must equal D (" +
           std::to_string(d.v[kD]) + ") because the spec does not give Dv";
  if (d.v[kHq] == 0 || d.v[kHkv] == 0 || d.v[kD] == 0 || d.v[kDv] == 0)
    return "head counts Hq, Hkv and head dims D, Dv must be positive";
  if (d.v[kHq] % d.v[kHkv] != 0)
    return "Hq (" + std::to_string(d.v[kHq]) + ") must be a multiple of Hkv (" +
           std::to_string(d.v[kHkv]) + ")";
  if (std::string why = oversizedTensorMessage(d.v); !why.empty())
    return why;
  out = d;
  return "";
}

//===----------------------------------------------------------------------===//
// Views against the spec
//===----------------------------------------------------------------------===//

std::string attc::checkTensorViews(const SpecInfo &info,
                                   const std::map<std::string, Tensor> &inputs,
                                   const std::map<std::string, Tensor> *outputs,
                                   Dims &dims) {
  for (auto &[name, t] : inputs) {
    bool known = name == "q" || name == "k" || name == "v";
    for (const SpecInfo::Input &in : info.inputs)
      known |= in.name == name;
    if (!known)
      return "unknown input tensor '" + name + "' for spec '" + info.name + "'";
    if (!t.data && !t.shape.empty()) {
      int64_t n = 1;
      for (int64_t s : t.shape)
        n *= s;
      if (n != 0)
        return "tensor '" + name + "' has no data";
    }
    if (!t.strides.empty() && t.strides.size() != t.shape.size())
      return "tensor '" + name + "' has " + std::to_string(t.strides.size()) +
             " strides for rank " + std::to_string(t.shape.size());
  }
  // Infer from q, k, v: which logical dim each axis holds.
  DimsSolver solver(info);
  for (const char *which : {"q", "k", "v"}) {
    auto it = inputs.find(which);
    if (it == inputs.end())
      return std::string("missing input tensor '") + which + "'";
    const Tensor &t = it->second;
    if (t.shape.size() != 4)
      return std::string("tensor '") + which + "' must have rank 4, got " +
             std::to_string(t.shape.size());
    if (t.dtype != info.dtype)
      return std::string("tensor '") + which + "' has dtype " +
             dtypeName(t.dtype) + " but the spec's dtype is " +
             dtypeName(info.dtype);
    if (std::string err = solver.bindTensor(
            which, t.shape, std::string("tensor '") + which + "'");
        !err.empty())
      return err;
  }
  Dims d;
  if (std::string err = solver.finish(d); !err.empty())
    return err;

  for (const SpecInfo::Input &in : info.inputs) {
    auto it = inputs.find(in.name);
    if (it == inputs.end())
      return "missing input tensor '" + in.name + "' (declared by the spec)";
    const Tensor &t = it->second;
    if (t.dtype != in.dtype)
      return "input '" + in.name + "' has dtype " + dtypeName(t.dtype) +
             " but the spec declares " + dtypeName(in.dtype);
    std::vector<int64_t> want = inputShape(in, d);
    if (t.shape != want)
      return "input '" + in.name + "' has shape " + shapeStr(t.shape) +
             " but the spec wants " + shapeStr(want);
  }
  if (outputs) {
    for (auto &[name, t] : *outputs) {
      if (name != "o" && name != "lse" && name != "max")
        return "unknown output tensor '" + name + "' (expected o, lse or max)";
      if (!info.wants(name))
        return "output '" + name + "' is not among the spec's outputs";
      std::vector<int64_t> want =
          name == "o" ? qkvoShape(info, d, "o") : rowStatShape(info, d);
      DType wantType = name == "o" ? info.dtype : DType::F32;
      if (t.dtype != wantType)
        return "output '" + name + "' has dtype " + dtypeName(t.dtype) +
               ", expected " + dtypeName(wantType);
      if (t.shape != want)
        return "output '" + name + "' has shape " + shapeStr(t.shape) +
               ", expected " + shapeStr(want);
      if (!t.strides.empty() && t.strides.size() != t.shape.size())
        return "tensor '" + name + "' has " + std::to_string(t.strides.size()) +
               " strides for rank " + std::to_string(t.shape.size());
      if (!t.data) {
        int64_t n = 1;
        for (int64_t s : want)
          n *= s;
        if (n)
          return "output '" + name + "' has no data";
      }
    }
    if (!outputs->count("o"))
      return "missing output tensor 'o'";
  }
  dims = d;
  return "";
}

//===----------------------------------------------------------------------===//
// ABI views
//===----------------------------------------------------------------------===//

int attc::abiDType(DType dtype) {
  switch (dtype) {
  case DType::F32:
    return ATTC_F32;
  case DType::F16:
    return ATTC_F16;
  case DType::BF16:
    return ATTC_BF16;
  case DType::I32:
    return ATTC_I32;
  case DType::I64:
    return ATTC_I64;
  case DType::Bool:
    return ATTC_BOOL;
  case DType::F64:
    return ATTC_F64;
  }
  return ATTC_F32;
}

bool attc::fromAbiDType(int code, DType &dtype) {
  static const DType kAll[] = {DType::F32, DType::F16,  DType::BF16, DType::I32,
                               DType::I64, DType::Bool, DType::F64};
  for (DType d : kAll)
    if (abiDType(d) == code) {
      dtype = d;
      return true;
    }
  return false;
}

/// An attc_tensor for `t`; `perm` maps logical axes to the caller's.
static attc_tensor toAbi(const Tensor &t, const std::vector<int> &perm = {}) {
  attc_tensor a{};
  a.data = t.data;
  a.dtype = abiDType(t.dtype);
  a.rank = int32_t(t.shape.size());
  std::vector<int64_t> strides = t.strides;
  if (strides.empty()) {
    strides.assign(t.shape.size(), 1);
    for (int i = int(t.shape.size()) - 2; i >= 0; --i)
      strides[i] = strides[i + 1] * std::max<int64_t>(t.shape[i + 1], 1);
  }
  for (size_t i = 0; i < t.shape.size() && i < ATTC_MAX_RANK; ++i) {
    size_t from = perm.empty() ? i : size_t(perm[i]);
    a.shape[i] = t.shape[from];
    a.strides[i] = strides[from];
  }
  return a;
}

attc_tensor attc::abiTensor(const Tensor &t) { return toAbi(t); }

attc_launch attc::launchViews(const SpecInfo &info, const Dims &dims,
                              const std::map<std::string, Tensor> &inputs,
                              const std::map<std::string, Tensor> *outputs,
                              std::vector<attc_tensor> &extra) {
  attc_launch L{};
  L.B = dims.v[kB];
  L.Hq = dims.v[kHq];
  L.Hkv = dims.v[kHkv];
  L.Lq = dims.v[kLq];
  L.Lk = dims.v[kLk];
  L.D = dims.v[kD];
  L.Dv = dims.v[kDv];
  // bshd: swap the head and sequence axes so the kernel sees [B, H, L, D].
  std::vector<int> perm4, perm3;
  if (info.bshd) {
    perm4 = {0, 2, 1, 3};
    perm3 = {0, 2, 1};
  }
  L.q = toAbi(inputs.at("q"), perm4);
  L.k = toAbi(inputs.at("k"), perm4);
  L.v = toAbi(inputs.at("v"), perm4);
  if (outputs) {
    L.o = toAbi(outputs->at("o"), perm4);
    if (auto it = outputs->find("lse"); it != outputs->end())
      L.lse = toAbi(it->second, perm3);
    if (auto it = outputs->find("max"); it != outputs->end())
      L.max = toAbi(it->second, perm3);
  }
  extra.clear();
  for (const SpecInfo::Input &in : info.inputs)
    extra.push_back(toAbi(inputs.at(in.name)));
  L.inputs = extra.data();
  L.num_inputs = int32_t(extra.size());
  return L;
}

std::string attc::namedTensors(const char *what, const char *array,
                               const attc_named_tensor *tensors, int32_t count,
                               std::map<std::string, Tensor> &map) {
  if (count < 0)
    return std::string(what) + ": " + array + " count is negative";
  if (count > 0 && !tensors)
    return std::string(what) + ": " + array + " is NULL";
  for (int32_t i = 0; i < count; ++i) {
    const attc_named_tensor &named = tensors[i];
    std::string where =
        std::string(what) + ": " + array + "[" + std::to_string(i) + "]";
    if (!named.name)
      return where + " has a NULL name";
    where += " '" + std::string(named.name) + "'";
    const attc_tensor &t = named.tensor;
    if (t.rank < 0 || t.rank > ATTC_MAX_RANK)
      return where + " has rank " + std::to_string(t.rank) + " (expected 0.." +
             std::to_string(ATTC_MAX_RANK) + ")";
    Tensor tensor;
    if (!fromAbiDType(t.dtype, tensor.dtype))
      return where + " has unknown dtype code " + std::to_string(t.dtype);
    tensor.data = t.data;
    tensor.shape.assign(t.shape, t.shape + t.rank);
    tensor.strides.assign(t.strides, t.strides + t.rank);
    if (!map.emplace(named.name, std::move(tensor)).second)
      return where + " is given more than once";
  }
  return "";
}
